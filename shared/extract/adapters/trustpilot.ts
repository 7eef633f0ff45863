/**
 * Reads a Trustpilot business page: the website link and TrustScore from the DOM, and the review cards when
 * the JSON-LD lacks them.
 */
import type { LayerResult } from "../draft";
import { parseNumber } from "../parse-number";
import { countValueRaw } from "../review-count";
import { linkAt, readReviewCards, textAt } from "./read-dom";

/**
 * Trustpilot business page: JSON-LD carries most of it; the DOM gives the "Visit website" link,
 * the TrustScore and the review cards when the JSON-LD is missing.
 */
export function readTrustpilot(root: ParentNode, pageUrl: string): LayerResult {
  const result: LayerResult = { method: "adapter", vendor: {}, reviews: [] };
  const name = textAt(root, '[data-testid="business-unit-name"], h1 [class*="displayName"]');
  if (name) result.vendor.name = name;
  const website = linkAt(root, 'a[data-testid="business-website-link"], a[data-visit-website]', pageUrl);
  if (website) result.vendor.website = website;
  const score = parseNumber(textAt(root, "[data-rating-typography]"));
  const count = countValueRaw(textAt(root, '[data-reviews-count-typography], [data-testid="review-count"]'));
  if (score !== undefined)
    result.rating = { value: score, scale: 5, ...(count !== undefined ? { count } : {}) };
  result.reviews = readReviewCards(
    root,
    {
      card: "article[data-service-review-card-paper]",
      author: "[data-consumer-name-typography]",
      title: "[data-service-review-title-typography]",
      body: "[data-service-review-text-typography]",
      date: "time[datetime]",
      rating: "[data-service-review-rating]",
      ratingAttribute: "data-service-review-rating",
    },
    "trustpilot",
    pageUrl,
  );
  return result;
}
