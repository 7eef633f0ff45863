/** Without another prior, a vendor starts at 70 % of the scale: 3.5 stars out of 5, a typical directory average. */
export const DEFAULT_PRIOR_MEAN_SHARE = 0.7;

/** Without another prior, the prior counts as this many reviews. */
export const DEFAULT_PRIOR_WEIGHT = 10;

/**
 * @name bayesianRating
 * @summary One reputation figure from the star ratings of several review sites, shrunk towards a prior.
 *
 * @description
 * The count-weighted mean of the sources, pulled towards `priorMean` as if `priorWeight` extra
 * reviews had given exactly `priorMean`:
 *
 *   `(priorMean * priorWeight + sum(rating_i * count_i)) / (priorWeight + sum(count_i))`
 *
 * so a perfect 5.0 from 2 reviews (3.75) ranks below 4.7 from 900 reviews (4.69).
 * Defaults: `priorMean = scaleMax * 0.7` (3.5 of 5) and `priorWeight = 10` reviews.
 * All sources must use the same scale; convert 10-point ratings before calling.
 *
 * Edge cases:
 * - no sources (empty arrays), or only sources with 0 reviews, give `priorMean`;
 * - the same with `priorWeight` 0 throws: there is nothing to average;
 * - throws a `RangeError` when the arrays differ in length, a rating is `NaN` or outside
 *   `0..scaleMax`, a count is `NaN`, negative or infinite, `scaleMax` is not positive and finite,
 *   `priorMean` lies outside `0..scaleMax`, or `priorWeight` is negative or not finite.
 *
 * @param ratings - the average rating on each source, on `0..scaleMax`
 * @param counts - the number of reviews behind each rating
 * @param scaleMax - the top of the rating scale (default 5)
 * @param priorMean - where a vendor with few reviews is pulled to (default `scaleMax * 0.7`)
 * @param priorWeight - how many reviews the prior is worth (default 10)
 * @returns the shrunk rating on `0..scaleMax`
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * bayesianRating([5], [2])
 * //=> 3.75
 *
 * @example
 * bayesianRating([4.7], [900])
 * //=> 4.686813186813187
 *
 * @example
 * // Trustpilot and G2 together
 * bayesianRating([4.2, 4.6], [120, 30])
 * //=> 4.23125
 */
export function bayesianRating(
  ratings: number[],
  counts: number[],
  scaleMax = 5,
  priorMean: number = scaleMax * DEFAULT_PRIOR_MEAN_SHARE,
  priorWeight: number = DEFAULT_PRIOR_WEIGHT,
): number {
  if (!(scaleMax > 0 && Number.isFinite(scaleMax))) {
    throw new RangeError(`The rating scale maximum is ${scaleMax}; it must be a positive number such as 5.`);
  }
  if (ratings.length !== counts.length) {
    throw new RangeError(
      `There are ${ratings.length} ratings but ${counts.length} review counts; give one count per rating.`,
    );
  }
  if (!(priorMean >= 0 && priorMean <= scaleMax)) {
    throw new RangeError(`The prior mean is ${priorMean}; it must lie between 0 and ${scaleMax}.`);
  }
  if (!(priorWeight >= 0 && Number.isFinite(priorWeight))) {
    throw new RangeError(
      `The prior weight is ${priorWeight}; it must be a finite number of reviews, 0 or more.`,
    );
  }
  let sum = priorMean * priorWeight;
  let total = priorWeight;
  for (let i = 0; i < ratings.length; i++) {
    const rating = ratings[i] as number;
    const count = counts[i] as number;
    if (!(rating >= 0 && rating <= scaleMax)) {
      throw new RangeError(`Rating ${i + 1} is ${rating}; ratings must lie between 0 and ${scaleMax}.`);
    }
    if (!(count >= 0 && Number.isFinite(count))) {
      throw new RangeError(
        `Review count ${i + 1} is ${count}; counts must be finite numbers of reviews, 0 or more.`,
      );
    }
    sum += rating * count;
    total += count;
  }
  if (total === 0) {
    throw new RangeError(
      "There are no reviews and the prior weight is 0, so there is nothing to average; add a review count or a prior weight.",
    );
  }
  return sum / total;
}
