import { describe, expect, test } from "vitest";
import { planMonthlyCost } from "./plan-monthly-cost";
import { savings } from "./savings";
import { totalCostOfOwnership } from "./total-cost-of-ownership";
import { vendorTotalCost } from "./vendor-total-cost";

describe("vendorTotalCost", () => {
  test("hidden costs without rates: one-offs + (fee + owner's time) x months + exit", () => {
    // 300 negotiation + 500 transition + 150 x 36 + (2 h x 40) x 36 + 400 exit
    // = 800 + 5400 + 2880 + 400 = 9480.
    expect(
      vendorTotalCost({
        monthlyCost: 150,
        months: 36,
        negotiationCost: 300,
        transitionCost: 500,
        managementHoursPerMonth: 2,
        ownerHourlyValue: 40,
        exitCost: 400,
      }),
    ).toBeCloseTo(9480, 9);
  });

  test("the demo's two vendors, in GBP for a team of 6 over 36 months, and their savings", () => {
    // Northwind: 25 GBP x 6 seats = 150 GBP a month; 150 x 36 = 5400.
    // BrightBooks: 149 USD x 0.79 = 117.71 GBP a month; 117.71 x 36 = 4237.56.
    // The wrong figures were 900 (25 x 36, one seat) and 5364 (149 x 36, in USD).
    const context = { seats: 6, reportingCurrency: "GBP", rates: { USD: 0.79 } };
    const northwind = planMonthlyCost(
      { price: 25, currency: "GBP", period: "month", perSeat: true },
      context,
    );
    const brightbooks = planMonthlyCost({ price: 149, currency: "USD", period: "month" }, context);
    if (!(northwind.ok && brightbooks.ok)) throw new Error("both plans have rates");
    const tcoNorthwind = vendorTotalCost({ monthlyCost: northwind.monthly, months: 36 });
    const tcoBright = vendorTotalCost({ monthlyCost: brightbooks.monthly, months: 36 });
    expect(tcoNorthwind).toBeCloseTo(5400, 9);
    expect(tcoBright).toBeCloseTo(4237.56, 9);
    // Against 1200 GBP a month in-house (43,200 over 36): 1 - 5400/43200 = 0.875; 1 - 4237.56/43200 = 0.90191.
    expect(savings(tcoNorthwind, 1200 * 36)).toBeCloseTo(0.875, 12);
    expect(savings(tcoBright, 1200 * 36)).toBeCloseTo(0.9019083333, 9);
  });

  test("escalation applies to the fee, not to the owner's hours; discounting to all three parts", () => {
    // 24 months, fee 100 rising 10 % in year 2, owner 1 h x 50, exit 1000.
    const escalating = {
      monthlyCost: 100,
      months: 24,
      managementHoursPerMonth: 1,
      ownerHourlyValue: 50,
      exitCost: 1000,
      annualIncreasePct: 10,
    };
    // Discounted at 5 %: fees = TCO(100, 24, +10 %, 5 %); time = TCO(50, 24, 5 %); exit = 1000 / 1.05^2.
    const expected =
      totalCostOfOwnership({ monthlyFee: 100, months: 24, annualIncreasePct: 10, discountRatePct: 5 }) +
      totalCostOfOwnership({ monthlyFee: 50, months: 24, discountRatePct: 5 }) +
      1000 / 1.05 ** 2;
    expect(vendorTotalCost({ ...escalating, discountRatePct: 5 })).toBeCloseTo(expected, 9);
    // Without discounting, by hand: 12 x 100 + 12 x 110 + 24 x 50 + 1000 = 4720.
    expect(vendorTotalCost(escalating)).toBeCloseTo(4720, 9);
  });

  test.each([
    [{ exitCost: -1 }, /exit cost is -1/],
    [{ negotiationCost: Number.NaN }, /negotiation cost is NaN/],
    [{ managementHoursPerMonth: -2 }, /management hours a month is -2/],
    [{ months: 1.5 }, /term is 1.5 months/],
  ])("refuses %o", (patch, message) => {
    expect(() => vendorTotalCost({ monthlyCost: 100, months: 12, ...patch })).toThrow(message);
  });
});
