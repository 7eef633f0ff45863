/**
 * @name weightedScore
 * @summary The weighted average of a vendor's ratings, as a score from 0 to 100.
 *
 * @description
 * Computes `sum(w_i * r_i) / sum(w_i over present ratings) / scaleMax * 100`.
 * A missing rating (`null`, an empty cell) drops out and the weights of the ratings that are present
 * are rescaled, so a vendor is not punished for a criterion nobody has rated yet.
 * Weights need not sum to 1: only their proportions matter.
 *
 * Written as one indexed loop with no allocation, because the scorecard evaluates it once per vendor
 * and a bench holds it to twice the cost of a bare `Float64Array` dot product.
 *
 * Edge cases (each throws a `RangeError` whose message says what to do):
 * - `ratings` and `weights` of different lengths (so also: one of them empty and the other not);
 * - a weight that is negative, `NaN` or infinite, or weights so large (near 1e308) that the sums overflow;
 * - every weight zero, or both arrays empty;
 * - a rating that is `NaN`, infinite, below 0 or above `scaleMax`;
 * - every rating missing;
 * - every rating that is present has weight zero;
 * - `scaleMax` that is not a positive finite number.
 *
 * @param ratings - the owner's ratings, one per criterion, each in `0..scaleMax`, or `null` when missing
 * @param weights - one non-negative weight per criterion
 * @param scaleMax - the top of the rating scale (default 5)
 * @returns the score, `0..100`
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * weightedScore([4, 3, 5], [0.5, 0.3, 0.2])
 * //=> 78
 *
 * @example
 * // The missing rating drops out: 4 and 5 weighted 0.5 and 0.2
 * weightedScore([4, null, 5], [0.5, 0.3, 0.2])
 * //=> 85.71428571428571
 *
 * @example
 * weightedScore([8, 10], [1, 1], 10)
 * //=> 90
 */
export function weightedScore(ratings: (number | null)[], weights: number[], scaleMax = 5): number {
  if (!(scaleMax > 0 && scaleMax < Number.POSITIVE_INFINITY)) {
    throw new RangeError(
      `The rating scale maximum is ${scaleMax}; it must be a positive number such as 5 or 10.`,
    );
  }
  const n = weights.length;
  if (ratings.length !== n) {
    throw new RangeError(
      `There are ${ratings.length} ratings but ${n} weights; give exactly one weight per criterion.`,
    );
  }
  let weighted = 0;
  let presentWeight = 0;
  // The hot loop notes that something is wrong and goes on; a failing call pays afterwards to find
  // out what (firstProblem), so a valid call costs a multiply and a comparison per value, no branch
  // that throws.
  let valid = true;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    const r = ratings[i];
    // `== null` also catches undefined: the hole a sparse spreadsheet range leaves.
    if (r == null) {
      if (!(w >= 0 && w < Number.POSITIVE_INFINITY)) valid = false;
      continue;
    }
    // In range [0, scaleMax] exactly when the product is not negative (NaN and infinities fail); an
    // infinite weight shows up in the sums below.
    if (!(r * (scaleMax - r) >= 0) || !(w >= 0)) valid = false;
    weighted += w * r;
    presentWeight += w;
  }
  if (!valid || !(presentWeight < Number.POSITIVE_INFINITY) || !(weighted < Number.POSITIVE_INFINITY)) {
    throw firstProblem(ratings, weights, scaleMax);
  }
  if (presentWeight === 0) throw noWeightedRating(ratings, weights);
  return (weighted / presentWeight / scaleMax) * 100;
}

/** Why a call failed, in criterion order: a bad weight, then a bad rating, else sums that overflow. */
function firstProblem(ratings: (number | null)[], weights: number[], scaleMax: number): RangeError {
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (!(w >= 0 && w < Number.POSITIVE_INFINITY)) return badWeight(i, w);
    const r = ratings[i];
    if (r != null && !(r >= 0 && r <= scaleMax)) return badRating(i, r, scaleMax);
  }
  return weightsTooLarge();
}

function weightsTooLarge(): RangeError {
  return new RangeError("The weights are too large to add up; scale them down, for example to percentages.");
}

function noWeightedRating(ratings: (number | null)[], weights: number[]): RangeError {
  if (weights.every((weight) => weight === 0)) {
    return new RangeError("Every criterion has weight zero; give at least one criterion a positive weight.");
  }
  // A plain loop rather than every(): every() skips the holes of a sparse array.
  for (let i = 0; i < ratings.length; i++) {
    if (ratings[i] != null) {
      return new RangeError(
        "Only criteria with weight zero have a rating; rate the vendor on a criterion that carries weight.",
      );
    }
  }
  return new RangeError("Every rating is missing; rate the vendor on at least one criterion.");
}

function badWeight(index: number, weight: number): RangeError {
  return new RangeError(`Weight ${index + 1} is ${weight}; weights must be finite numbers of zero or more.`);
}

function badRating(index: number, rating: number, scaleMax: number): RangeError {
  return new RangeError(
    `Rating ${index + 1} is ${rating}; ratings must lie between 0 and ${scaleMax}, or be left empty when unknown.`,
  );
}
