import { describe, expect, test } from "vitest";
import { importsFromOutside } from "../../tests/architecture/folder-imports";
import * as cost from "./index";

describe("shared/cost index", () => {
  // The Excel custom functions and the Costs sheet import these names.
  test.each([
    "totalCostOfOwnership",
    "savings",
    "ownerTimeCost",
    "monthlyPrice",
    "planMonthlyCost",
    "cheapestPlan",
    "vendorTotalCost",
    "inHouseMonthlyCost",
  ])("exports %s as a function", (name) => {
    expect(typeof (cost as Record<string, unknown>)[name]).toBe("function");
  });

  test("imports nothing but its own files", () => {
    expect(importsFromOutside(import.meta.dirname)).toEqual([]);
  });
});
