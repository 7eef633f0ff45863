/**
 * Plans the Plans sheet: every price plan of the evaluation's vendors, grouped by vendor so each vendor's
 * plans are the drop-down list of its "Plan costed" cell.
 */
import type { Vendor } from "../schema/vendor";
import { type ColumnSpec, keyCell, num, SHEET_NAMES, TABLE_NAMES, table, text } from "./plan-table";
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
  const specs: ColumnSpec<PlanRecord>[] = [
    {
      id: "key",
      header: "Plan ID",
      kind: "key",
      numberFormat: "@",
      width: 30,
      cell: (r) => keyCell(planKey(r.vendor.id, r.index)),
    },
    {
      id: "lookup",
      header: "Vendor and plan",
      kind: "captured",
      numberFormat: "@",
      width: 30,
      cell: (r) => text(planLookup(r.vendor.id, r.label)),
    },
    {
      id: "vendor-id",
      header: "Vendor ID",
      kind: "captured",
      numberFormat: "@",
      width: 22,
      cell: (r) => text(r.vendor.id),
    },
    {
      id: "vendor",
      header: "Vendor",
      kind: "captured",
      numberFormat: "@",
      width: 28,
      cell: (r) => text(r.vendor.name),
    },
    {
      id: "label",
      header: "Plan",
      kind: "captured",
      numberFormat: "@",
      width: 24,
      cell: (r) => text(r.label),
    },
    {
      id: "price",
      header: "Price",
      kind: "captured",
      numberFormat: "#,##0.00",
      cell: (r) => num(r.plan.price),
    },
    {
      id: "currency",
      header: "Currency",
      kind: "captured",
      numberFormat: "@",
      cell: (r) => text(r.plan.currency),
    },
    { id: "period", header: "Per", kind: "captured", numberFormat: "@", cell: (r) => text(r.plan.period) },
    {
      id: "per-seat",
      header: "Per seat",
      kind: "captured",
      numberFormat: "@",
      cell: (r) => text(r.plan.perSeat ? "Yes" : "No"),
    },
  ];
  return {
    name: SHEET_NAMES.plans,
    freezeRows: 1,
    tables: [
      table(
        {
          name: TABLE_NAMES.plans,
          sheet: SHEET_NAMES.plans,
          excelTable: true,
          headerRow: true,
          top: 0,
          left: 0,
          keyColumn: "key",
        },
        specs,
        records,
        (r) => planKey(r.vendor.id, r.index),
      ),
    ],
    charts: [],
  };
}
