import { describe, expect, test } from "vitest";
import { criteriaTemplate } from "./criteria-templates";
import { EVALUATION_SCHEMA_VERSION, evaluationSchema, isEvaluation, migrateEvaluation } from "./evaluation";

const now = "2026-11-01T10:00:00.000Z";
const evaluation = {
  id: "eval-1",
  name: "Outsource bookkeeping 2026",
  function: "accounting-payroll",
  criteria: criteriaTemplate("accounting-payroll"),
  vendorIds: ["brightbooks.com"],
  createdAt: now,
  updatedAt: now,
};

describe("evaluationSchema", () => {
  test("accepts an evaluation built from a template and defaults the term to 36 months", () => {
    const parsed = evaluationSchema.parse(evaluation);
    expect(parsed.termMonths).toBe(36);
    expect(isEvaluation(parsed)).toBe(true);
  });

  test("refuses a criterion id used twice", () => {
    const first = evaluation.criteria[0]!;
    const result = evaluationSchema.safeParse({ ...evaluation, criteria: [first, { ...first }] });
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      `criterion id "${first.id}" is used twice`,
    );
  });

  test("refuses all-zero weights with a sentence that says what to do", () => {
    const result = evaluationSchema.safeParse({
      ...evaluation,
      criteria: evaluation.criteria.map((criterion) => ({ ...criterion, weight: 0 })),
    });
    expect(result.error?.issues[0]?.message).toBe("at least one criterion needs a weight above zero");
  });

  test.each([
    ["no criteria", { criteria: [] }],
    ["a negative weight", { criteria: [{ ...evaluation.criteria[0]!, weight: -1 }] }],
    ["an upper-case criterion id", { criteria: [{ ...evaluation.criteria[0]!, id: "Cost" }] }],
    ["a term of 0 months", { termMonths: 0 }],
    ["an unknown function", { function: "catering" }],
  ])("refuses %s", (_label, patch) => {
    expect(evaluationSchema.safeParse({ ...evaluation, ...patch }).success).toBe(false);
  });
});

describe("evaluationSchema, version 2: costs, gates and the owner's zone", () => {
  test("fills the cost defaults a version-1 record lacks", () => {
    const parsed = evaluationSchema.parse(evaluation);
    expect(parsed).toMatchObject({
      teamSize: 1,
      ownerHourlyValue: 0,
      discountRatePct: 0,
      fxRates: [],
      vendorCosts: {},
      gates: [],
      ownerHours: "09:00-17:00",
    });
    expect(parsed.reportingCurrency).toBeUndefined();
  });

  test("accepts reporting currency, team size, FX, per-vendor costs, gates and the owner's zone", () => {
    const parsed = evaluationSchema.parse({
      ...evaluation,
      reportingCurrency: "GBP",
      teamSize: 6,
      fxRates: [{ currency: "USD", rate: 0.79, asOf: "2026-12-01" }],
      vendorCosts: { "brightbooks.com": { plan: "Starter", seats: 4, managementHoursPerMonth: 2 } },
      inHouse: { salaries: 3000, benefitsPct: 20 },
      gates: [
        { kind: "min-rating", criterionId: evaluation.criteria[0]!.id, min: 3 },
        { kind: "certification", certification: "ISO 27001" },
        { kind: "min-reputation", rating: 4 },
      ],
      ownerZone: "Europe/London",
    });
    expect(parsed.inHouse).toEqual({
      salaries: 3000,
      benefitsPct: 20,
      toolsAndSoftware: 0,
      spaceAndEquipment: 0,
      recruitingAndTurnover: 0,
    });
    expect(parsed.gates[2]).toEqual({ kind: "min-reputation", rating: 4, reviews: 0 });
  });

  test.each([
    ["a currency code in lower case", { reportingCurrency: "gbp" }, /3-letter ISO currency code/],
    ["a rate of 0", { fxRates: [{ currency: "USD", rate: 0, asOf: "2026-12-01" }] }, /above 0/],
    [
      "a currency rated twice",
      {
        fxRates: [
          { currency: "USD", rate: 0.8, asOf: "2026-12-01" },
          { currency: "USD", rate: 0.7, asOf: "2026-12-02" },
        ],
      },
      /the rate for USD is given twice/,
    ],
    ["a team of 0", { teamSize: 0 }, /./],
    [
      "a gate on a criterion the evaluation lacks",
      { gates: [{ kind: "min-rating", criterionId: "nope", min: 3 }] },
      /criterion "nope", which this evaluation does not have/,
    ],
    ["working hours as words", { ownerHours: "nine to five" }, /HH:MM-HH:MM/],
    ["a zone with spaces", { ownerZone: "New York" }, /time zone name/],
  ])("refuses %s with a sentence", (_label, patch, message) => {
    const result = evaluationSchema.safeParse({ ...evaluation, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join("\n")).toMatch(message);
  });
});

describe("migrateEvaluation", () => {
  test("moves version 1's in-house monthly cost into the breakdown's salaries", () => {
    const v1 = { ...evaluation, inHouseMonthlyCost: 4200 };
    const migrated = evaluationSchema.parse(migrateEvaluation(v1, 1));
    expect(migrated.inHouse?.salaries).toBe(4200);
    expect(migrated.inHouseMonthlyCost).toBeUndefined();
  });

  test("leaves a current record alone", () => {
    const current = evaluationSchema.parse({ ...evaluation, inHouse: { salaries: 10 } });
    expect(migrateEvaluation(current, EVALUATION_SCHEMA_VERSION)).toEqual(current);
  });
});
