/**
 * The page numbers a range of list rows needs, so the list fetches only what scrolls into view.
 *
 * @example
 * pagesForRange(95, 130, 50) //=> [1, 2]
 * pagesForRange(10, 5, 50)   //=> []
 */
export function pagesForRange(firstRow: number, lastRow: number, pageSize: number): number[] {
  if (lastRow < firstRow || pageSize <= 0 || firstRow < 0) return [];
  const pages: number[] = [];
  for (let page = Math.floor(firstRow / pageSize); page <= Math.floor(lastRow / pageSize); page++) {
    pages.push(page);
  }
  return pages;
}

/**
 * Weights as whole percentages of their sum, the way the scorecard shows them; all zeros stay zeros.
 *
 * @example
 * weightPercents([1, 1, 2]) //=> [25, 25, 50]
 */
export function weightPercents(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) return weights.map(() => 0);
  return weights.map((weight) => Math.round((weight / total) * 1000) / 10);
}

/**
 * The weights after the owner types one criterion's percentage: that criterion gets it, and the others
 * share what is left of 100 in the proportions they had (equally, if they all had none). So the card
 * then shows the number that was typed, and the other percentages keep their order.
 *
 * @example
 * weightsWithPercent([1, 1, 2], 0, 50) //=> [50, 12.5, 25]
 *
 * @throws {RangeError} when the percentage is not a number from 0 to 100, or would leave every weight zero
 */
export function weightsWithPercent(weights: readonly number[], index: number, percent: number): number[] {
  if (!(percent >= 0 && percent <= 100)) {
    throw new RangeError("A weight is a percentage from 0 to 100. Type a number such as 15.");
  }
  if (weights.length === 1) {
    if (percent === 0) throw new RangeError("At least one criterion needs a weight above zero.");
    return [100];
  }
  const rest = 100 - percent;
  const othersTotal = weights.reduce((sum, weight, i) => (i === index ? sum : sum + weight), 0);
  const next = weights.map((weight, i) => {
    if (i === index) return percent;
    return othersTotal > 0 ? (weight / othersTotal) * rest : rest / (weights.length - 1);
  });
  if (next.every((weight) => weight === 0)) {
    throw new RangeError("At least one criterion needs a weight above zero.");
  }
  return next;
}

/** Splits "a, b,, c" into ["a", "b", "c"]: how tags, languages, emails and phones are typed. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Only http(s) links from page data become clickable; anything else is shown as text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
