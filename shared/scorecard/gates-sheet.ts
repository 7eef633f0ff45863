/**
 * Plans the Gates sheet of an evaluation's must-haves, and the formulas that tell whether a Scorecard row's
 * vendor passes them.
 */
import type { Evaluation } from "../schema/evaluation";
import { setting } from "./costs-sheet";
import {
  type ColumnSpec,
  capturedColumn,
  keyColumn,
  SHEET_NAMES,
  singleTableSheet,
  TABLE_NAMES,
  text,
} from "./plan-table";
import { thisRow } from "./scorecard-formulas";
import type { PlanSheet } from "./scorecard-plan";
import { gateNames } from "./vendor-gates";

/** A gate's row key on the Gates sheet, which the Scorecard's "Failed gates" formula names. */
export function gateKey(index: number): string {
  return `gate-${index + 1}`;
}

/** Numbers as formula text: `String` would write 1e-7, which no spreadsheet parses. */
function formulaNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(10).replace(/0+$/, "");
}

/**
 * The Gates sheet: the evaluation's must-haves by name, which the Scorecard's "Failed gates" column
 * reads (names come from the owner's criteria, so they stay cell values, never formula text).
 */
export function gatesSheet(evaluation: Evaluation, currency: string): PlanSheet {
  const names = gateNames(evaluation, currency);
  const rows = names.map((name, index) => ({ key: gateKey(index), name }));
  const specs: ColumnSpec<{ key: string; name: string }>[] = [
    keyColumn("id", "Gate ID", (r) => r.key),
    capturedColumn("gate", "Must-have gate", "@", (r) => text(r.name), 50),
  ];
  return singleTableSheet(SHEET_NAMES.gates, TABLE_NAMES.gates, "id", specs, rows, (r) => r.key);
}

/**
 * Per gate, a condition (TRUE when the Scorecard row's vendor passes) restating `gateResults`: a
 * fact that is not a number (no rating, a cost that needs a rate, no overlap) fails, and so does an
 * error from a lookup. A certification is looked for in the Vendors sheet's "Certification kinds"
 * ("ISO 27001; SOC 2"), whose words come from VendorScout's own list, never from a page.
 */
export function gateConditions(evaluation: Evaluation): string[] {
  const byVendor = (table: string, column: string) =>
    `INDEX({colrange|${table}|${column}},MATCH(${thisRow("id")},{colrange|${table}|id},0))`;
  return evaluation.gates.map((gate) => {
    let condition: string;
    switch (gate.kind) {
      case "min-rating": {
        // A gate on a criterion the evaluation no longer has cannot be shown to hold (gateResults agrees).
        if (!evaluation.criteria.some((c) => c.id === gate.criterionId)) {
          condition = "FALSE()";
          break;
        }
        const rating = thisRow(`rating-${gate.criterionId}`);
        condition = `AND(ISNUMBER(${rating}),${rating}>=${formulaNumber(gate.min)})`;
        break;
      }
      case "max-monthly-cost": {
        const cost = byVendor(TABLE_NAMES.costs, "monthly");
        condition = `AND(ISNUMBER(${cost}),${cost}<=${formulaNumber(gate.max)})`;
        break;
      }
      case "certification": {
        const kinds = byVendor(TABLE_NAMES.vendors, "certification-kinds");
        condition = `ISNUMBER(SEARCH("; ${gate.certification};","; "&${kinds}&";"))`;
        break;
      }
      case "min-overlap": {
        const hours = byVendor(TABLE_NAMES.vendors, "overlap");
        condition = `AND(ISNUMBER(${hours}),${hours}>=${formulaNumber(gate.hours)})`;
        break;
      }
      case "min-reputation": {
        const rating = byVendor(TABLE_NAMES.vendors, "average-rating");
        const count = byVendor(TABLE_NAMES.vendors, "review-count");
        condition = `AND(ISNUMBER(${rating}),${rating}>=${formulaNumber(gate.rating)},IF(ISNUMBER(${count}),${count},0)>=${gate.reviews})`;
        break;
      }
    }
    return `IFERROR(${condition},FALSE())`;
  });
}

/** "Passes gates": TRUE when every condition holds (TRUE() with no gates). */
export function passesFormula(conditions: string[]): string {
  return conditions.length === 0 ? "=TRUE()" : `=AND(${conditions.join(",")})`;
}

/** "Failed gates": the names of the gates whose condition fails, joined by "; " ("" with none). */
export function failedGatesFormula(conditions: string[]): string {
  if (conditions.length === 0) return '=""';
  const parts = conditions.map(
    (condition, index) => `IF(${condition},"","; "&{ref|${TABLE_NAMES.gates}|gate|${gateKey(index)}})`,
  );
  return `=MID(${parts.join("&")},3,2000)`;
}

/** Re-exported for the Vendors sheet's overlap formula, which reads the owner's zone setting. */
export { setting };
