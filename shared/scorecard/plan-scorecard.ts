/**
 * Lays out the scorecard workbook for one evaluation: which sheets and tables it has, one row per vendor
 * keyed by vendor id, and the Criteria, weights, Scorecard and ranks tables themselves.
 */
import { ownValue } from "../library/own-value";
import type { Evaluation } from "../schema/evaluation";
import type { Review } from "../schema/review";
import type { Vendor } from "../schema/vendor";
import { costsSheet } from "./costs-sheet";
import { fxSheet } from "./fx-sheet";
import { failedGatesFormula, gateConditions, gatesSheet, passesFormula } from "./gates-sheet";
import {
  type ColumnSpec,
  capturedColumn,
  flagRemovedVendors,
  inEvaluationColumn,
  keyColumn,
  num,
  ownerNotesColumn,
  SHEET_NAMES,
  singleTableSheet,
  TABLE_NAMES,
  table,
  text,
  vendorIdColumn,
  vendorNameColumn,
} from "./plan-table";
import { plansSheet } from "./plans-sheet";
import type { Placements, TablePlacement } from "./resolve-formula";
import { resolvePlan } from "./resolve-plan";
import { reviewsSheet } from "./reviews-sheet";
import { rankFormula, rankSpillFormula, sameInBothModes, scoreFormula, thisRow } from "./scorecard-formulas";
import type { CellValue, PlanSheet, PlanTable, ScorecardMode, ScorecardPlan } from "./scorecard-plan";
import { reportingCurrencyOf } from "./vendor-costing";
import { vendorsSheet } from "./vendors-sheet";

export { IN_EVALUATION, NOT_IN_EVALUATION, SHEET_NAMES, TABLE_NAMES } from "./plan-table";

const SCORECARD_TOP = 2; // row 1: the weights row, row 2: empty, row 3: the table header

export interface PlanScorecardInput {
  evaluation: Evaluation;
  vendors: Vendor[];
  reviews: Review[];
  mode: ScorecardMode;
  /**
   * Every evaluation in the library, for the Vendors sheet's dependency risk (a vendor selected for
   * several functions); without it, none is shown.
   */
  allEvaluations?: readonly Evaluation[];
  /**
   * The day working-hours overlap is computed for, YYYY-MM-DD; default the evaluation's last change.
   * (shared/ reads no clock: the caller passes today.)
   */
  asOf?: string;
  /** The functions namespace of the manifest the add-in runs under (see ScorecardPlan); none in production. */
  functionNamespace?: string;
}

/**
 * Lays out the scorecard workbook for one evaluation: Vendors, Reviews, Criteria, Scorecard, Costs,
 * Plans, FX and Gates sheets, one row per vendor (keyed by vendor id) on every per-vendor sheet.
 *
 * Only vendors the evaluation names are planned, in the evaluation's order; vendor ids it names but
 * `vendors` lacks are skipped, as are reviews of vendors outside the evaluation. Every string goes
 * into a value cell marked `text: true`, never into a formula. Links are kept only for http(s).
 *
 * @example
 * const plan = planScorecard({ evaluation, vendors, reviews, mode: "advisor-safe" });
 * plan.sheets.map((sheet) => sheet.name)
 * //=> ["Vendors", "Reviews", "Criteria", "Scorecard", "Costs", "Plans", "FX", "Gates"]
 */
