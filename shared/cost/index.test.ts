import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
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
    const dir = import.meta.dirname;
    const sources = readdirSync(dir).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) {
      const specifiers = [...readFileSync(join(dir, file), "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)].map(
        (m) => m[1],
      );
      for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\//);
    }
  });
});
