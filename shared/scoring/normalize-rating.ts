/**
 * @name normalizeRating
 * @summary Turn a raw figure (a price, a response time, a head count) into a rating from 1 to `scaleMax`.
 *
 * @description
 * Maps `value` linearly so that `min` becomes 1 and `max` becomes `scaleMax`, or the other way round
 * when `lowerIsBetter` (prices, response times). Values outside `min..max` are clamped to the ends,
 * so an outlier cannot earn more than the top rating.
 *
 * Edge cases (each throws a `RangeError` whose message says what to do):
 * - `value`, `min`, `max` or `scaleMax` is `NaN` or infinite;
 * - `min` equals `max`: every vendor has the same figure, so there is nothing to tell apart. We throw
 *   rather than pick a rating, because any rating we picked would look like a judgement;
 * - `min` greater than `max`: the range is probably reversed; use `lowerIsBetter` instead;
 * - `scaleMax` below 1.
 *
 * @param value - the vendor's figure
 * @param min - the lowest figure among the vendors compared
 * @param max - the highest figure among the vendors compared
 * @param lowerIsBetter - `true` when a smaller figure is better (default `false`)
 * @param scaleMax - the top of the rating scale (default 5)
 * @returns a rating in `1..scaleMax`
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * normalizeRating(75, 50, 100)
 * //=> 3
 *
 * @example
 * // A monthly fee: the cheapest vendor gets 5
 * normalizeRating(400, 400, 1200, true)
 * //=> 5
 *
 * @example
 * // Clamped
 * normalizeRating(150, 50, 100)
 * //=> 5
 */
export function normalizeRating(
  value: number,
  min: number,
  max: number,
  lowerIsBetter = false,
  scaleMax = 5,
): number {
  requireFinite("The value", value);
  requireFinite("The range minimum", min);
  requireFinite("The range maximum", max);
  requireFinite("The rating scale maximum", scaleMax);
  if (scaleMax < 1) {
    throw new RangeError(`The rating scale maximum is ${scaleMax}; it must be 1 or more, such as 5 or 10.`);
  }
  if (min === max) {
    throw new RangeError(
      `The range minimum and maximum are both ${min}, so there is nothing to tell the vendors apart; rate them by hand or widen the range.`,
    );
  }
  if (min > max) {
    throw new RangeError(
      `The range minimum ${min} is above the maximum ${max}; swap them, and set lowerIsBetter if smaller figures are better.`,
    );
  }
  const position = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return 1 + (lowerIsBetter ? 1 - position : position) * (scaleMax - 1);
}

function requireFinite(what: string, x: number): void {
  if (!Number.isFinite(x)) {
    throw new RangeError(`${what} is ${x}; it must be a finite number.`);
  }
}
