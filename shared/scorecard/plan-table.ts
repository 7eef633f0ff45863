/**
 * The building blocks every sheet module of the scorecard plan uses: the workbook's table and sheet
 * names, a column-spec helper that turns records into a planned table, and the column and sheet
 * shapes the sheets share (key, captured, vendor id and name, one-table sheet).
 */
import type { Vendor } from "../schema/vendor";
import {
  type CellKind,
  type FormulaPair,
  isHttpUrl,
  type PlanCell,
  type PlanColumn,
  type PlanRow,
  type PlanSheet,
  type PlanTable,
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
  settings: "VS_Settings",
  plans: "VS_Plans",
  fx: "VS_FX",
  gates: "VS_Gates",
} as const;

export const SHEET_NAMES = {
  vendors: "Vendors",
  reviews: "Reviews",
  criteria: "Criteria",
  scorecard: "Scorecard",
  costs: "Costs",
  plans: "Plans",
  fx: "FX",
  gates: "Gates",
  /** Live workbooks only, hidden: the one VENDORRANK spill the Scorecard's Rank column reads. */
  ranks: "VendorScout ranks",
} as const;

/** The value "In evaluation" holds for rows the current evaluation has; a re-pull writes "No" otherwise. */
export const IN_EVALUATION = "Yes";
export const NOT_IN_EVALUATION = "No";

export interface ColumnSpec<T> {
  id: string;
  header: string;
  kind: CellKind;
  numberFormat?: string;
  width?: number;
  formula?: FormulaPair;
  /** The cell for one record; computed columns leave it to the template. */
  cell?: (record: T) => PlanCell;
}

export function table<T>(
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
export function uniqueHeaders(headers: string[]): string[] {
  const used = new Set<string>();
  return headers.map((header) => {
    let candidate = header;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${header} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** A string (from a page or the owner) as a text cell; an empty one as an empty cell. */
export function text(value: string | undefined | null): PlanCell {
  if (value === undefined || value === null || value === "") return { value: null };
  return { value: value, text: true };
}

export function num(value: number | undefined | null): PlanCell {
  return value === undefined || value === null || !Number.isFinite(value) ? { value: null } : { value };
}

export function link(url: string | undefined): PlanCell {
  if (!url) return { value: null };
  return isHttpUrl(url) ? { value: url, text: true, hyperlink: url } : { value: url, text: true };
}

export const keyCell = (id: string): PlanCell => ({ value: id, text: true });
export const inEvaluation: PlanCell = { value: IN_EVALUATION, text: true };

/** Marks a row the last pull wrote; an update flags vendors that left the evaluation here instead of deleting them. */
export const inEvaluationColumn: ColumnSpec<Vendor> = {
  id: "in-evaluation",
  header: "In evaluation",
  kind: "captured",
  numberFormat: "@",
  cell: () => inEvaluation,
};

/** The owner's own notes on a sheet: written empty once, never overwritten by an update. */
export const ownerNotesColumn: ColumnSpec<Vendor> = {
  id: "notes",
  header: "Notes",
  kind: "owner",
  numberFormat: "@",
  width: 40,
  cell: () => ({ value: null }),
};

/** A captured column: the library's value, refreshed on a re-pull unless the owner typed over it. */
export function capturedColumn<T>(
  id: string,
  header: string,
  numberFormat: string,
  cell: (record: T) => PlanCell,
  width?: number,
): ColumnSpec<T> {
  return { id, header, kind: "captured", numberFormat, ...(width === undefined ? {} : { width }), cell };
}

/** The column of row keys, as text: an update matches rows by it and never rewrites it. */
export function keyColumn<T>(
  id: string,
  header: string,
  keyOf: (record: T) => string,
  width?: number,
): ColumnSpec<T> {
  return {
    id,
    header,
    kind: "key",
    numberFormat: "@",
    ...(width === undefined ? {} : { width }),
    cell: (record) => keyCell(keyOf(record)),
  };
}

/** The key column of a block of labelled rows (the Costs sheet's settings and in-house rows). */
export function rowLabelColumn(header: string): ColumnSpec<string> {
  return keyColumn("label", header, (key) => key, 22);
}

/**
 * The vendor id every per-vendor table (Vendors, Scorecard, Costs) is keyed by; the gates' formulas
 * find a Scorecard row's vendor on the other sheets through it.
 */
export const vendorIdColumn = keyColumn<Vendor>("id", "Vendor ID", (v) => v.id, 22);

/** The vendor's name beside its id, for the owner to read (and the Scorecard chart's categories). */
export const vendorNameColumn = capturedColumn<Vendor>("name", "Vendor", "@", (v) => text(v.name), 28);

/** How a re-pull treats rows the plan no longer has (see PlanTable.removedRows); left out, they are kept. */
export type RemovedRows = Partial<Pick<PlanTable, "removedRows" | "inEvaluationColumn">>;

/** A per-vendor table's rows for vendors that left the evaluation: kept, with "No" in its In evaluation column. */
export const flagRemovedVendors = { removedRows: "flag", inEvaluationColumn: inEvaluationColumn.id } as const;

/**
 * A sheet that holds one Excel table from A1, its header frozen (the Vendors, Reviews, Criteria,
 * Plans, FX and Gates sheets).
 */
export function singleTableSheet<T>(
  sheet: string,
  name: string,
  keyColumnId: string,
  specs: ColumnSpec<T>[],
  records: T[],
  keyOf: (record: T) => string,
  removed: RemovedRows = {},
): PlanSheet {
  const meta = {
    name,
    sheet,
    excelTable: true,
    headerRow: true,
    top: 0,
    left: 0,
    keyColumn: keyColumnId,
    ...removed,
  };
  return { name: sheet, freezeRows: 1, tables: [table(meta, specs, records, keyOf)], charts: [] };
}
