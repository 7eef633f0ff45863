import type { Evaluation } from "../schema/evaluation";
import type { Review } from "../schema/review";
import type { PricePlan, Vendor } from "../schema/vendor";
import { valueLabel } from "../words/value-labels";
import { certificationsText, locationText, pricingText, ratingsText } from "../words/vendor-text";
import { type Placements, resolveFormula, type TablePlacement } from "./resolve-formula";
import {
  rankFormula,
  rankSpillFormula,
  sameInBothModes,
  savingsFormula,
  scoreFormula,
  type TcoRefs,
  tcoFormula,
} from "./scorecard-formulas";
import {
  type CellKind,
  type CellValue,
  type FormulaPair,
  isHttpUrl,
  type PlanCell,
  type PlanColumn,
  type PlanRow,
  type PlanSheet,
  type PlanTable,
  type ScorecardMode,
  type ScorecardPlan,
} from "./scorecard-plan";

/** Excel table names (workbook-wide) and the names of the plain blocks. */
export const TABLE_NAMES = {
  vendors: "VS_Vendors",
  reviews: "VS_Reviews",
  criteria: "VS_Criteria",
  weights: "VS_Weights",
  scorecard: "VS_Scorecard",
  ranks: "VS_Ranks",
  baseline: "VS_InHouse",
  costs: "VS_Costs",
} as const;

export const SHEET_NAMES = {
  vendors: "Vendors",
  reviews: "Reviews",
  criteria: "Criteria",
  scorecard: "Scorecard",
  costs: "Costs",
  /** Live workbooks only, hidden: the one VENDORRANK spill the Scorecard's Rank column reads. */
  ranks: "VendorScout ranks",
} as const;

/** The value "In evaluation" holds for rows the current evaluation has; a re-pull writes "No" otherwise. */
export const IN_EVALUATION = "Yes";
export const NOT_IN_EVALUATION = "No";

const SCORECARD_TOP = 2; // row 1: the weights row, row 2: empty, row 3: the table header
const COSTS_TOP = 3; // rows 1-2: the in-house baseline, row 3: empty, row 4: the table header

export interface PlanScorecardInput {
  evaluation: Evaluation;
  vendors: Vendor[];
  reviews: Review[];
  mode: ScorecardMode;
}

/**
 * Lays out the scorecard workbook for one evaluation: Vendors, Reviews, Criteria, Scorecard and
 * Costs sheets, one row per vendor (keyed by vendor id) on every per-vendor sheet.
 *
 * Only vendors the evaluation names are planned, in the evaluation's order; vendor ids it names but
 * `vendors` lacks are skipped, as are reviews of vendors outside the evaluation. Every string goes
 * into a value cell marked `text: true`, never into a formula. Links are kept only for http(s).
 *
 * @example
 * const plan = planScorecard({ evaluation, vendors, reviews, mode: "advisor-safe" });
 * plan.sheets.map((sheet) => sheet.name)
 * //=> ["Vendors", "Reviews", "Criteria", "Scorecard", "Costs"]
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

  const tables = {
    vendors: vendorsTable(vendors),
    reviews: reviewsTable(reviews),
    criteria: criteriaTable(evaluation),
    weights: weightsBlock(evaluation),
    scorecard: scorecardTable(evaluation, vendors),
    baseline: baselineBlock(evaluation),
    costs: costsTable(evaluation, vendors),
  };
  // Live mode ranks the Score column with one VENDORRANK spilled on a hidden sheet (see rankFormula);
  // the advisor-safe copy ranks each row natively and needs no such sheet.
  const ranks = ranksBlock();
  const sheets: PlanSheet[] = [
    { name: SHEET_NAMES.vendors, freezeRows: 1, tables: [tables.vendors], charts: [] },
    { name: SHEET_NAMES.reviews, freezeRows: 1, tables: [tables.reviews], charts: [] },
    { name: SHEET_NAMES.criteria, freezeRows: 1, tables: [tables.criteria], charts: [] },
    {
      name: SHEET_NAMES.scorecard,
      freezeRows: SCORECARD_TOP + 1,
      tables: [tables.weights, tables.scorecard],
      charts: [
        {
          sheet: SHEET_NAMES.scorecard,
          table: TABLE_NAMES.scorecard,
          title: `Weighted score: ${evaluation.name}`,
          type: "bar",
          categoryColumn: "name",
          valueColumn: "score",
          anchorColumn: tables.scorecard.columns.length + 1,
          anchorRow: SCORECARD_TOP,
        },
      ],
    },
    {
      name: SHEET_NAMES.costs,
      freezeRows: COSTS_TOP + 1,
      tables: [tables.baseline, tables.costs],
      charts: [],
    },
  ];
  if (mode === "live") {
    sheets.push({ name: SHEET_NAMES.ranks, hidden: true, freezeRows: 0, tables: [ranks], charts: [] });
  }
  const plan: ScorecardPlan = { mode, evaluationId: evaluation.id, evaluationName: evaluation.name, sheets };
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
      });
    }
  }
  return placements;
}

/**
 * Fills each formula cell with its template resolved for the planned layout; `unwritten` are blocks
 * formulas may name that this plan does not write.
 */
