import { describe, expect, test } from "vitest";
import { criteriaTemplate } from "./criteria-templates";
import { evaluationSchema, isEvaluation } from "./evaluation";

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
