/**
 * Reads a Yelp business page: the website, which Yelp gives only as a redirect link, beside the JSON-LD the
 * shared layers read.
 */
import type { LayerResult } from "../draft";
import { linkAt, readReviewCards, textAt } from "./read-dom";

/** Yelp business page: JSON-LD LocalBusiness with reviews; the website only as a biz_redir link. */
export function readYelp(root: ParentNode, pageUrl: string): LayerResult {
  const result: LayerResult = { method: "adapter", vendor: {}, reviews: [] };
  const name = textAt(root, "h1");
  if (name) result.vendor.name = name;
  const website = linkAt(root, 'a[href*="/biz_redir?"]', pageUrl);
  if (website) result.vendor.website = website;
  result.reviews = readReviewCards(
    root,
    {
      card: "li[data-review-id]",
      author: ".user-passport-info a",
      body: "p.comment__09f24__D0cxf, [lang] span.raw__09f24__T4Ezm",
      date: ".review-date",
      rating: '[role="img"][aria-label$="star rating"]',
      ratingAttribute: "aria-label",
    },
    "yelp",
    pageUrl,
  );
  return result;
}
