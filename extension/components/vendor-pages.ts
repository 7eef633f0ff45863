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
