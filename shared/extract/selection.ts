/**
 * Turns the owner's text selection into a review candidate with a quote selector, for "Save selection as a
 * review of…".
 */
import type { ReviewCandidate, Source } from "../schema";
import { detectDirectoryRaw } from "./directory";
import { readPageText } from "./page-text";
import { plainText } from "./plain-text";
import { quoteSelectorRaw } from "./quote-selector";

/**
 * The owner's selection as a review candidate ("Save selection as a review of…"): plain text,
 * the page as its URL, and a quote selector with context from the page when `root` is given.
 * `capturedAt` is accepted so callers pass the same clock they use for the capture.
 *
 * @example
 * selectionToReview("  Fast, <b>friendly</b> payroll team ", "https://www.yelp.com/biz/x", new Date())
 * //=> { source: "yelp", body: "Fast, friendly payroll team", scale: 5, url: "...", quote: { exact: "Fast, friendly payroll team", prefix: "", suffix: "" } }
 */
export function selectionToReview(
  selectionText: string,
  pageUrl: string,
  _capturedAt: Date,
  root?: Document | ParentNode,
  source?: Source,
): ReviewCandidate {
  const body = plainText(selectionText, 20_000);
  const pageText = root ? readPageText(root).text : "";
  const { selector } = quoteSelectorRaw(pageText, body);
  const review: ReviewCandidate = {
    source: source ?? detectDirectoryRaw({ pageUrl })?.source ?? "website",
    body,
    scale: 5,
    quote: selector,
  };
  if (/^https?:\/\//i.test(pageUrl) && URL.canParse(pageUrl)) review.url = pageUrl;
  return review;
}
