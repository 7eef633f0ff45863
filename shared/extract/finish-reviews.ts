// Turns review drafts into reviews: clean text, a quote selector into the page, ratings within scale.
import type { ReviewCandidate } from "../schema";
import type { ReviewDraft } from "./draft";
import { plainText } from "./plain-text";
import { quoteSelectorRaw } from "./quote-selector";

export function finishReviews(
  drafts: ReviewDraft[],
  pageText: string,
  pageUrl: string,
  warnings: string[],
): ReviewCandidate[] {
  let cursor = 0;
  let skipped = 0;
  const reviews: ReviewCandidate[] = [];
  for (const draft of drafts) {
    const body = plainText(draft.body, 20_000);
    // Directories wrap titles in quotes ("“Great service”"); the quotes are not the title.
    const title = draft.title
      ? plainText(draft.title, 500)
          .replace(/^["“”'‘]+|["“”'’]+$/g, "")
          .trim() || undefined
      : undefined;
    if (!body && !title) {
      skipped++;
      continue;
    }
    const { selector, end } = quoteSelectorRaw(pageText, body || title || "", cursor);
    cursor = end;
    const review: ReviewCandidate = {
      ...draft,
      body,
      scale: draft.scale ?? 5,
      quote: selector,
      url: draft.url ?? pageUrl,
    };
    if (title) review.title = title;
    else delete review.title;
    if (review.author !== undefined) {
      const author = plainText(review.author, 200);
      if (author) review.author = author;
      else delete review.author;
    }
    if (review.rating !== undefined && review.rating > review.scale) {
      warnings.push(`Dropped a rating of ${review.rating} above its scale of ${review.scale}.`);
      delete review.rating;
    }
    reviews.push(review);
  }
  if (skipped) warnings.push(`Skipped ${skipped} review(s) with no text.`);
  return reviews;
}