function resolvePlanFormulas(plan: ScorecardPlan, unwritten: PlanTable[]): void {
  const placements = new Map(planPlacements(plan));
  for (const [name, placement] of planPlacements({
    ...plan,
    sheets: [{ name: "", freezeRows: 0, tables: unwritten, charts: [] }],
  }))
    placements.set(name, placement);
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const first = placements.get(table.name)?.firstBodyRow ?? 0;
      table.columns.forEach((column, c) => {
        const template = column.formula;
        if (!template) return;
        table.rows.forEach((row, r) => {
          const here = { table: table.name, row: first + r };
          row.cells[c] = {
            formula: {
              live: resolveFormula(template.live, here, placements),
              native: resolveFormula(template.native, here, placements),
            },
          };
        });
      });
    }
  }
}

// ---------------------------------------------------------------- tables

interface ColumnSpec<T> {
  id: string;
  header: string;
  kind: CellKind;
  numberFormat?: string;
  width?: number;
  formula?: FormulaPair;
  /** The cell for one record; computed columns leave it to the template. */
  cell?: (record: T) => PlanCell;
}

function table<T>(
  meta: Omit<PlanTable, "columns" | "rows" | "dataBars" | "removedRows"> &
    Partial<Pick<PlanTable, "dataBars" | "removedRows">>,
  specs: ColumnSpec<T>[],
  records: T[],
  keyOf: (record: T) => string,
): PlanTable {
  const headers = uniqueHeaders(specs.map((spec) => spec.header));
  const columns: PlanColumn[] = specs.map((spec, index) => ({
    id: spec.id,
    header: headers[index] ?? spec.header,
    kind: spec.kind,
    numberFormat: spec.numberFormat ?? (spec.kind === "computed" ? "0.00" : "General"),
    ...(spec.width === undefined ? {} : { width: spec.width }),
    ...(spec.formula ? { formula: spec.formula } : {}),
  }));
  const rows: PlanRow[] = records.map((record) => ({
    key: keyOf(record),
    cells: specs.map((spec) => (spec.cell ? spec.cell(record) : { value: null })),
  }));
  return { dataBars: [], removedRows: "keep", ...meta, columns, rows };
}

