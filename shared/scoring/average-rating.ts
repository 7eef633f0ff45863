/** One review site's rating of a vendor, as the library keeps it. */
export interface SiteRating {
  /** The rating on the site's own scale. */
  value: number;
  /** The top of the site's scale (5 for Trustpilot and G2, 10 for some directories). */
  scale: number;
  /** The reviews behind the rating, when the site says. */
  count?: number;
}

/**
 * @name averageRating
 * @summary A vendor's rating across review sites, on a 5-point scale.
 *
 * @description
 * Each site's rating is put on a 5-point scale (`value / scale * 5`), then averaged: weighted by
 * review count when every site gives a count above zero, else with equal weights (a count from only
 * some sites cannot weigh those against the rest). The Vendors sheet's "Average rating" and the
 * reputation gate's rating.
 *
 * Edge cases: no ratings gives `undefined` (not 0, which would read as a terrible rating); a rating
 * that is `NaN`, or on a scale of 0, gives a result that is not finite (`NaN` or `Infinity`), which
 * the sheet writes as an empty cell.
 *
 * @param ratings - the vendor's per-site ratings
 * @returns the mean on a 5-point scale, or `undefined` when there are none
 *
 * @example
 * // 4.2 from 120 reviews and 4.8 from 40: (4.2 x 120 + 4.8 x 40) / 160
 * averageRating([{ value: 4.2, scale: 5, count: 120 }, { value: 4.8, scale: 5, count: 40 }])
 * //=> 4.35
 *
 * @example
 * // A 10-point site without a count: equal weights, 8/10 becomes 4
 * averageRating([{ value: 8, scale: 10 }, { value: 5, scale: 5, count: 3 }])
 * //=> 4.5
 *
 * @example
 * averageRating([])
 * //=> undefined
 */
export function averageRating(ratings: readonly SiteRating[]): number | undefined {
  if (ratings.length === 0) return undefined;
  const counted = ratings.every((rating) => (rating.count ?? 0) > 0);
  let sum = 0;
  let weight = 0;
  for (const rating of ratings) {
    const w = counted ? (rating.count ?? 0) : 1;
    sum += (rating.value / rating.scale) * 5 * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : undefined;
}
