/**
 * The facts an evaluation's gates test about one vendor (ratings, costs, certifications, working-hours
 * overlap) and its pass/fail, as the Scorecard and the side panel both show it.
 */
import type { Evaluation } from "../schema/evaluation";
import type { Vendor } from "../schema/vendor";
import {
  averageRating,
  type GateFacts,
  type GateResult,
  gateName,
  gateResults,
  reviewCount,
  workingHoursOverlap,
} from "../scoring/index";

/**
 * The working hours a day a vendor shares with the owner on `date`, or `undefined` when either time
 * zone is missing or not one the zone database knows (a page's "GMT+1" or "Eastern").
 */
export function vendorOverlapHours(evaluation: Evaluation, vendor: Vendor, date: string): number | undefined {
  if (!evaluation.ownerZone || !vendor.timeZone) return undefined;
  try {
    return workingHoursOverlap({
      ownerZone: evaluation.ownerZone,
      vendorZone: vendor.timeZone,
      ownerHours: evaluation.ownerHours,
      date,
    });
  } catch {
    return undefined;
  }
}

/** What the gates can test about one vendor, from the records. */
export function vendorGateFacts(
  evaluation: Evaluation,
  vendor: Vendor,
  monthlyCost: number | undefined,
  date: string,
): GateFacts {
  return {
    ratings: vendor.criterionRatings,
    monthlyCost,
    certifications: vendor.certifications.map((c) => c.kind),
    overlapHours: vendorOverlapHours(evaluation, vendor, date),
    averageRating: averageRating(vendor.ratings),
    reviewCount: reviewCount(vendor.ratings),
  };
}

/** Pass/fail of one vendor with the names of the gates it fails, as the Scorecard and side panel show. */
export function vendorGateOutcome(
  evaluation: Evaluation,
  facts: GateFacts,
  currency: string,
): GateResult & { failedNames: string[] } {
  const result = gateResults(evaluation.gates, facts);
  const names = gateNames(evaluation, currency);
  return { ...result, failedNames: result.failed.map((index) => names[index] ?? "") };
}

/** Every gate's name, in the evaluation's order. */
export function gateNames(evaluation: Evaluation, currency: string): string[] {
  const criterionName = (id: string) => evaluation.criteria.find((c) => c.id === id)?.name ?? id;
  return evaluation.gates.map((gate) => gateName(gate, { currency, criterionName }));
}