/** Excel refuses two headers equal but for case; the second gets " (2)". */
function uniqueHeaders(headers: string[]): string[] {
  const used = new Set<string>();
  return headers.map((header) => {
    let candidate = header;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${header} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** A string (from a page or the owner) as a text cell; an empty one as an empty cell. */
function text(value: string | undefined | null): PlanCell {
  if (value === undefined || value === null || value === "") return { value: null };
  return { value: value, text: true };
}

function num(value: number | undefined | null): PlanCell {
  return value === undefined || value === null || !Number.isFinite(value) ? { value: null } : { value };
}

function link(url: string | undefined): PlanCell {
  if (!url) return { value: null };
  return isHttpUrl(url) ? { value: url, text: true, hyperlink: url } : { value: url, text: true };
}

const keyCell = (id: string): PlanCell => ({ value: id, text: true });
const inEvaluation: PlanCell = { value: IN_EVALUATION, text: true };

/** Marks a row the last pull wrote; an update flags vendors that left the evaluation here instead of deleting them. */
const inEvaluationColumn: ColumnSpec<Vendor> = {
  id: "in-evaluation",
  header: "In evaluation",
  kind: "captured",
  numberFormat: "@",
  cell: () => inEvaluation,
};

/** The owner's own notes on a sheet: written empty once, never overwritten by an update. */
const ownerNotesColumn: ColumnSpec<Vendor> = {
  id: "notes",
  header: "Notes",
  kind: "owner",
  numberFormat: "@",
  width: 40,
  cell: () => ({ value: null }),
};

function vendorsTable(vendors: Vendor[]): PlanTable {
  const specs: ColumnSpec<Vendor>[] = [
    { id: "id", header: "Vendor ID", kind: "key", numberFormat: "@", width: 22, cell: (v) => keyCell(v.id) },
    {
      id: "name",
      header: "Vendor",
      kind: "captured",
      numberFormat: "@",
      width: 28,
      cell: (v) => text(v.name),
    },
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
      cell: (v) => num(averageRating(v)),
    },
    {
      id: "review-count",
      header: "Review count",
      kind: "captured",
      numberFormat: "#,##0",
      cell: (v) => num(reviewCount(v)),
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

function reviewsTable(reviews: Review[]): PlanTable {
  const specs: ColumnSpec<Review>[] = [
    { id: "id", header: "Review ID", kind: "key", numberFormat: "@", width: 16, cell: (r) => keyCell(r.id) },
    {
      id: "vendor-id",
      header: "Vendor ID",
      kind: "captured",
      numberFormat: "@",
      width: 22,
      cell: (r) => text(r.vendorId),
    },
    {
      id: "source",
      header: "Source",
      kind: "captured",
      numberFormat: "@",
      cell: (r) => text(valueLabel(r.source)),
    },
    { id: "rating", header: "Rating", kind: "captured", numberFormat: "0.0", cell: (r) => num(r.rating) },
    { id: "scale", header: "Scale", kind: "captured", numberFormat: "0", cell: (r) => num(r.scale) },
    {
      id: "date",
      header: "Date",
      kind: "captured",
      numberFormat: "@",
      cell: (r) => text(r.date?.slice(0, 10)),
    },
    { id: "author", header: "Author", kind: "captured", numberFormat: "@", cell: (r) => text(r.author) },
    {
      id: "title",
      header: "Title",
      kind: "captured",
      numberFormat: "@",
      width: 30,
      cell: (r) => text(r.title),
    },
    {
      id: "body",
      header: "Review",
      kind: "captured",
      numberFormat: "@",
      width: 60,
      cell: (r) => text(r.body),
    },
    { id: "url", header: "URL", kind: "captured", numberFormat: "@", width: 30, cell: (r) => link(r.url) },
  ];
  return table(
    {
      name: TABLE_NAMES.reviews,
      sheet: SHEET_NAMES.reviews,
      excelTable: true,
      headerRow: true,
      top: 0,
      left: 0,
      keyColumn: "id",
      // A review id hashes its text, so a changed review is a new row; nothing to refresh or flag.
      removedRows: "keep",
    },
    specs,
    reviews,
    (r) => r.id,
  );
}

type Criterion = Evaluation["criteria"][number];

function criteriaTable(evaluation: Evaluation): PlanTable {
  const specs: ColumnSpec<Criterion>[] = [
    {
      id: "id",
      header: "Criterion ID",
      kind: "key",
      numberFormat: "@",
      width: 16,
      cell: (c) => keyCell(c.id),
    },
    {
      id: "name",
      header: "Criterion",
      kind: "captured",
      numberFormat: "@",
      width: 34,
      cell: (c) => text(c.name),
    },
    { id: "weight", header: "Weight", kind: "owner", numberFormat: "0.00", cell: (c) => num(c.weight) },
    {
      id: "weight-pct",
      header: "Weight %",
      kind: "computed",
      numberFormat: "0.0%",
      formula: sameInBothModes(`=IFERROR({c|weight}{r}/SUM({colrange|${TABLE_NAMES.criteria}|weight}),"")`),
    },
    {
      id: "direction",
      header: "Direction",
      kind: "captured",
      numberFormat: "@",
      cell: (c) => text(c.direction),
    },
    {
      id: "description",
      header: "Description",
      kind: "captured",
      numberFormat: "@",
      width: 50,
      cell: (c) => text(c.description),
    },
  ];
  return table(
    {
      name: TABLE_NAMES.criteria,
      sheet: SHEET_NAMES.criteria,
      excelTable: true,
      headerRow: true,
      top: 0,
      left: 0,
      keyColumn: "id",
    },
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
    { id: "label", header: "Label", kind: "key", numberFormat: "@", cell: (key) => keyCell(key) },
    {
      id: "note",
      header: "Note",
      kind: "captured",
      numberFormat: "@",
      cell: () => text("Weights, from the Criteria sheet"),
    },
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
  const first = evaluation.criteria[0]?.id ?? "";
  const last = evaluation.criteria[evaluation.criteria.length - 1]?.id ?? "";
  const weights = `{rowrange|${TABLE_NAMES.weights}|weight-${first}|weight-${last}|Weights}`;
  const specs: ColumnSpec<Vendor>[] = [
    { id: "id", header: "Vendor ID", kind: "key", numberFormat: "@", width: 22, cell: (v) => keyCell(v.id) },
    {
      id: "name",
      header: "Vendor",
      kind: "captured",
      numberFormat: "@",
      width: 28,
      cell: (v) => text(v.name),
    },
    ...evaluation.criteria.map(
      (criterion): ColumnSpec<Vendor> => ({
        id: `rating-${criterion.id}`,
        header: criterion.name,
        kind: "owner",
        numberFormat: "0.0",
        width: 14,
        cell: (v) => num(v.criterionRatings[criterion.id]),
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
      id: "rank",
      header: "Rank",
      kind: "computed",
      numberFormat: "0",
      width: 8,
      formula: rankFormula(
        "score",
        `{colrange|${TABLE_NAMES.scorecard}|score}`,
        `{spillrange|${TABLE_NAMES.ranks}|rank|${TABLE_NAMES.scorecard}}`,
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
      removedRows: "flag",
      inEvaluationColumn: "in-evaluation",
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
        formula: { live: rankSpillFormula(scores), native: rankSpillFormula(scores) },
      },
    ],
    ["ranks"],
    (key) => key,
  );
}

/**
 * The Costs sheet's term columns, which its vendor table and its In-house baseline both have: the
 * contract length, and percentages the owner types (0 until then). The ids stay as each table had
 * them, because the ledger of a built workbook names its columns by id.
 */
function monthsColumn<T>(evaluation: Evaluation): ColumnSpec<T> {
  return {
    id: "months",
    header: "Months",
    kind: "captured",
    numberFormat: "0",
    cell: () => num(evaluation.termMonths),
  };
}

function ownerPercentColumn<T>(id: string, header: string): ColumnSpec<T> {
  return { id, header, kind: "owner", numberFormat: "0.0", cell: () => num(0) };
}

function baselineBlock(evaluation: Evaluation): PlanTable {
  const own = (column: string) => `{c|${column}}{r}`;
  const refs: TcoRefs = {
    monthlyFee: own("monthly"),
    months: own("months"),
    setupFee: "0",
    transitionCost: "0",
    overheadPct: "0",
    annualIncreasePct: own("increase"),
    discountRatePct: own("discount"),
  };
  const specs: ColumnSpec<string>[] = [
    {
      id: "label",
      header: "Baseline",
      kind: "key",
      numberFormat: "@",
      width: 22,
      cell: (key) => keyCell(key),
    },
    {
      id: "monthly",
      header: "In-house monthly cost",
      kind: "owner",
      numberFormat: "#,##0.00",
      cell: () => num(evaluation.inHouseMonthlyCost),
    },
    monthsColumn(evaluation),
    ownerPercentColumn("increase", "Annual increase %"),
    ownerPercentColumn("discount", "Discount rate %"),
    {
      id: "tco",
      header: "In-house TCO",
      kind: "computed",
      numberFormat: "#,##0.00",
      formula: tcoFormula(refs),
    },
  ];
  return table(
    {
      name: TABLE_NAMES.baseline,
      sheet: SHEET_NAMES.costs,
      excelTable: false,
      headerRow: true,
      top: 0,
      left: 0,
      keyColumn: "label",
    },
    specs,
    ["In-house"],
    (key) => key,
  );
}

function costsTable(evaluation: Evaluation, vendors: Vendor[]): PlanTable {
  const own = (column: string) => `{c|${column}}{r}`;
  const refs: TcoRefs = {
    monthlyFee: own("monthly-fee"),
    months: own("months"),
    setupFee: own("setup-fee"),
    transitionCost: own("transition-cost"),
    overheadPct: own("overhead-pct"),
    annualIncreasePct: own("increase-pct"),
    discountRatePct: own("discount-pct"),
  };
  const specs: ColumnSpec<Vendor>[] = [
    { id: "id", header: "Vendor ID", kind: "key", numberFormat: "@", width: 22, cell: (v) => keyCell(v.id) },
    {
      id: "name",
      header: "Vendor",
      kind: "captured",
      numberFormat: "@",
      width: 28,
      cell: (v) => text(v.name),
    },
    {
      id: "plan",
      header: "Plan",
      kind: "captured",
      numberFormat: "@",
      width: 24,
      cell: (v) => text(monthlyPlan(v)?.label),
    },
    {
      id: "currency",
      header: "Currency",
      kind: "captured",
      numberFormat: "@",
      cell: (v) => text(monthlyPlan(v)?.currency ?? v.pricing.currency),
    },
    {
      id: "monthly-fee",
      header: "Monthly fee",
      kind: "captured",
      numberFormat: "#,##0.00",
      cell: (v) => num(monthlyPlan(v)?.monthly),
    },
    monthsColumn(evaluation),
    {
      id: "setup-fee",
      header: "Setup fee",
      kind: "captured",
      numberFormat: "#,##0.00",
      cell: (v) => num(v.pricing.setupFee ?? 0),
    },
    {
      id: "transition-cost",
      header: "Transition cost",
      kind: "owner",
      numberFormat: "#,##0.00",
      cell: () => num(0),
    },
    ownerPercentColumn("overhead-pct", "Overhead %"),
    ownerPercentColumn("increase-pct", "Annual increase %"),
    ownerPercentColumn("discount-pct", "Discount rate %"),
    {
      id: "tco",
      header: "TCO",
      kind: "computed",
      numberFormat: "#,##0.00",
      width: 14,
      formula: tcoFormula(refs),
    },
    {
      id: "in-house-tco",
      header: "In-house TCO",
      kind: "computed",
      numberFormat: "#,##0.00",
      width: 14,
      formula: sameInBothModes(
        `=IF({ref|${TABLE_NAMES.baseline}|tco|In-house}="","",{ref|${TABLE_NAMES.baseline}|tco|In-house})`,
      ),
    },
    {
      id: "savings",
      header: "Savings",
      kind: "computed",
      numberFormat: "0.0%",
      formula: savingsFormula(own("tco"), own("in-house-tco")),
    },
    inEvaluationColumn,
    ownerNotesColumn,
  ];
  return table(
    {
      name: TABLE_NAMES.costs,
      sheet: SHEET_NAMES.costs,
      excelTable: true,
      headerRow: true,
      top: COSTS_TOP,
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

// ---------------------------------------------------------------- summaries

/** Mean of the per-source ratings on a 5-point scale, weighted by review count when every source has one. */
function averageRating(vendor: Vendor): number | undefined {
  if (vendor.ratings.length === 0) return undefined;
  const counted = vendor.ratings.every((rating) => (rating.count ?? 0) > 0);
  let sum = 0;
  let weight = 0;
  for (const rating of vendor.ratings) {
    const w = counted ? (rating.count ?? 0) : 1;
    sum += (rating.value / rating.scale) * 5 * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : undefined;
}

function reviewCount(vendor: Vendor): number | undefined {
  const counts = vendor.ratings.map((rating) => rating.count).filter((c): c is number => c !== undefined);
  return counts.length > 0 ? counts.reduce((a, b) => a + b, 0) : undefined;
}

const MONTHS_PER_PERIOD: Partial<Record<PricePlan["period"], number>> = {
  week: 12 / 52,
  month: 1,
  quarter: 3,
  year: 12,
};

/**
 * The plan the Costs sheet prices: the cheapest one with a recurring price, in the first such
 * plan's currency (fees in different currencies do not compare). Hourly, daily and one-time prices
 * have no monthly equivalent, so the owner types the fee in.
 */
export function monthlyPlan(
  vendor: Vendor,
): { label: string; currency: string; monthly: number } | undefined {
  const recurring = vendor.pricing.plans.filter((p) => MONTHS_PER_PERIOD[p.period] !== undefined);
  const currency = recurring[0]?.currency;
  let best: { label: string; currency: string; monthly: number } | undefined;
  for (const p of recurring) {
    if (p.currency !== currency) continue;
    const monthly = p.price / (MONTHS_PER_PERIOD[p.period] ?? 1);
    if (!best || monthly < best.monthly) {
      best = { label: `${p.name}${p.perSeat ? " (per seat)" : ""}`, currency: p.currency, monthly };
    }
  }
  return best;
}

/** Re-exported so callers can type cell values without reaching into the plan file. */
export type { CellValue };
