/**
 * Reads a Trustpilot page: a business page (website link, TrustScore, review cards) or a single-review
 * page, whose link back to the business page names the vendor's domain.
 */

import { directoryVendorDomain } from "../directory-vendor-domain";
import type { LayerResult, ReviewDraft } from "../draft";
import { toIsoDate } from "../iso-date";
import { parseNumber } from "../parse-number";
import { countValueRaw } from "../review-count";
import { linkAt, readReviewCards, textAt } from "./read-dom";

/**
 * Trustpilot business page: JSON-LD carries most of it; the DOM gives the "Visit website" link,
 * the TrustScore and the review cards when the JSON-LD is missing. A single-review page
 * (trustpilot.com/reviews/<id>, Trustpilot's older layout) has no website link and no TrustScore: its
 * "Review of gousto.co.uk" link to the business page (/review/gousto.co.uk) names the vendor, and its
 * one review card is read; the card's stars are that review's, never the vendor's rating.
 */
export function readTrustpilot(root: ParentNode, pageUrl: string): LayerResult {
  const result: LayerResult = { method: "adapter", vendor: {}, reviews: [], warnings: [] };
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
  if (result.reviews.length === 0) readOlderLayout(root, pageUrl, result);
  return result;
}

/** The older layout (article.review cards, a "Review of <domain>" link), seen on single-review pages. */
function readOlderLayout(root: ParentNode, pageUrl: string, result: LayerResult): void {
  const cards = Array.from(root.querySelectorAll("article.review[data-review-domain-name]"));
  if (cards.length === 0) return;
  const business = reviewedBusiness(root, cards, pageUrl);
  if ("conflict" in business) result.warnings!.push(business.conflict);
  else {
    if (!result.vendor.name) result.vendor.name = business.domain;
    if (!result.vendor.website) result.vendor.website = `https://${business.domain}/`;
  }
  result.reviews = readReviewCards(
    root,
    {
      card: "article.review[data-review-domain-name]",
      author: ".consumer-information__name",
      title: ".review-content__title",
      body: ".review-content__text",
      rating: ".star-rating img[alt]",
      ratingAttribute: "alt",
      link: ".review-content__title a[href]",
    },
    "trustpilot",
    pageUrl,
  );
  // The card shows its date through a script; its JSON is read as data, never run.
  cards.forEach((card, index) => {
    const review: ReviewDraft | undefined = result.reviews[index];
    const json = card.querySelector('script[data-initial-state="review-dates"]')?.textContent;
    if (!review || review.date || !json) return;
    try {
      const date = toIsoDate((JSON.parse(json) as { publishedDate?: unknown }).publishedDate as string);
      if (date) review.date = date;
    } catch {
      // a date that cannot be read stays empty
    }
  });
}

/**
 * The domain Trustpilot files the reviews under: the "Review of" link's /review/<domain> path and the
 * cards' data-review-domain-name must agree, or the vendor is left empty (wrong is worse than missing).
 */
function reviewedBusiness(
  root: ParentNode,
  cards: Element[],
  pageUrl: string,
): { domain: string } | { conflict: string } {
  const named = new Set<string>();
  const href = root.querySelector(".company-name a[href]")?.getAttribute("href");
  if (href && URL.canParse(href, pageUrl)) {
    const domain = directoryVendorDomain(new URL(href, pageUrl).href);
    if (domain) named.add(domain);
  }
  for (const card of cards) {
    const domain = directoryVendorDomain(
      `https://www.trustpilot.com/review/${card.getAttribute("data-review-domain-name") ?? ""}`,
    );
    if (domain) named.add(domain);
  }
  const [domain, ...others] = [...named];
  if (domain && others.length === 0) return { domain };
  return {
    conflict:
      named.size === 0
        ? "This Trustpilot page does not say which business its reviews are about; open the business's Trustpilot page (trustpilot.com/review/<its domain>) to clip it."
        : `This Trustpilot page files its reviews under ${[...named].join(" and ")}; open the business's own Trustpilot page to clip one of them.`,
  };
}
