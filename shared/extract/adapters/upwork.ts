/**
 * Reads an Upwork profile, which has no structured data: name, hourly rate, job success, rating, location and
 * feedback from the DOM. Upwork shows no outside website, so the vendor's site stays unknown.
 */
import type { LayerResult } from "../draft";
import { findPricesRaw } from "../heuristics/pricing";
import { parseNumber } from "../parse-number";
import { countValueRaw } from "../review-count";
import { readReviewCards, textAt } from "./read-dom";

/**
 * Upwork agency or freelancer profile: no structured data; the DOM gives the name, hourly rate
 * ("$45.00/hr"), job success ("98% Job Success"), rating, location and feedback items.
 * Upwork shows no outside website, so the vendor's site stays unknown here.
 */
export function readUpwork(root: ParentNode, pageUrl: string): LayerResult {
  const result: LayerResult = { method: "adapter", vendor: {}, reviews: [] };
  const name = textAt(root, '[data-qa="agency-name"], [data-qa="freelancer-name"], h1');
  if (name) result.vendor.name = name;
  const description = textAt(root, '[data-qa="profile-overview"]');
  if (description) result.vendor.description = description;
  const rate = findPricesRaw(textAt(root, '[data-qa="hourly-rate"]') ?? "")[0];
  if (rate) {
    result.vendor.pricing = {
      model: "hourly",
      currency: rate.currency,
      plans: [{ name: "Hourly rate", price: rate.price, currency: rate.currency, period: "hour" }],
    };
  }
  const rating = parseNumber(textAt(root, '[data-qa="rating"]'));
  const count = countValueRaw(textAt(root, '[data-qa="reviews-count"]'));
  if (rating !== undefined)
    result.rating = { value: rating, scale: 5, ...(count !== undefined ? { count } : {}) };
  const jobSuccess = parseNumber(textAt(root, '[data-qa="job-success-score"]'));
  if (jobSuccess !== undefined && result.rating === undefined)
    result.rating = { value: jobSuccess, scale: 100 };
  const location = textAt(root, '[data-qa="location"]');
  if (location) {
    const [city, country] = location.split(",").map((part) => part.trim());
    result.vendor.location = { ...(city ? { city } : {}), ...(country ? { country } : {}) };
  }
  result.reviews = readReviewCards(
    root,
    {
      card: '[data-qa="feedback-item"]',
      title: '[data-qa="job-title"]',
      body: '[data-qa="feedback-text"]',
      date: '[data-qa="feedback-date"]',
      rating: '[data-qa="feedback-rating"]',
      ratingAttribute: "data-rating",
      author: '[data-qa="client-name"]',
    },
    "upwork",
    pageUrl,
  );
  return result;
}
