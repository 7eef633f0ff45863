/**
 * Plans the FX sheet: one row per currency the vendors' plans use, with the owner's rate and its date, or an
 * empty rate to fill in.
 */
import type { Evaluation } from "../schema/evaluation";
import type { Vendor } from "../schema/vendor";
import {
  type ColumnSpec,
  capturedColumn,
  keyColumn,
  num,
  SHEET_NAMES,
  singleTableSheet,
  TABLE_NAMES,
  text,
} from "./plan-table";
import type { PlanSheet } from "./scorecard-plan";

interface FxRow {
  currency: string;
  rate: number | undefined;
  asOf: string | undefined;
  usedBy: string;
}

/**
 * The FX sheet: one row per currency the evaluation's plans use other than the reporting currency
 * (and any the owner has a rate for), with the rate to the reporting currency and its date, as the
 * owner typed them. A currency with no rate is listed with an empty rate, so the owner sees what to
 * fill in; until then its vendors' TCO cells say "needs a rate for" it.
 */
export function fxSheet(evaluation: Evaluation, vendors: Vendor[], reportingCurrency: string): PlanSheet {
  const usedBy = new Map<string, string[]>();
  for (const vendor of vendors) {
    for (const plan of vendor.pricing.plans) {
      if (plan.currency === reportingCurrency) continue;
      const names = usedBy.get(plan.currency) ?? [];
      if (!names.includes(vendor.name)) names.push(vendor.name);
      usedBy.set(plan.currency, names);
    }
  }
  for (const fx of evaluation.fxRates)
    if (fx.currency !== reportingCurrency && !usedBy.has(fx.currency)) usedBy.set(fx.currency, []);
  const rows: FxRow[] = [...usedBy.keys()].sort().map((currency) => {
    const fx = evaluation.fxRates.find((r) => r.currency === currency);
    return { currency, rate: fx?.rate, asOf: fx?.asOf, usedBy: (usedBy.get(currency) ?? []).join(", ") };
  });
  const specs: ColumnSpec<FxRow>[] = [
    keyColumn("currency", "Currency", (r) => r.currency),
    capturedColumn("rate", `Rate: 1 unit in ${reportingCurrency}`, "0.0000", (r) => num(r.rate), 20),
    capturedColumn("as-of", "As of (date)", "@", (r) => text(r.asOf), 14),
    capturedColumn("used-by", "Used by", "@", (r) => text(r.usedBy), 40),
  ];
  return singleTableSheet(SHEET_NAMES.fx, TABLE_NAMES.fx, "currency", specs, rows, (r) => r.currency);
}
