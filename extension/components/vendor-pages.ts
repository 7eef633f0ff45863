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
