import { savings } from "../../shared/cost/index";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import type { PlanTable, ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { costVendor, inHouseTco, reportingCurrencyOf } from "../../shared/scorecard/vendor-costing";
import { vendorGateFacts, vendorGateOutcome } from "../../shared/scorecard/vendor-gates";
import { rankScores, weightedScore } from "../../shared/scoring/index";

export function planTable(plan: ScorecardPlan, name: string): PlanTable {
  const found = plan.sheets.flatMap((sheet) => sheet.tables).find((t) => t.name === name);
  if (!found) throw new Error(`The plan has no table ${name}.`);
  return found;
}

export interface Expected {
  /** Score per vendor id, `null` when the vendor has no rating. */
  score: Map<string, number | null>;
  rank: Map<string, number | null>;
  passes: Map<string, boolean>;
  /** The names of the gates each vendor fails, joined by "; ". */
  failedGates: Map<string, string | null>;
  /** Monthly cost in the reporting currency; the sentence the cell shows when it cannot be costed. */
  monthly: Map<string, number | string | null>;
  /** TCO per vendor id: a number, a "needs a rate for ..." sentence, or `null` without a plan. */
  tco: Map<string, number | string | null>;
  inHouseTco: number;
  savings: Map<string, number | null>;
}

/**
 * What shared/scoring and shared/cost say the sheets must show, computed from the records, not from
 * the plan, so a wrong plan cannot agree with itself.
 */
export function expectedFigures(evaluation: Evaluation, vendors: Vendor[], asOf: string): Expected {
  const weights = evaluation.criteria.map((c) => c.weight);
  const currency = reportingCurrencyOf(evaluation, vendors);
  const baseline = inHouseTco(evaluation);
  const score = new Map<string, number | null>();
  const passes = new Map<string, boolean>();
  const failedGates = new Map<string, string | null>();
  const monthly = new Map<string, number | string | null>();
  const tco = new Map<string, number | string | null>();
  const saving = new Map<string, number | null>();
  for (const vendor of vendors) {
    const ratings = evaluation.criteria.map((c) => vendor.criterionRatings[c.id] ?? null);
    score.set(vendor.id, ratings.every((r) => r === null) ? null : weightedScore(ratings, weights));
    const costing = costVendor(evaluation, vendor, currency);
    const chain = costing.chain;
    monthly.set(vendor.id, chain?.ok ? chain.monthly : typeof costing.tco === "string" ? costing.tco : null);
    tco.set(vendor.id, costing.tco ?? null);
    saving.set(vendor.id, typeof costing.tco === "number" ? savings(costing.tco, baseline) : null);
    const outcome = vendorGateOutcome(
      evaluation,
      vendorGateFacts(evaluation, vendor, costing.monthly, asOf),
      currency,
    );
    passes.set(vendor.id, outcome.passes);
    failedGates.set(vendor.id, outcome.failedNames.length > 0 ? outcome.failedNames.join("; ") : null);
  }
  const scored = [...score].filter((entry): entry is [string, number] => entry[1] !== null);
  const ranks = rankScores(
    scored.map(([, s]) => s),
    true,
    scored.map(([id]) => passes.get(id) ?? false),
  );
  const rank = new Map<string, number | null>(vendors.map((v) => [v.id, null]));
  scored.forEach(([id], i) => {
    rank.set(id, ranks[i] ?? null);
  });
  return { score, rank, passes, failedGates, monthly, tco, inHouseTco: baseline, savings: saving };
}
