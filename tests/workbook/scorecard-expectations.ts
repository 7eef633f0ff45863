import { savings, totalCostOfOwnership } from "../../shared/cost/index";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { monthlyPlan, TABLE_NAMES } from "../../shared/scorecard/plan-scorecard";
import type { PlanTable, ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { rankScores, weightedScore } from "../../shared/scoring/index";

/** Contract terms the owner types into the Costs sheet, per vendor, so TCO is more than fee × months. */
export const OWNER_COST_INPUTS: Record<
  string,
  { transitionCost: number; overheadPct: number; annualIncreasePct: number; discountRatePct: number }
> = {
  "acme.com": { transitionCost: 800, overheadPct: 10, annualIncreasePct: 3, discountRatePct: 5 },
  // Increase equal to discount: the closed form's g = 1 branch.
  "bolt.io": { transitionCost: 0, overheadPct: 0, annualIncreasePct: 4, discountRatePct: 4 },
  "copper.co": { transitionCost: 150, overheadPct: 12.5, annualIncreasePct: 0, discountRatePct: 7 },
};

export function planTable(plan: ScorecardPlan, name: string): PlanTable {
  const found = plan.sheets.flatMap((sheet) => sheet.tables).find((t) => t.name === name);
  if (!found) throw new Error(`The plan has no table ${name}.`);
  return found;
}

/** Types the owner's cost inputs into the plan's Costs cells, as the owner would in the sheet. */
export function typeOwnerCostInputs(plan: ScorecardPlan): void {
  const costs = planTable(plan, TABLE_NAMES.costs);
  const at = (id: string) => costs.columns.findIndex((c) => c.id === id);
  for (const row of costs.rows) {
    const inputs = OWNER_COST_INPUTS[row.key];
    if (!inputs) continue;
    row.cells[at("transition-cost")] = { value: inputs.transitionCost };
    row.cells[at("overhead-pct")] = { value: inputs.overheadPct };
    row.cells[at("increase-pct")] = { value: inputs.annualIncreasePct };
    row.cells[at("discount-pct")] = { value: inputs.discountRatePct };
  }
}

export interface Expected {
  /** Score per vendor id, `null` when the vendor has no rating. */
  score: Map<string, number | null>;
  rank: Map<string, number | null>;
  /** TCO per vendor id, `null` when no monthly fee is known. */
  tco: Map<string, number | null>;
  inHouseTco: number;
  savings: Map<string, number | null>;
}

/**
 * What shared/scoring and shared/cost say the sheets must show, computed from the records, not from
 * the plan, so a wrong plan cannot agree with itself.
 */
export function expectedFigures(
  evaluation: Evaluation,
  vendors: Vendor[],
  withOwnerCostInputs: boolean,
): Expected {
  const weights = evaluation.criteria.map((c) => c.weight);
  const score = new Map<string, number | null>();
  for (const vendor of vendors) {
    const ratings = evaluation.criteria.map((c) => vendor.criterionRatings[c.id] ?? null);
    score.set(vendor.id, ratings.every((r) => r === null) ? null : weightedScore(ratings, weights));
  }
  const scored = [...score].filter((entry): entry is [string, number] => entry[1] !== null);
  const ranks = rankScores(scored.map(([, s]) => s));
  const rank = new Map<string, number | null>(vendors.map((v) => [v.id, null]));
  scored.forEach(([id], i) => {
    rank.set(id, ranks[i] ?? null);
  });
  const inHouseTco = totalCostOfOwnership({
    monthlyFee: evaluation.inHouseMonthlyCost ?? 0,
    months: evaluation.termMonths,
  });
  const tco = new Map<string, number | null>();
  const saving = new Map<string, number | null>();
  for (const vendor of vendors) {
    const fee = monthlyPlan(vendor)?.monthly;
    if (fee === undefined) {
      tco.set(vendor.id, null);
      saving.set(vendor.id, null);
      continue;
    }
    const owner = withOwnerCostInputs ? OWNER_COST_INPUTS[vendor.id] : undefined;
    const total = totalCostOfOwnership({
      monthlyFee: fee,
      months: evaluation.termMonths,
      setupFee: vendor.pricing.setupFee ?? 0,
      ...owner,
    });
    tco.set(vendor.id, total);
    saving.set(vendor.id, savings(total, inHouseTco));
  }
  return { score, rank, tco, inHouseTco, savings: saving };
}
