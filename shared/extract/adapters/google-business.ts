/**
 * Reads a Google Maps business panel: name, rating and count, address, phone, website and review cards, each
 * found by its data-item-id or aria-label.
 */
import type { LayerResult } from "../draft";
import { parseNumber } from "../parse-number";
import { plainText } from "../plain-text";
import { reviewCountRaw } from "../review-count";
import { linkAt, readReviewCards, textAt } from "./read-dom";

/**
 * Google Maps / business profile panel: name, rating and count, address, phone and the
 * "Website" (authority) link, each marked by data-item-id and aria-label; review cards by data-review-id.
 */
export function readGoogleBusiness(root: ParentNode, pageUrl: string): LayerResult {
  const result: LayerResult = { method: "adapter", vendor: {}, reviews: [] };
  const name = textAt(root, "h1.DUwDvf, h1");
  if (name) result.vendor.name = name;
  const website = linkAt(root, 'a[data-item-id="authority"]', pageUrl);
  if (website) result.vendor.website = website;
  const rating = parseNumber(textAt(root, '.F7nice span[aria-hidden="true"]'));
  // The count is an aria-label in the page's language ("212 reviews", "30 avis", "45 reseñas") or
  // the bracketed number beside the stars ("(30)").
  const labels = Array.from(root.querySelectorAll(".F7nice [aria-label]")).slice(0, 10);
  const count =
    labels.map((span) => reviewCountRaw(span.getAttribute("aria-label"))).find((n) => n !== undefined) ??
    reviewCountRaw(textAt(root, ".F7nice"));
  if (rating !== undefined)
    result.rating = { value: rating, scale: 5, ...(count !== undefined ? { count } : {}) };
  const address = labelValue(root, 'button[data-item-id="address"]');
  const phone = labelValue(root, 'button[data-item-id^="phone:tel:"]');
  if (address || phone) {
    result.vendor.contacts = { ...(address ? { address } : {}), ...(phone ? { phones: [phone] } : {}) };
  }
  const category = textAt(root, "button.DkEaL");
  if (category) result.vendor.description = category;
  result.reviews = readReviewCards(
    root,
    {
      card: "div.jftiEf[data-review-id]",
      author: ".d4r55",
      body: ".wiI7pd",
      date: ".rsqaWe",
      rating: ".kvMYJc",
      ratingAttribute: "aria-label",
    },
    "google",
    pageUrl,
  );
  return result;
}

function labelValue(root: ParentNode, selector: string): string | undefined {
  const label = root.querySelector(selector)?.getAttribute("aria-label");
  if (!label) return undefined;
  return plainText(label.replace(/^[A-Za-z ]+:\s*/, ""), 400) || undefined;
}
