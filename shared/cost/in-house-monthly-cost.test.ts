import { describe, expect, test } from "vitest";
import { inHouseMonthlyCost } from "./in-house-monthly-cost";

const none = {
  salaries: 0,
  benefitsPct: 0,
  toolsAndSoftware: 0,
  spaceAndEquipment: 0,
  recruitingAndTurnover: 0,
};

describe("inHouseMonthlyCost", () => {
  test("salaries with 20 % benefits and taxes, plus tools, space and recruiting", () => {
    // 3000 x 1.2 = 3600; + 150 + 250 + 100 = 4100.
    expect(
      inHouseMonthlyCost({
        salaries: 3000,
        benefitsPct: 20,
        toolsAndSoftware: 150,
        spaceAndEquipment: 250,
        recruitingAndTurnover: 100,
      }),
    ).toBeCloseTo(4100, 9);
  });

  test("salaries alone total themselves, as a migrated version-1 figure must", () => {
    expect(inHouseMonthlyCost({ ...none, salaries: 1200 })).toBe(1200);
  });

  test("refuses a negative line, naming it", () => {
    expect(() => inHouseMonthlyCost({ ...none, spaceAndEquipment: -5 })).toThrow(
      /in-house space and equipment is -5/,
    );
  });
});
