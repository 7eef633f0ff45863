import { describe, expect, test } from "vitest";
import { scorecardFixture } from "../../tests/support/scorecard/scorecard-fixture";
import { evaluationOutcomes } from "./evaluation-outcomes";

describe("evaluationOutcomes", () => {
  const fixture = scorecardFixture();

  test("pass/fail and failed gates per vendor, as the Scorecard shows them", () => {
    const { currency, outcomes } = evaluationOutcomes(fixture.evaluation, fixture.vendors, [], "2026-11-01");
    expect(currency).toBe("USD");
    expect(outcomes.map((o) => [o.vendorId, o.passes])).toEqual([
      ["acme.com", true],
      ["bolt.io", false],
      ["copper.co", true],
      ["delta.net", false],
      ["echo.biz", false],
    ]);
    // bolt.io: no reliability rating; 450 USD x 3 seats = 1350 a month, over 1000.
    expect(outcomes[1]?.failedGates).toEqual([
      "Reliability and SLAs rated at least 2",
      "Monthly cost at most 1000 USD",
    ]);
    expect(outcomes[1]?.monthly).toBe(1350);
    expect(outcomes[3]?.tco).toBe("needs a rate for GBP");
  });

  test("names the other functions a vendor is relied on for", () => {
    const it = {
      ...fixture.evaluation,
      id: "e-it",
      name: "IT 2027",
      function: "it-support" as const,
      vendorIds: ["bolt.io"],
    };
    const { outcomes } = evaluationOutcomes(
      fixture.evaluation,
      fixture.vendors,
      [fixture.evaluation, it],
      "2026-11-01",
    );
    expect(outcomes.find((o) => o.vendorId === "bolt.io")?.dependencyRisk).toBe(
      "Selected in 2 evaluations for 2 functions: accounting-payroll (Bookkeeping 2027); it-support (IT 2027)",
    );
    expect(outcomes.find((o) => o.vendorId === "acme.com")?.dependencyRisk).toBe("");
  });
});
