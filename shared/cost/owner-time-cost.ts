/**
 * @name ownerTimeCost
 * @summary The hidden cost of the owner's own time spent managing a vendor.
 *
 * @description
 * `hoursPerMonth * hourlyRate * months`: calls, reviews, chasing invoices. It belongs on the Costs sheet
 * beside the fees, because a cheap vendor that needs a lot of managing is not cheap. Not discounted;
 * to spread it over the term with discounting and escalation, pass `hoursPerMonth * hourlyRate` as the
 * monthly fee of {@link totalCostOfOwnership} instead.
 *
 * Edge cases: throws a `RangeError` when any input is `NaN`, infinite or negative, or `months` is not a
 * whole number. Zero hours, a zero rate or zero months give 0.
 *
 * @param hoursPerMonth - the owner's hours a month spent on the vendor
 * @param hourlyRate - what an hour of the owner's time is worth
 * @param months - the contract term in whole months
 * @returns the cost of that time over the term
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * ownerTimeCost(4, 75, 12)
 * //=> 3600
 */
export function ownerTimeCost(hoursPerMonth: number, hourlyRate: number, months: number): number {
  requireNonNegative("The hours per month", hoursPerMonth);
  requireNonNegative("The hourly rate", hourlyRate);
  if (!(Number.isInteger(months) && months >= 0)) {
    throw new RangeError(`The term is ${months} months; give a whole number of months, 0 or more.`);
  }
  return hoursPerMonth * hourlyRate * months;
}

function requireNonNegative(what: string, x: number): void {
  if (!(x >= 0 && Number.isFinite(x))) {
    throw new RangeError(`${what} is ${x}; it must be a finite number, 0 or more.`);
  }
}
