/** The Vendors sheet: what was captured about each vendor, its overlap with the owner and dependency risk. */
import type { Evaluation } from "../schema/evaluation";
import type { Vendor } from "../schema/vendor";
import { averageRating, dependencyRisk, dependencyRiskText, reviewCount } from "../scoring/index";
import { valueLabel } from "../words/value-labels";
import { certificationsText, locationText, pricingText, ratingsText } from "../words/vendor-text";
import { setting } from "./costs-sheet";
import {
  type ColumnSpec,
  inEvaluationColumn,
  link,
  num,
  SHEET_NAMES,
  TABLE_NAMES,
  table,
  text,
  vendorIdColumn,
  vendorNameColumn,
} from "./plan-table";
import type { PlanTable, ScorecardMode } from "./scorecard-plan";
import { vendorOverlapHours } from "./vendor-gates";

export interface VendorsContext {
  evaluation: Evaluation;
  mode: ScorecardMode;
  asOf: string;
  allEvaluations: readonly Evaluation[];
}

/**
 * Working hours a day shared with the owner. Live: VENDOROVERLAP reads the zones from the cells, so
 * an edit recomputes. Advisor-safe: native Excel has no time-zone database, so the hours computed
 * here are written as values, with a note that says so.
 */
function overlapColumn({ evaluation, mode, asOf }: VendorsContext): ColumnSpec<Vendor> {
  const header = "Overlap with owner (h)";
  if (mode === "live") {
    return {
      id: "overlap",
      header,
      kind: "computed",
      numberFormat: "0.0",
      formula: {
        live: `=IFERROR(VENDOROVERLAP(${setting("owner-zone")},{c|time-zone}{r},${setting("owner-hours")},"",${setting("overlap-date")}),"")`,
        // No native form: a file of native formulas is built from the advisor-safe plan, which
        // writes the hours as values; one built from a live plan leaves them empty.
        native: '=""',
      },
    };
  }
  const note = `Computed by VendorScout for ${asOf} (owner's zone ${evaluation.ownerZone ?? "not set"}, ${evaluation.ownerHours}, vendor 09:00-17:00): a value, because native Excel has no time-zone database. Re-export to update.`;
  return {
    id: "overlap",
    header,
    kind: "captured",
    numberFormat: "0.0",
    cell: (v) => {
      const hours = vendorOverlapHours(evaluation, v, asOf);
      return hours === undefined ? { value: null } : { value: hours, note };
    },
  };
}

export function vendorsTable(vendors: Vendor[], context: VendorsContext): PlanTable {
  const others = [
    ...context.allEvaluations.filter((e) => e.id !== context.evaluation.id),
    context.evaluation,
  ];
  const specs: ColumnSpec<Vendor>[] = [
    vendorIdColumn,
    vendorNameColumn,
    {
      id: "website",
      header: "Website",
      kind: "captured",
      numberFormat: "@",
      width: 30,
      cell: (v) => link(v.website),
    },
    {
      id: "function",
      header: "Function",
      kind: "captured",
      numberFormat: "@",
      cell: (v) => text(v.function ? valueLabel(v.function) : undefined),
    },
    {
      id: "status",
      header: "Status",
      kind: "captured",
      numberFormat: "@",
      cell: (v) => text(valueLabel(v.status)),
    },
    inEvaluationColumn,
    {
      id: "location",
      header: "Location",
      kind: "captured",
      numberFormat: "@",
      cell: (v) => text(locationText(v)),
    },
    {
      id: "average-rating",
      header: "Average rating (of 5)",
      kind: "captured",
      numberFormat: "0.00",
      cell: (v) => num(averageRating(v.ratings)),
    },
    {
      id: "review-count",
      header: "Review count",
      kind: "captured",
      numberFormat: "#,##0",
      cell: (v) => num(reviewCount(v.ratings)),
    },
    {
      id: "ratings",
      header: "Ratings",
      kind: "captured",
      numberFormat: "@",
      width: 40,
      cell: (v) => text(ratingsText(v)),
    },
    {
      id: "certifications",
      header: "Certifications",
      kind: "captured",
      numberFormat: "@",
      width: 30,
      cell: (v) => text(certificationsText(v)),
    },
    {
      // The kinds VendorScout recognised in the labels: what the certification gates test.
      id: "certification-kinds",
      header: "Certification kinds",
      kind: "captured",
      numberFormat: "@",
      width: 24,
      cell: (v) => text([...new Set(v.certifications.map((c) => c.kind))].join("; ")),
    },
    {
      id: "pricing",
      header: "Pricing",
      kind: "captured",
      numberFormat: "@",
      width: 40,
      cell: (v) => text(pricingText(v)),
    },
    {
      id: "languages",
      header: "Languages",
      kind: "captured",
      numberFormat: "@",
      cell: (v) => text(v.languages.join(", ")),
    },
    {
      id: "time-zone",
      header: "Time zone",
      kind: "captured",
      numberFormat: "@",
      cell: (v) => text(v.timeZone),
    },
    overlapColumn(context),
    {
      id: "dependency",
      header: "Dependency risk",
      kind: "captured",
      numberFormat: "@",
      width: 40,
      cell: (v) => text(dependencyRiskText(dependencyRisk(v.id, others))),
    },
    {
      id: "emails",
      header: "Emails",
      kind: "captured",
      numberFormat: "@",
      cell: (v) => text(v.contacts.emails.join(", ")),
    },
    {
      id: "phones",
      header: "Phones",
      kind: "captured",
      numberFormat: "@",
      cell: (v) => text(v.contacts.phones.join(", ")),
    },
    { id: "tags", header: "Tags", kind: "captured", numberFormat: "@", cell: (v) => text(v.tags.join(", ")) },
    { id: "notes", header: "Notes", kind: "owner", numberFormat: "@", width: 40, cell: (v) => text(v.notes) },
  ];
  return table(
    {
      name: TABLE_NAMES.vendors,
      sheet: SHEET_NAMES.vendors,
      excelTable: true,
      headerRow: true,
      top: 0,
      left: 0,
      keyColumn: "id",
      removedRows: "flag",
      inEvaluationColumn: "in-evaluation",
    },
    specs,
    vendors,
    (v) => v.id,
  );
}
