/** Builds the W3C TextQuoteSelector that ties a review to its place in the page's text. */
import type { QuoteSelector } from "../schema";
import { plainText } from "./plain-text";

const CONTEXT = 32;

/**
 * A W3C TextQuoteSelector for `exact` in the page's text: the exact text and up to 32 characters
 * before and after it. Searches from `fromIndex` so repeated reviews map to successive places;
 * when the text is not on the page the prefix and suffix are empty.
 *
 * @example
 * quoteSelectorRaw("Reviews: Great firm, fast replies. Helpful?", "Great firm, fast replies.")
 * //=> { selector: { exact: "Great firm, fast replies.", prefix: "Reviews: ", suffix: " Helpful?" }, end: 34 }
 */
export function quoteSelectorRaw(
  pageText: string,
  exact: string,
  fromIndex = 0,
): { selector: QuoteSelector; end: number } {
  const wanted = plainText(exact);
  if (!wanted) return { selector: { exact: wanted, prefix: "", suffix: "" }, end: fromIndex };
  let at = pageText.indexOf(wanted, fromIndex);
  if (at < 0 && fromIndex > 0) at = pageText.indexOf(wanted);
  if (at < 0) return { selector: { exact: wanted, prefix: "", suffix: "" }, end: fromIndex };
  const end = at + wanted.length;
  return {
    selector: {
      exact: wanted,
      prefix: pageText.slice(Math.max(0, at - CONTEXT), at),
      suffix: pageText.slice(end, end + CONTEXT),
    },
    end,
  };
}
