/** The Vendors sheet: what was captured about each vendor, its overlap with the owner and dependency risk. */
import type { Evaluation } from "../schema/evaluation";
import type { Vendor } from "../schema/vendor";
import { averageRating, dependencyRisk, dependencyRiskText, reviewCount } from "../scoring/index";
import { valueLabel } from "../words/value-labels";
import { certificationsText, locationText, phonesText, pricingText, ratingsText } from "../words/vendor-text";
import { setting } from "./costs-sheet";
import {
  type ColumnSpec,
  capturedColumn,
  flagRemovedVendors,
  inEvaluationColumn,
  link,
  num,
  SHEET_NAMES,
  singleTableSheet,
  TABLE_NAMES,
  text,
  vendorIdColumn,
  vendorNameColumn,
} from "./plan-table";
import { thisRow } from "./scorecard-formulas";
import type { PlanSheet, ScorecardMode } from "./scorecard-plan";
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
        live: `=IFERROR(VENDOROVERLAP(${setting("owner-zone")},${thisRow("time-zone")},${setting("owner-hours")},"",${setting("overlap-date")}),"")`,
        // No native form: a file of native formulas is built from the advisor-safe plan, which
        // writes the hours as values; one built from a live plan leaves them empty.
        native: '=""',
      },
    };
  }
  const note = `Computed by VendorScout for ${asOf} (owner's zone ${evaluation.ownerZone ?? "not set"}, ${evaluation.ownerHours}, vendor 09:00-17:00): a value, because native Excel has no time-zone database. Re-export to update.`;
  return capturedColumn("overlap", header, "0.0", (v) => {
    const hours = vendorOverlapHours(evaluation, v, asOf);
    return hours === undefined ? { value: null } : { value: hours, note };
  });
}

export function vendorsSheet(vendors: Vendor[], context: VendorsContext): PlanSheet {
  const others = [
    ...context.allEvaluations.filter((e) => e.id !== context.evaluation.id),
    context.evaluation,
  ];
  const specs: ColumnSpec<Vendor>[] = [
    vendorIdColumn,
    vendorNameColumn,
    capturedColumn("website", "Website", "@", (v) => link(v.website), 30),
    capturedColumn("function", "Function", "@", (v) => text(v.function ? valueLabel(v.function) : undefined)),
    capturedColumn("status", "Status", "@", (v) => text(valueLabel(v.status))),
    inEvaluationColumn,
    capturedColumn("location", "Location", "@", (v) => text(locationText(v))),
    capturedColumn("average-rating", "Average rating (of 5)", "0.00", (v) => num(averageRating(v.ratings))),
    capturedColumn("review-count", "Review count", "#,##0", (v) => num(reviewCount(v.ratings))),
    capturedColumn("ratings", "Ratings", "@", (v) => text(ratingsText(v)), 40),
    capturedColumn("certifications", "Certifications", "@", (v) => text(certificationsText(v)), 30),
    // The kinds VendorScout recognised in the labels: what the certification gates test.
    capturedColumn(
      "certification-kinds",
      "Certification kinds",
      "@",
      (v) => text([...new Set(v.certifications.map((c) => c.kind))].join("; ")),
      24,
    ),
    capturedColumn("pricing", "Pricing", "@", (v) => text(pricingText(v)), 40),
    capturedColumn("languages", "Languages", "@", (v) => text(v.languages.join(", "))),
    capturedColumn("time-zone", "Time zone", "@", (v) => text(v.timeZone)),
    overlapColumn(context),
    capturedColumn(
      "dependency",
      "Dependency risk",
      "@",
      (v) => text(dependencyRiskText(dependencyRisk(v.id, others))),
      40,
    ),
    capturedColumn("emails", "Emails", "@", (v) => text(v.contacts.emails.join(", "))),
    capturedColumn("phones", "Phones", "@", (v) => text(phonesText(v, ", "))),
    capturedColumn("tags", "Tags", "@", (v) => text(v.tags.join(", "))),
    // The library's notes as a start; from then on the owner's (an update never rewrites them).
    { id: "notes", header: "Notes", kind: "owner", numberFormat: "@", width: 40, cell: (v) => text(v.notes) },
  ];
  return singleTableSheet(
    SHEET_NAMES.vendors,
    TABLE_NAMES.vendors,
    "id",
    specs,
    vendors,
    (v) => v.id,
    flagRemovedVendors,
  );
}
