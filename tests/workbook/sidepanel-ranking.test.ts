import { expect, test } from "vitest";
import { criteriaTemplate } from "../../shared/schema/criteria-templates";
import { type Evaluation, evaluationSchema } from "../../shared/schema/evaluation";
import { type Vendor, vendorSchema } from "../../shared/schema/vendor";
import { evaluationOutcomes } from "../../shared/scorecard/evaluation-outcomes";
import { planScorecard, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import { rankEvaluation } from "../../shared/scoring/rank-evaluation";
import { DEMO_EVALUATION, DEMO_RATINGS } from "../journey/demo-script";
import { scorecardFixture } from "../support/scorecard/scorecard-fixture";
import { computedColumn, nativeEngine } from "./plan-in-hyperformula";

const AT = "2026-12-01T09:00:00.000Z";

/** The demo's evaluation as the demo leaves it: the template's weights, its two vendors rated as it rates them. */
function demoEvaluation() {
  const criteria = criteriaTemplate("accounting-payroll");
  const vendors: Vendor[] = [
    { id: "brightbooks.example", name: "BrightBooks Bookkeeping" },
    { id: "northwind-it.example", name: "Northwind IT Support" },
    // Added to the evaluation but not rated yet: no score, no rank, in the sheet and in the panel.
    { id: "unrated.example", name: "Unrated Ltd" },
  ].map(({ id, name }) => {
    const typed = DEMO_RATINGS.find((entry) => entry.vendor.test(name))?.ratings ?? {};
    const criterionRatings = Object.fromEntries(
      criteria.flatMap((criterion) => {
        const rating = typed[criterion.name];
        return rating === undefined ? [] : [[criterion.id, rating]];
      }),
    );
    return vendorSchema.parse({ id, name, criterionRatings, createdAt: AT, updatedAt: AT });
  });
  const evaluation = evaluationSchema.parse({
    id: "eval-demo",
    name: DEMO_EVALUATION,
    function: "accounting-payroll",
    criteria,
    vendorIds: vendors.map((vendor) => vendor.id),
    createdAt: AT,
    updatedAt: AT,
  });
  return { evaluation, vendors };
}

/** The Scorecard sheet's Score and Rank, computed by a spreadsheet engine from the advisor-safe plan. */
function workbookFigures(input: ReturnType<typeof demoEvaluation>) {
  const plan = planScorecard({ ...input, reviews: [], mode: "advisor-safe" });
  const hf = nativeEngine(plan);
  return {
    score: computedColumn(hf, plan, TABLE_NAMES.scorecard, "score"),
    rank: computedColumn(hf, plan, TABLE_NAMES.scorecard, "rank"),
  };
}

test("the side panel's ranking of the demo evaluation is the workbook's scores and ranks", () => {
  const demo = demoEvaluation();
  const sheet = workbookFigures(demo);
  const panel = rankEvaluation(demo.evaluation, demo.vendors, passesOf(demo.evaluation, demo.vendors));
  expect(panel.map((row) => row.vendorId).sort()).toEqual([...sheet.score.keys()].sort());
  for (const row of panel) {
    const score = sheet.score.get(row.vendorId);
    if (score === null) expect(row.score, row.name).toBeNull();
    else expect(row.score, row.name).toBeCloseTo(score as number, 9);
    expect(row.rank, row.name).toBe(sheet.rank.get(row.vendorId));
  }
  // Both rated vendors are scored, so the comparison above compared numbers, not two empty columns.
  expect(panel.filter((row) => row.rank !== null)).toHaveLength(2);
});

test("the same holds for the scorecard fixture's missing rating, unrated vendor and tie", () => {
  const { evaluation, vendors } = scorecardFixture();
  const sheet = workbookFigures({ evaluation, vendors });
  const panel = rankEvaluation(evaluation, vendors, passesOf(evaluation, vendors));
  for (const row of panel) {
    const score = sheet.score.get(row.vendorId);
    if (score === null) expect(row.score, row.vendorId).toBeNull();
    else expect(row.score, row.vendorId).toBeCloseTo(score as number, 9);
    expect(row.rank, row.vendorId).toBe(sheet.rank.get(row.vendorId));
  }
  // The fixture's best scorer fails a must-have gate, so it ranks after the passing vendors, two of
  // which tie for first; the unrated vendor has no rank.
  expect(panel.map((row) => row.rank)).toEqual([1, 1, 3, 4, null]);
});

/** The gate outcomes the side panel passes in, for the day the plan computes them (its last change). */
function passesOf(evaluation: Evaluation, vendors: Vendor[]): Map<string, boolean> {
  const { outcomes } = evaluationOutcomes(evaluation, vendors, [], evaluation.updatedAt.slice(0, 10));
  return new Map(outcomes.map((o) => [o.vendorId, o.passes]));
}
