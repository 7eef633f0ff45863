// Which review drafts on a directory page are the directory's own text, and which are copies of one
// review (issue 17, class 3): neither may reach the owner as a review.

import type { ReviewDraft } from "./draft";
import { elementText } from "./page-text";

/** Headings and element names of the parts of a directory page that the directory writes itself. */
const SUMMARY_HEADING =
  /\b(?:review highlights|highlights|what (?:clients|customers) say|zusammenfassung der bewertungen|points forts|lo m[aá]s destacado)\b/i;
const SUMMARY_SELECTOR =
  "[id*='highlight' i], [class*='highlight' i], [data-testid*='highlight' i], [id*='review-summary' i], [class*='review-summary' i]";

/**
 * The text of the page's summary sections ("Review Highlights" and the like), whitespace collapsed
 * and lower-cased, so review bodies can be looked up in it. Empty when the page has none.
 */
export function summarySectionText(root: ParentNode): string {
  const parts: string[] = [];
  const seen = new Set<Element>();
  const add = (element: Element | null) => {
    if (!element || seen.has(element)) return;
    for (const kept of seen) if (kept.contains(element)) return;
    seen.add(element);
    parts.push(elementText(element, 50_000));
  };
  for (const element of Array.from(root.querySelectorAll(SUMMARY_SELECTOR)).slice(0, 50)) add(element);
  for (const heading of Array.from(root.querySelectorAll("h2, h3")).slice(0, 300)) {
    if (SUMMARY_HEADING.test(heading.textContent ?? ""))
      add(heading.closest("section") ?? heading.parentElement);
  }
  return squash(parts.join(" \u0000 "));
}

export interface SummaryContext {
  /** The names the directory calls itself, when the page is a directory's; the summary rules apply only there. */
  directoryNames?: string[];
  /** The overall rating the page gives the vendor. */
  overall?: number;
  /** summarySectionText of the page. */
  summaryText: string;
  /** The page's whole visible text. */
  pageText: string;
}

/**
 * Keeps the reviews a reviewer wrote, each once. On a directory's page it drops a draft whose text
 * the page shows only in its summary sections (the directory's "Review Highlights"), a draft the
 * directory signs, and a draft with no author and no date that carries the overall rating (a
 * summary, not a review). Anywhere, a second copy of a review already kept (a featured review
 * repeated in the list) counts once.
 *
 * @example
 * reviewsByReviewersRaw([highlight, featured, featuredAgain, other], { overall: 4.9, summaryText, pageText })
 * //=> { reviews: [featured, other], summaries: 1, copies: 1 }
 */
export function reviewsByReviewersRaw(
  drafts: ReviewDraft[],
  context: SummaryContext,
): { reviews: ReviewDraft[]; summaries: number; copies: number } {
  const page = squash(context.pageText);
  const seen = new Set<string>();
  const reviews: ReviewDraft[] = [];
  let summaries = 0;
  let copies = 0;
  for (const draft of drafts) {
    const body = squash(draft.body).slice(0, 300);
    const unsigned = !draft.author && !draft.date;
    const names = context.directoryNames;
    if (
      names &&
      ((body && context.summaryText && onlyIn(body, context.summaryText, page)) ||
        (draft.author !== undefined && names.includes(squash(draft.author))) ||
        (unsigned && context.overall !== undefined && draft.rating === context.overall))
    ) {
      summaries++;
      continue;
    }
    const key = `${squash(draft.author ?? "")}\u0000${squash(draft.title ?? "")}\u0000${body}`;
    if (seen.has(key)) {
      copies++;
      continue;
    }
    seen.add(key);
    reviews.push(draft);
  }
  return { reviews, summaries, copies };
}

/** True when every place the page shows the text is inside its summary sections. */
function onlyIn(body: string, summary: string, page: string): boolean {
  const inSummary = occurrences(summary, body);
  return inSummary > 0 && occurrences(page, body) <= inSummary;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && count < 100; at = haystack.indexOf(needle, at + 1))
    count++;
  return count;
}

function squash(value: string): string {
  return value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
