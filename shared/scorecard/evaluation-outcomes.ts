/**
 * The pass/fail, costs and dependency risk of an evaluation's vendors for the side panel, computed by the
 * same functions the sheets' formulas restate, so the panel and the workbook cannot disagree.
 */
import type { Evaluation } from "../schema/evaluation";
import type { Vendor } from "../schema/vendor";
import { dependencyRisk, dependencyRiskText } from "../scoring/index";
import { costVendor, reportingCurrencyOf } from "./vendor-costing";
import { vendorGateFacts, vendorGateOutcome } from "./vendor-gates";

/** One vendor of an evaluation as the side panel lists it. */
export interface VendorOutcome {
  vendorId: string;
  name: string;
  passes: boolean;
  /** Names of the gates the vendor fails, as the Scorecard's "Failed gates" column lists them. */
  failedGates: string[];
  /** Monthly cost in the reporting currency, or the sentence the Costs sheet shows instead. */
  monthly: number | string | undefined;
  /** TCO over the term in the reporting currency, or the sentence the Costs sheet shows instead. */
  tco: number | string | undefined;
  /** "" or the functions this vendor is also relied on for. */
  dependencyRisk: string;
}

/**
 * The same pass/fail, costs and dependency risk the workbook shows, for the side panel: computed by
 * the functions the sheets' formulas restate, so the panel and the Scorecard cannot disagree.
 *
 * @param date - the day overlap is computed for (YYYY-MM-DD); the caller reads the clock
 */
export function evaluationOutcomes(
  evaluation: Evaluation,
  vendors: readonly Vendor[],
  allEvaluations: readonly Evaluation[],
  date: string,
): { currency: string; outcomes: VendorOutcome[] } {
  const currency = reportingCurrencyOf(evaluation, [...vendors]);
  const outcomes = vendors
    .filter((vendor) => evaluation.vendorIds.includes(vendor.id))
    .map((vendor) => {
      const costing = costVendor(evaluation, vendor, currency);
      const outcome = vendorGateOutcome(
        evaluation,
        vendorGateFacts(evaluation, vendor, costing.monthly, date),
        currency,
      );
      return {
        vendorId: vendor.id,
        name: vendor.name,
        passes: outcome.passes,
        failedGates: outcome.failedNames,
        monthly: costing.monthly ?? (typeof costing.tco === "string" ? costing.tco : undefined),
        tco: costing.tco,
        dependencyRisk: dependencyRiskText(dependencyRisk(vendor.id, allEvaluations)),
      };
    });
  return { currency, outcomes };
}
