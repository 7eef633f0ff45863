/**
 * @name savings
 * @summary The share of the in-house cost that outsourcing saves.
 *
 * @description
 * `(inHouseCost - vendorCost) / inHouseCost`: 0.25 means the vendor costs a quarter less than doing the
 * work in-house; a negative result means the vendor costs more. Compare like with like, e.g. two
 * {@link totalCostOfOwnership} figures over the same term.
 *
 * Edge cases (each throws a `RangeError` whose message says what to do):
 * - either cost `NaN` or infinite;
 * - `inHouseCost` zero or negative: there is nothing to save against;
 * - `vendorCost` negative.
 *
 * @param vendorCost - what the vendor costs
 * @param inHouseCost - what doing the work in-house costs
 * @returns the saving as a fraction of the in-house cost (at most 1)
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * savings(30_000, 40_000)
 * //=> 0.25
 *
 * @example
 * savings(50_000, 40_000)
 * //=> -0.25
 */
export function savings(vendorCost: number, inHouseCost: number): number {
  if (!Number.isFinite(vendorCost) || vendorCost < 0) {
    throw new RangeError(`The vendor cost is ${vendorCost}; it must be a finite amount, 0 or more.`);
  }
  if (!Number.isFinite(inHouseCost)) {
    throw new RangeError(`The in-house cost is ${inHouseCost}; it must be a finite amount.`);
  }
  if (inHouseCost <= 0) {
    throw new RangeError(
      `The in-house cost is ${inHouseCost}; it must be above 0 to compare against. Enter what the work costs you today.`,
    );
  }
  return (inHouseCost - vendorCost) / inHouseCost;
}
