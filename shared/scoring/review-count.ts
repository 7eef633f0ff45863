/** The reviews behind a vendor's ratings, summed over the review sites that give a count. */
import type { SiteRating } from "./average-rating";

/**
 * @name reviewCount
 * @summary The reviews behind a vendor's ratings, summed over the sites that give a count.
 *
 * @description
 * The reputation gate's review count. Sites that give no count add nothing; when none does, the
 * count is unknown (`undefined`), not zero.
 *
 * @example
 * reviewCount([{ value: 4.2, scale: 5, count: 120 }, { value: 4.8, scale: 5 }])
 * //=> 120
 *
 * @example
 * reviewCount([{ value: 4.8, scale: 5 }])
 * //=> undefined
 */
export function reviewCount(ratings: readonly SiteRating[]): number | undefined {
  const counts = ratings.map((rating) => rating.count).filter((c): c is number => c !== undefined);
  return counts.length > 0 ? counts.reduce((a, b) => a + b, 0) : undefined;
}
