/**
 * Reads a G2 product page: the vendor's site link from the DOM, and the seller (not the product) as the
 * vendor's name.
 */
import type { LayerResult } from "../draft";
import { linkAt, readReviewCards, textAt } from "./read-dom";

/** G2 product page: microdata carries the product and reviews; the DOM gives the vendor's site link. */
export function readG2(root: ParentNode, pageUrl: string): LayerResult {
  const result: LayerResult = { method: "adapter", vendor: {}, reviews: [] };
  // The seller is the vendor; the product title is only a fallback.
  const name = textAt(root, '[data-testid="seller-name"]') ?? textAt(root, ".product-head__title");
  if (name) result.vendor.name = name;
  const website = linkAt(root, 'a[data-testid="vendor-website"], a.product-head__website', pageUrl);
  if (website) result.vendor.website = website;
  result.reviews = readReviewCards(
    root,
    {
      card: '[data-testid="review-card"]',
      author: '[data-testid="reviewer-name"]',
      title: '[data-testid="review-title"]',
      body: '[data-testid="review-body"]',
      date: "time",
      rating: '[data-testid="review-stars"]',
      ratingAttribute: "data-rating",
    },
    "g2",
    pageUrl,
  );
  return result;
}