export function planScorecard(input: PlanScorecardInput): ScorecardPlan {
  const { evaluation, mode } = input;
  const byId = new Map(input.vendors.map((vendor) => [vendor.id, vendor]));
  const seen = new Set<string>();
  const vendors: Vendor[] = [];
  for (const id of evaluation.vendorIds) {
    const vendor = byId.get(id);
    if (vendor && !seen.has(id)) {
      vendors.push(vendor);
      seen.add(id);
    }
  }
  const reviews = input.reviews.filter((review) => seen.has(review.vendorId));
  const currency = reportingCurrencyOf(evaluation, vendors);
  const asOf = input.asOf ?? evaluation.updatedAt.slice(0, 10);

  const weights = weightsBlock(evaluation);
  const scorecard = scorecardTable(evaluation, vendors);
  // Live mode ranks the Score column with one VENDORRANK spilled on a hidden sheet (see rankFormula);
  // the advisor-safe copy ranks each row natively and needs no such sheet.
  const ranks = ranksBlock();

  const sheets: PlanSheet[] = [
    vendorsSheet(vendors, { evaluation, mode, asOf, allEvaluations: input.allEvaluations ?? [] }),
    reviewsSheet(reviews),
    criteriaSheet(evaluation),
    {
      name: SHEET_NAMES.scorecard,
      freezeRows: SCORECARD_TOP + 1,
      tables: [weights, scorecard],
      charts: [
        {
          sheet: SHEET_NAMES.scorecard,
          table: TABLE_NAMES.scorecard,
          title: `Weighted score: ${evaluation.name}`,
          type: "bar",
          categoryColumn: "name",
          valueColumn: "score",
          anchorColumn: scorecard.columns.length + 1,
          anchorRow: SCORECARD_TOP,
        },
      ],
    },
    costsSheet({ evaluation, vendors, reportingCurrency: currency, overlapDate: asOf }),
    plansSheet(vendors),
    fxSheet(evaluation, vendors, currency),
    gatesSheet(evaluation, currency),
  ];
  if (mode === "live") {
    sheets.push({ name: SHEET_NAMES.ranks, hidden: true, freezeRows: 0, tables: [ranks], charts: [] });
  }
  const plan: ScorecardPlan = { mode, evaluationId: evaluation.id, evaluationName: evaluation.name, sheets };
  if (input.functionNamespace) plan.functionNamespace = input.functionNamespace;
  // An advisor-safe plan's cells still carry their live side (never written), which names the block.
  resolvePlanFormulas(plan, mode === "live" ? [] : [ranks]);
  return plan;
}

/** Where every table of the plan sits when written as planned (an empty workbook). */
export function planPlacements(plan: ScorecardPlan): Placements {
  const placements = new Map<string, TablePlacement>();
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const firstBodyRow = table.top + (table.headerRow ? 1 : 0);
      placements.set(table.name, {
        sheet: table.sheet,
        firstBodyRow,
        bodyRowCount: table.rows.length,
        columnIndex: new Map(table.columns.map((column, index) => [column.id, table.left + index])),
        rowOfKey: new Map(table.rows.map((row, index) => [row.key, firstBodyRow + index])),
        ...(table.excelTable
          ? { structured: { name: table.name, headers: new Map(table.columns.map((c) => [c.id, c.header])) } }
          : {}),
      });
    }
  }
  return placements;
}

/**
 * Fills each formula cell with its template resolved for the planned layout (resolvePlan);
 * `unwritten` are blocks formulas may name that this plan does not write.
 */
function resolvePlanFormulas(plan: ScorecardPlan, unwritten: PlanTable[]): void {
  const placements = new Map(planPlacements(plan));
  for (const [name, placement] of planPlacements({
    ...plan,
    sheets: [{ name: "", freezeRows: 0, tables: unwritten, charts: [] }],
  }))
    placements.set(name, placement);
  plan.sheets = resolvePlan(plan, placements).sheets;
}

// ---------------------------------------------------------------- tables

type Criterion = Evaluation["criteria"][number];

function criteriaSheet(evaluation: Evaluation): PlanSheet {
  const specs: ColumnSpec<Criterion>[] = [
    keyColumn("id", "Criterion ID", (c) => c.id, 16),
    capturedColumn("name", "Criterion", "@", (c) => text(c.name), 34),
    { id: "weight", header: "Weight", kind: "owner", numberFormat: "0.00", cell: (c) => num(c.weight) },
    {
      id: "weight-pct",
      header: "Weight %",
      kind: "computed",
      numberFormat: "0.0%",
      formula: sameInBothModes(
        `=IFERROR(${thisRow("weight")}/SUM({colrange|${TABLE_NAMES.criteria}|weight}),"")`,
      ),
    },
    capturedColumn("direction", "Direction", "@", (c) => text(c.direction)),
    capturedColumn("description", "Description", "@", (c) => text(c.description), 50),
  ];
  return singleTableSheet(
    SHEET_NAMES.criteria,
    TABLE_NAMES.criteria,
    "id",
    specs,
    evaluation.criteria,
    (c) => c.id,
  );
}

/**
 * The weights as a row above the scorecard, one under each rating column: SUMPRODUCT needs the
 * ratings and weights in the same orientation, and the Criteria table lists criteria down a column.
 */
