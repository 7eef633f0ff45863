/**
 * Reads a Capterra product reviews page, which has no structured data worth reading: product name, website
 * link, overall rating and the review cards from the DOM.
 */
import type { LayerResult } from "../draft";
import { parseNumber } from "../parse-number";
import { countValueRaw } from "../review-count";
import { linkAt, readReviewCards, textAt } from "./read-dom";

/**
 * Capterra product reviews page: no structured data worth reading; the DOM has the product name,
 * a "Visit website" link, the overall rating and 25 review cards with data-testid sub-ratings
 * ("Overall Rating-rating", "Ease of Use-rating", "Value for Money-rating", ...).
 */
export function readCapterra(root: ParentNode, pageUrl: string): LayerResult {
  const result: LayerResult = { method: "adapter", vendor: {}, reviews: [] };
  const name = textAt(root, '[data-testid="product-name"], h1');
  if (name) result.vendor.name = name.replace(/\s+Reviews?.*$/i, "");
  const vendorName = textAt(root, '[data-testid="vendor-name"]');
  if (vendorName) result.vendor.name = vendorName;
  const website = linkAt(root, 'a[data-testid="visit-website"]', pageUrl);
  if (website) result.vendor.website = website;
  const overall = parseNumber(textAt(root, '[data-testid="overall-rating"]'));
  const count = countValueRaw(textAt(root, '[data-testid="total-reviews"]'));
  if (overall !== undefined)
    result.rating = { value: overall, scale: 5, ...(count !== undefined ? { count } : {}) };
  result.reviews = readReviewCards(
    root,
    {
      card: '[data-testid="review-card"]',
      author: '[data-testid="reviewer-name"]',
      title: '[data-testid="review-title"]',
      body: '[data-testid="review-body"]',
      date: '[data-testid="review-date"]',
      subRatings: '[data-testid$="-rating"]',
      overallLabel: "Overall Rating",
    },
    "capterra",
    pageUrl,
  );
  return result;
}
