/** Doing the work in-house, per month, as an accountant would check it. */
export interface InHouseCosts {
  salaries: number;
  /** Benefits and payroll taxes, in percent of salaries. */
  benefitsPct: number;
  toolsAndSoftware: number;
  spaceAndEquipment: number;
  recruitingAndTurnover: number;
}

/**
 * @name inHouseMonthlyCost
 * @summary The monthly cost of doing the work in-house: the baseline savings are measured against.
 *
 * @description
 * `salaries * (1 + benefitsPct/100) + toolsAndSoftware + spaceAndEquipment + recruitingAndTurnover`.
 * Salaries alone understate it: benefits, payroll taxes, tools, desks and replacing people who
 * leave are what outsourcing also saves.
 *
 * Edge cases: throws a `RangeError` naming the line when any is negative, `NaN` or infinite.
 *
 * @example
 * inHouseMonthlyCost({ salaries: 3000, benefitsPct: 20, toolsAndSoftware: 150, spaceAndEquipment: 250, recruitingAndTurnover: 100 })
 * //=> 4100
 */
export function inHouseMonthlyCost(costs: InHouseCosts): number {
  const lines: [string, number][] = [
    ["salaries", costs.salaries],
    ["benefits and payroll taxes percentage", costs.benefitsPct],
    ["tools and software", costs.toolsAndSoftware],
    ["space and equipment", costs.spaceAndEquipment],
    ["recruiting and turnover", costs.recruitingAndTurnover],
  ];
  for (const [what, amount] of lines) {
    if (!(Number.isFinite(amount) && amount >= 0)) {
      throw new RangeError(`The in-house ${what} is ${amount}; enter a finite amount, 0 or more.`);
    }
  }
  return (
    costs.salaries * (1 + costs.benefitsPct / 100) +
    costs.toolsAndSoftware +
    costs.spaceAndEquipment +
    costs.recruitingAndTurnover
  );
}
