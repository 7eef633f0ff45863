/**
 * The shape of a scorecard workbook, decided once and written by any engine: the Office.js writer
 * (live custom functions) and the .xlsx export (native formulas) read the same plan, so the two
 * workbooks cannot drift apart.
 *
 * Formulas are stored twice: as a per-column template that names columns and rows by id and key
 * (so a writer can place rows where an existing workbook has them, see `resolveFormula`) and, per
 * cell, resolved to A1 references for the plan's own layout.
 */

/** `live` uses the add-in's custom functions; `advisor-safe` uses native Excel functions only. */
export type ScorecardMode = "live" | "advisor-safe";

/**
 * Who owns a cell's content on a re-pull:
 * - `key`: the vendor (or review, criterion) id the row is matched by; never rewritten;
 * - `captured`: comes from the library; refreshed unless the owner changed it since the last pull;
 * - `owner`: the owner's own input (ratings, weights, notes); prefilled once, never overwritten;
 * - `computed`: a formula; rewritten unless the owner replaced it.
 */
export type CellKind = "captured" | "owner" | "computed" | "key";

export type CellValue = string | number | boolean | null;

/** One formula in both modes. Both must reference the same cells so they compute the same numbers. */
export interface FormulaPair {
  live: string;
  native: string;
}

export interface PlanCell {
  /** A constant; `null` leaves the cell empty. Absent when the cell holds a formula. */
  value?: CellValue;
  /** The formula for the plan's layout, in A1 notation, starting with "=". */
  formula?: FormulaPair;
  /**
   * Text that came from a web page (or any free text): a writer must store it as text, never let it
   * become a formula, whatever it starts with (= + - @ tab CR).
   */
  text?: true;
  /** An http(s) address to link the cell to. */
  hyperlink?: string;
  /**
   * A drop-down list of allowed values (Excel data validation): `list` is an absolute A1 range such
   * as "=Plans!$D$2:$D$4", resolved for the plan's layout like a formula.
   */
  validation?: { list: string };
  /** A note a writer attaches to the cell (an Excel note / comment): why a value is what it is. */
  note?: string;
}

export interface PlanColumn {
  /** Stable id within the table, used by formula templates and the update ledger (no "|", "{", "}"). */
  id: string;
  /** Header text, unique in its table ignoring case, as Excel requires. */
  header: string;
  kind: CellKind;
  /** Excel number format code; "@" is text. */
  numberFormat: string;
  /** Column width in characters. */
  width?: number;
  /** Template for computed columns; see `resolveFormula` for the placeholders. */
  formula?: FormulaPair;
}

export interface PlanRow {
  /** The value of the table's key column: the row's identity across pulls. */
  key: string;
  /** One cell per column, in column order. */
  cells: PlanCell[];
}

export interface PlanTable {
  /** Excel table name (or, for a plain block, the name formula templates use). */
  name: string;
  sheet: string;
  /** `true`: an Excel table (ListObject); `false`: a plain block of cells at a fixed place. */
  excelTable: boolean;
  /** Whether the first row of the block is a header row. Excel tables always have one. */
  headerRow: boolean;
  /** Zero-based sheet row of the header (or of the first row when there is no header). */
  top: number;
  /** Zero-based sheet column of the first column. */
  left: number;
  /** Id of the column whose values are the row keys. */
  keyColumn: string;
  columns: PlanColumn[];
  rows: PlanRow[];
  /** Column ids that get data bars. */
  dataBars: string[];
  /**
   * How a re-pull treats rows of this table that the plan no longer has: `flag` writes "No" into the
   * column `inEvaluationColumn`; `keep` leaves them alone (reviews, whose ids are content hashes).
   */
  removedRows: "flag" | "keep";
  inEvaluationColumn?: string;
  /**
   * `true`: a block only the live workbook has, because its formula is a custom function with no
   * native form (the VENDORRANK spill); a file of native formulas leaves the whole block out.
   */
  liveOnly?: true;
}

export interface PlanChart {
  /** Where the chart goes; its data are a column of a table on the same sheet. */
  sheet: string;
  table: string;
  title: string;
  type: "bar";
  categoryColumn: string;
  valueColumn: string;
  /** Zero-based sheet column the chart's left edge sits in, right of the data. */
  anchorColumn: number;
  anchorRow: number;
}

export interface PlanSheet {
  name: string;
  /** A helper sheet the owner need not see (the live ranks): built hidden; one unhidden stays so. */
  hidden?: true;
  /** Rows frozen at the top: the header stays visible while scrolling. */
  freezeRows: number;
  tables: PlanTable[];
  charts: PlanChart[];
}

export interface ScorecardPlan {
  mode: ScorecardMode;
  evaluationId: string;
  evaluationName: string;
  sheets: PlanSheet[];
  /**
   * The custom functions namespace of the manifest the live workbook is written under (VSDEV for the
   * development copy), which resolvePlan puts before each custom function call; absent: the
   * production manifest's literal names. Native formulas never name a custom function.
   */
  functionNamespace?: string;
}

/**
 * The formula a writer should put in a cell for the plan's mode.
 *
 * @example
 * formulaFor({ formula: { live: "=VENDORSAVINGS(A1,B1)", native: "=(B1-A1)/B1" } }, "advisor-safe")
 * //=> "=(B1-A1)/B1"
 */
export function formulaFor(cell: Pick<PlanCell, "formula">, mode: ScorecardMode): string | undefined {
  if (!cell.formula) return undefined;
  return mode === "live" ? cell.formula.live : cell.formula.native;
}

/**
 * The column letters of a zero-based column index.
 *
 * @example
 * columnLetter(0) //=> "A"
 * columnLetter(27) //=> "AB"
 */
export function columnLetter(index: number): string {
  if (!(Number.isInteger(index) && index >= 0)) {
    throw new RangeError(`Column index ${index} is not a whole number of zero or more.`);
  }
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A sheet name as a formula prefix, quoted when Excel needs quotes.
 *
 * @example
 * sheetPrefix("Costs") //=> "Costs!"
 * sheetPrefix("My costs") //=> "'My costs'!"
 */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? `${sheet}!`
    : `'${sheet.replaceAll("'", "''")}'!`;
}

/** Only http(s) links become hyperlinks: a page must not plant a javascript: or file: link. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value) && URL.canParse(value);
}
