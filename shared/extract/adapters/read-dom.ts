/**
 * The DOM reading the directory adapters share: review cards by a per-site layout, text at a selector, and
 * outbound links with their redirectors unwrapped.
 */
import type { Source } from "../../schema";
import type { ReviewDraft } from "../draft";
import { toIsoDate } from "../iso-date";
import { elementText } from "../page-text";
import { parseNumber } from "../parse-number";
import { plainText } from "../plain-text";

/** How a directory lays out one review card; selectors are relative to the card. */
export interface ReviewCardSpec {
  card: string;
  body: string;
  author?: string;
  title?: string;
  date?: string;
  rating?: string;
  /** Attribute holding the rating ("aria-label", "data-rating"); the element text otherwise. */
  ratingAttribute?: string;
  scale?: number;
  /** Elements whose data-testid ends in "-rating": "Ease of Use-rating" -> subRatings["Ease of Use"]. */
  subRatings?: string;
  /** The sub-rating label that is the review's overall rating. */
  overallLabel?: string;
  link?: string;
}

/** The plain text of the first element matching a selector inside `scope`. */
export function textAt(scope: ParentNode, selector: string): string | undefined {
  return elementText(scope.querySelector(selector), 20_000) || undefined;
}

/** Reads every review card of a page with one query for the cards. */
export function readReviewCards(
  root: ParentNode,
  spec: ReviewCardSpec,
  source: Source,
  pageUrl: string,
): ReviewDraft[] {
  const reviews: ReviewDraft[] = [];
  for (const card of Array.from(root.querySelectorAll(spec.card)).slice(0, 500)) {
    const body = textAt(card, spec.body) ?? "";
    const title = spec.title ? textAt(card, spec.title) : undefined;
    if (!body && !title) continue;
    const review: ReviewDraft = { source, body };
    const author = spec.author ? textAt(card, spec.author) : undefined;
    if (author) review.author = plainText(author, 200);
    if (title) review.title = plainText(title, 500);
    if (spec.date) {
      const dateElement = card.querySelector(spec.date);
      const date = toIsoDate(dateElement?.getAttribute("datetime") ?? elementText(dateElement));
      if (date) review.date = date;
    }
    if (spec.rating) {
      const ratingElement = card.querySelector(spec.rating);
      const raw = spec.ratingAttribute
        ? ratingElement?.getAttribute(spec.ratingAttribute)
        : elementText(ratingElement);
      const rating = parseNumber(raw ?? undefined);
      if (rating !== undefined) {
        review.rating = rating;
        review.scale = spec.scale ?? 5;
      }
    }
    if (spec.subRatings) {
      const subRatings: Record<string, number> = {};
      for (const element of Array.from(card.querySelectorAll(spec.subRatings))) {
        const label = (element.getAttribute("data-testid") ?? "").replace(/-rating$/, "").trim();
        const value = parseNumber(
          element.getAttribute("aria-label") ?? element.getAttribute("data-rating") ?? elementText(element),
        );
        if (!label || value === undefined) continue;
        if (label === spec.overallLabel) {
          review.rating = value;
          review.scale = spec.scale ?? 5;
        } else subRatings[label.slice(0, 60)] = value;
      }
      if (Object.keys(subRatings).length > 0) review.subRatings = subRatings;
    }
    const href = spec.link ? card.querySelector(spec.link)?.getAttribute("href") : undefined;
    if (href) {
      try {
        review.url = new URL(href, pageUrl).href;
      } catch {
        // a link that cannot be resolved is left out
      }
    }
    reviews.push(review);
  }
  return reviews;
}

/**
 * The target of a directory's outbound link: unwraps redirectors that carry the real address in a
 * query parameter (Yelp biz_redir?url=, Google /url?q=, Capterra external_click?url=, Clutch u=).
 *
 * @example
 * unwrapRedirectRaw("https://www.yelp.com/biz_redir?url=https%3A%2F%2Fharborpayroll.com%2F&src_bizid=1")
 * //=> "https://harborpayroll.com/"
 */
export function unwrapRedirectRaw(href: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  for (const key of ["url", "q", "u", "target", "redirect", "dest"]) {
    const inner = url.searchParams.get(key);
    if (inner && /^https?:\/\//i.test(inner)) return unwrapRedirectRaw(inner, base);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  // Tracking parameters say nothing about the vendor.
  for (const key of [...url.searchParams.keys()])
    if (/^utm_|^ref$|^src$/i.test(key)) url.searchParams.delete(key);
  return url.href;
}

/** The href of the first element matching a selector, unwrapped. */
export function linkAt(root: ParentNode, selector: string, pageUrl: string): string | undefined {
  const href = root.querySelector(selector)?.getAttribute("href");
  return href ? unwrapRedirectRaw(href, pageUrl) : undefined;
}