function weightsBlock(evaluation: Evaluation): PlanTable {
  const specs: ColumnSpec<string>[] = [
    keyColumn("label", "Label", (key) => key),
    capturedColumn("note", "Note", "@", () => text("Weights, from the Criteria sheet")),
    ...evaluation.criteria.map(
      (criterion): ColumnSpec<string> => ({
        id: `weight-${criterion.id}`,
        header: criterion.name,
        kind: "computed",
        numberFormat: "0.00",
        formula: sameInBothModes(`={ref|${TABLE_NAMES.criteria}|weight|${criterion.id}}`),
      }),
    ),
  ];
  return table(
    {
      name: TABLE_NAMES.weights,
      sheet: SHEET_NAMES.scorecard,
      excelTable: false,
      headerRow: false,
      top: 0,
      left: 0,
      keyColumn: "label",
    },
    specs,
    ["Weights"],
    (key) => key,
  );
}

function scorecardTable(evaluation: Evaluation, vendors: Vendor[]): PlanTable {
  const conditions = gateConditions(evaluation);
  const first = evaluation.criteria[0]?.id ?? "";
  const last = evaluation.criteria[evaluation.criteria.length - 1]?.id ?? "";
  const weights = `{rowrange|${TABLE_NAMES.weights}|weight-${first}|weight-${last}|Weights}`;
  const specs: ColumnSpec<Vendor>[] = [
    vendorIdColumn,
    vendorNameColumn,
    ...evaluation.criteria.map(
      (criterion): ColumnSpec<Vendor> => ({
        id: `rating-${criterion.id}`,
        header: criterion.name,
        kind: "owner",
        numberFormat: "0.0",
        width: 14,
        cell: (v) => num(ownValue(v.criterionRatings, criterion.id)),
      }),
    ),
    {
      id: "score",
      header: "Score",
      kind: "computed",
      numberFormat: "0.0",
      width: 12,
      formula: scoreFormula(`rating-${first}`, `rating-${last}`, weights),
    },
    {
      id: "passes",
      header: "Passes gates",
      kind: "computed",
      numberFormat: "General",
      width: 10,
      formula: sameInBothModes(passesFormula(conditions)),
    },
    {
      id: "failed-gates",
      header: "Failed gates",
      kind: "computed",
      numberFormat: "@",
      width: 36,
      formula: sameInBothModes(failedGatesFormula(conditions)),
    },
    {
      id: "rank",
      header: "Rank",
      kind: "computed",
      numberFormat: "0",
      width: 8,
      // Vendors that fail a gate rank after every vendor that passes (see rankScores).
      formula: rankFormula(
        "score",
        `{colrange|${TABLE_NAMES.scorecard}|score}`,
        `{spillrange|${TABLE_NAMES.ranks}|rank|${TABLE_NAMES.scorecard}}`,
        { column: "passes", passes: `{colrange|${TABLE_NAMES.scorecard}|passes}` },
      ),
    },
    inEvaluationColumn,
    ownerNotesColumn,
  ];
  return table(
    {
      name: TABLE_NAMES.scorecard,
      sheet: SHEET_NAMES.scorecard,
      excelTable: true,
      headerRow: true,
      top: SCORECARD_TOP,
      left: 0,
      keyColumn: "id",
      dataBars: ["score"],
      ...flagRemovedVendors,
    },
    specs,
    vendors,
    (v) => v.id,
  );
}

/**
 * One cell under a header that ranks every Scorecard row at once and spills down the rows below; the
 * Rank column reads it by row position (see `rankFormula`). On a hidden sheet of its own, not beside
 * the table: a spill cannot sit inside a table, and a block at a fixed place next to it would end up
 * inside it once the owner adds columns to the table, which an update otherwise allows.
 */
function ranksBlock(): PlanTable {
  const scores = `{colrange|${TABLE_NAMES.scorecard}|score}`;
  return table(
    {
      name: TABLE_NAMES.ranks,
      sheet: SHEET_NAMES.ranks,
      excelTable: false,
      headerRow: true,
      top: 0,
      left: 0,
      keyColumn: "rank",
      liveOnly: true,
    },
    [
      {
        id: "rank",
        header: "Rank of each Scorecard row, in table order (VendorScout: keep this sheet)",
        kind: "computed",
        numberFormat: "0",
        width: 14,
        formula: sameInBothModes(rankSpillFormula(scores, `{colrange|${TABLE_NAMES.scorecard}|passes}`)),
      },
    ],
    ["ranks"],
    (key) => key,
  );
}

/** Re-exported so callers can type cell values without reaching into the plan file. */
export type { CellValue };
