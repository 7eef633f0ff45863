/**
 * Plans the Plans sheet: every price plan of the evaluation's vendors, grouped by vendor so each vendor's
 * plans are the drop-down list of its "Plan costed" cell.
 */
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
import { planLabels } from "./vendor-costing";

/**
 * A plan's row key: vendor id and the plan's position ("acme.com#2"), not its label, because a label
 * is page text and may hold the characters formula templates use.
 */
export function planKey(vendorId: string, index: number): string {
  return `${vendorId}#${index + 1}`;
}

/** What the Costs sheet's lookup matches: vendor id, "|", plan label (a cell value, never a formula). */
export function planLookup(vendorId: string, label: string): string {
  return `${vendorId}|${label}`;
}

interface PlanRecord {
  vendor: Vendor;
  index: number;
  label: string;
  plan: Vendor["pricing"]["plans"][number];
}

/**
 * The Plans sheet: every price plan of the evaluation's vendors, one row each, grouped by vendor so
 * each vendor's plans are one range, the drop-down list of its "Plan costed" cell on the Costs sheet.
 */
export function plansSheet(vendors: Vendor[]): PlanSheet {
  const records: PlanRecord[] = vendors.flatMap((vendor) => {
    const labels = planLabels(vendor.pricing.plans);
    return vendor.pricing.plans.map((plan, index) => ({
      vendor,
      plan,
      index,
      label: labels[index] ?? plan.name,
    }));
  });
  const keyOf = (r: PlanRecord) => planKey(r.vendor.id, r.index);
  const specs: ColumnSpec<PlanRecord>[] = [
    keyColumn("key", "Plan ID", keyOf, 30),
    capturedColumn("lookup", "Vendor and plan", "@", (r) => text(planLookup(r.vendor.id, r.label)), 30),
    capturedColumn("vendor-id", "Vendor ID", "@", (r) => text(r.vendor.id), 22),
    capturedColumn("vendor", "Vendor", "@", (r) => text(r.vendor.name), 28),
    capturedColumn("label", "Plan", "@", (r) => text(r.label), 24),
    capturedColumn("price", "Price", "#,##0.00", (r) => num(r.plan.price)),
    capturedColumn("currency", "Currency", "@", (r) => text(r.plan.currency)),
    capturedColumn("period", "Per", "@", (r) => text(r.plan.period)),
    capturedColumn("per-seat", "Per seat", "@", (r) => text(r.plan.perSeat ? "Yes" : "No")),
  ];
  return singleTableSheet(SHEET_NAMES.plans, TABLE_NAMES.plans, "key", specs, records, keyOf);
}
