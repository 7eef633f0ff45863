import { describe, expect, test } from "vitest";
import { type GateFacts, type GateRule, gateName, gateResults } from "./gate-results";
import { rankScores } from "./rank-scores";

const facts: GateFacts = {
  ratings: { security: 4, communication: 2 },
  monthlyCost: 150,
  certifications: ["ISO 27001", "GDPR DPA"],
  overlapHours: 3,
  averageRating: 4.4,
  reviewCount: 120,
};

describe("gateResults", () => {
  test.each<[string, GateRule, boolean]>([
    ["a rating at the bar passes (4 >= 4)", { kind: "min-rating", criterionId: "security", min: 4 }, true],
    [
      "a rating below the bar fails (2 < 3)",
      { kind: "min-rating", criterionId: "communication", min: 3 },
      false,
    ],
    ["a rating not given yet fails", { kind: "min-rating", criterionId: "expertise", min: 1 }, false],
    ["a cost at the cap passes (150 <= 150)", { kind: "max-monthly-cost", max: 150 }, true],
    ["a cost over the cap fails (150 > 149.99)", { kind: "max-monthly-cost", max: 149.99 }, false],
    ["a certification held passes", { kind: "certification", certification: "ISO 27001" }, true],
    ["a certification not held fails", { kind: "certification", certification: "SOC 2" }, false],
    ["3 h overlap meets a 3 h minimum", { kind: "min-overlap", hours: 3 }, true],
    ["3 h overlap misses a 3.5 h minimum", { kind: "min-overlap", hours: 3.5 }, false],
    ["4.4 from 120 reviews meets 4.0 from 100", { kind: "min-reputation", rating: 4, reviews: 100 }, true],
    ["4.4 from 120 reviews misses 4.0 from 200", { kind: "min-reputation", rating: 4, reviews: 200 }, false],
    ["4.4 misses 4.5", { kind: "min-reputation", rating: 4.5, reviews: 0 }, false],
  ])("%s", (_label, gate, passes) => {
    expect(gateResults([gate], facts)).toEqual({ passes, failed: passes ? [] : [0] });
  });

  test("facts not known fail their gate: no rate, no zone, no reviews", () => {
    const unknown: GateFacts = {
      ratings: {},
      monthlyCost: undefined,
      certifications: [],
      overlapHours: undefined,
      averageRating: undefined,
      reviewCount: undefined,
    };
    const gates: GateRule[] = [
      { kind: "max-monthly-cost", max: 1e9 },
      { kind: "min-overlap", hours: 0 },
      { kind: "min-reputation", rating: 0, reviews: 0 },
    ];
    expect(gateResults(gates, unknown)).toEqual({ passes: false, failed: [0, 1, 2] });
  });

  test("no gates: every vendor passes", () => {
    expect(gateResults([], facts)).toEqual({ passes: true, failed: [] });
  });

  test("gates then ranks: the best score fails ISO 27001 and ranks after both that pass", () => {
    // Scores 88 (no ISO 27001), 75 and 70 (both hold it): ranks 3, 1, 2.
    const gate: GateRule[] = [{ kind: "certification", certification: "ISO 27001" }];
    const passes = [[], ["ISO 27001"], ["ISO 27001", "SOC 2"]].map(
      (certifications) => gateResults(gate, { ...facts, certifications }).passes,
    );
    expect(passes).toEqual([false, true, true]);
    expect(rankScores([88, 75, 70], true, passes)).toEqual([3, 1, 2]);
  });
});

describe("gateName", () => {
  const labels = { currency: "GBP", criterionName: (id: string) => (id === "security" ? "Security" : id) };
  test.each<[GateRule, string]>([
    [{ kind: "min-rating", criterionId: "security", min: 4 }, "Security rated at least 4"],
    [{ kind: "max-monthly-cost", max: 500 }, "Monthly cost at most 500 GBP"],
    [{ kind: "certification", certification: "SOC 2" }, "SOC 2"],
    [{ kind: "min-overlap", hours: 3 }, "Working-hours overlap at least 3 h"],
    [{ kind: "min-reputation", rating: 4, reviews: 20 }, "Reputation at least 4 from 20 reviews"],
    [{ kind: "min-reputation", rating: 4, reviews: 0 }, "Reputation at least 4"],
  ])("%o -> %s", (gate, name) => {
    expect(gateName(gate, labels)).toBe(name);
  });
});
