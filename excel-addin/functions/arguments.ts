/**
 * Turns the raw arguments Excel hands a custom function into the plain numbers, vectors and matrices that
 * shared/scoring and shared/cost take.
 *
 * Every parameter of the VENDOR* functions is declared `any` in the metadata, so Excel passes the cells as
 * they are and this module, not Excel, decides what is wrong with them: a range arrives as a 2-D array
 * (`[[a, b, c]]` for a row, `[[a], [b], [c]]` for a column), an empty cell as `null` or `""`, an omitted
 * optional argument as `null` or `undefined`.
 * See https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options
 *
 * Nothing here knows about Excel's error type: a bad argument throws a `RangeError` whose message names
 * the argument, the cell and what to do, and the wrapper turns it into `#VALUE!` with that message.
 */

/** Which way a vector runs on the sheet, so a spilled result can run the same way. */
export type Orientation = "row" | "column";

/** A row or column of cells, flattened, with the way it ran. */
export interface CellVector {
  cells: unknown[];
  orientation: Orientation;
}

/** True for what Excel passes for an empty cell or an omitted optional argument. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * Flattens a single row or column of cells.
 *
 * @param range - the 2-D array Excel passes for a range (a lone value counts as a 1x1 range)
 * @param what - the argument's name in a sentence, such as "the weights"
 * @returns the cells in sheet order; a single cell counts as a column
 * @throws {RangeError} when the range is empty or a block of more than one row and column
 *
 * @example
 * readVector([[1, 2, 3]], "the weights")
 * //=> { cells: [1, 2, 3], orientation: "row" }
 */
export function readVector(range: unknown, what: string): CellVector {
  const rows = readRows(range, what);
  const height = rows.length;
  const width = (rows[0] as unknown[]).length;
  if (height > 1 && width > 1) {
    throw new RangeError(
      `The range given for ${what} is a block of ${height} rows by ${width} columns; select a single row or column.`,
    );
  }
  if (height === 1 && width > 1) return { cells: [...(rows[0] as unknown[])], orientation: "row" };
  return { cells: rows.map((row) => row[0]), orientation: "column" };
}

/**
 * A vector of ratings: numbers, with empty cells kept as `null` (a rating nobody has given yet).
 *
 * @throws {RangeError} when a cell holds text or TRUE/FALSE, or the range is not a single row or column
 *
 * @example
 * readRatings([[4, "", 5]], "the ratings")
 * //=> [4, null, 5]
 */
export function readRatings(range: unknown, what: string): (number | null)[] {
  return readRatingVector(range, what).values;
}

/** {@link readRatings} plus the way the vector ran on the sheet. */
export function readRatingVector(
  range: unknown,
  what: string,
): { values: (number | null)[]; orientation: Orientation } {
  const { cells, orientation } = readVector(range, what);
  return { values: cells.map((cell, i) => (isBlank(cell) ? null : cellNumber(cell, i, what))), orientation };
}

/**
 * Applies `compute` to the present values only and puts each result back in its value's place, with an
 * empty text (an empty-looking cell) where the value was missing. For functions such as a rank, where a
 * vendor with no score yet should neither get a rank nor stop the others getting theirs.
 *
 * @example
 * mapPresent([90, null, 80], (xs) => xs.map((x) => x / 10))
 * //=> [9, "", 8]
 */
export function mapPresent<T>(values: (number | null)[], compute: (present: number[]) => T[]): (T | "")[] {
  const results = compute(values.filter((value): value is number => value !== null));
  let next = 0;
  return values.map((value) => (value === null ? "" : (results[next++] as T)));
}

/**
 * A vector in which every cell must hold a number.
 *
 * @throws {RangeError} when a cell is empty, holds text or TRUE/FALSE, or the range is not a single row or column
 *
 * @example
 * readNumbers([[0.5], [0.3], [0.2]], "the weights")
 * //=> [0.5, 0.3, 0.2]
 */
export function readNumbers(range: unknown, what: string): number[] {
  return readNumberVector(range, what).values;
}

/** {@link readNumbers} plus the way the vector ran on the sheet. */
export function readNumberVector(
  range: unknown,
  what: string,
): { values: number[]; orientation: Orientation } {
  const { cells, orientation } = readVector(range, what);
  const values = cells.map((cell, i) => {
    if (isBlank(cell)) {
      throw new RangeError(`Cell ${i + 1} of ${what} is empty; type a number in it.`);
    }
    return cellNumber(cell, i, what);
  });
  return { values, orientation };
}

/**
 * A vector whose empty cells are skipped, such as a column of prices where some vendors have none yet.
 *
 * @throws {RangeError} when a cell holds text or TRUE/FALSE, no cell holds a number, or the range is not a
 *   single row or column
 *
 * @example
 * readPresentNumbers([[400], [""], [1200]], "the range")
 * //=> [400, 1200]
 */
export function readPresentNumbers(range: unknown, what: string): number[] {
  const values: number[] = [];
  readVector(range, what).cells.forEach((cell, i) => {
    if (!isBlank(cell)) values.push(cellNumber(cell, i, what));
  });
  if (values.length === 0) {
    throw new RangeError(`Every cell of ${what} is empty; select the cells that hold the figures.`);
  }
  return values;
}

/**
 * The lowest and highest figure in a row or column, skipping empty cells: the range a raw figure is
 * placed in before it becomes a rating.
 *
 * @throws {RangeError} when a cell holds text or TRUE/FALSE, or every cell is empty
 *
 * @example
 * readBounds([[400], [""], [1200], [650]], "the range")
 * //=> { min: 400, max: 1200 }
 */
export function readBounds(range: unknown, what: string): { min: number; max: number } {
  const values = readPresentNumbers(range, what);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // A loop rather than Math.min(...values): spreading a long column can overflow the call stack.
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

/**
 * Two vectors that go in pairs (a rating and its review count per source). A pair with both cells
 * empty is a source the vendor is not listed on and is left out; a pair with only one empty cell is a
 * mistake.
 *
 * @throws {RangeError} when the vectors differ in length, a cell holds text or TRUE/FALSE, or only one
 *   cell of a pair is empty
 *
 * @example
 * readPairs([[4.2, "", 4.6]], [[120, "", 30]], "the ratings", "the review counts")
 * //=> [[4.2, 4.6], [120, 30]]
 */
export function readPairs(
  firstRange: unknown,
  secondRange: unknown,
  firstWhat: string,
  secondWhat: string,
): [number[], number[]] {
  const first = readRatings(firstRange, firstWhat);
  const second = readRatings(secondRange, secondWhat);
  if (first.length !== second.length) {
    throw new RangeError(
      `There are ${first.length} cells in ${firstWhat} but ${second.length} in ${secondWhat}; select ranges of the same size.`,
    );
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < first.length; i++) {
    const x = first[i] ?? null;
    const y = second[i] ?? null;
    if (x === null && y === null) continue;
    if (x === null || y === null) {
      const [empty, filled] = x === null ? [firstWhat, secondWhat] : [secondWhat, firstWhat];
      throw new RangeError(
        `Cell ${i + 1} of ${empty} is empty but cell ${i + 1} of ${filled} is not; fill in both or clear both.`,
      );
    }
    a.push(x);
    b.push(y);
  }
  return [a, b];
}

/**
 * A rectangular block of numbers, one row per vendor (or criterion, for a pairwise matrix).
 *
 * @throws {RangeError} when a cell is empty, holds text or TRUE/FALSE
 *
 * @example
 * readMatrix([[1, 2], [3, 4]], "the matrix")
 * //=> [[1, 2], [3, 4]]
 */
export function readMatrix(range: unknown, what: string): number[][] {
  return readRows(range, what).map((row, r) =>
    row.map((cell, c) => {
      const where = `Row ${r + 1}, column ${c + 1} of ${what}`;
      if (isBlank(cell)) throw new RangeError(`${where} is empty; type a number in it.`);
      if (typeof cell !== "number")
        throw new RangeError(`${where} holds ${describe(cell)}; type a number instead.`);
      return cell;
    }),
  );
}

/**
 * A single number that must be given.
 *
 * @throws {RangeError} when the value is empty, text, TRUE/FALSE or a range
 */
export function readNumber(value: unknown, what: string): number {
  const scalar = readScalar(value, what);
  if (isBlank(scalar)) throw new RangeError(`${capitalise(what)} is empty; type a number.`);
  if (typeof scalar !== "number") {
    throw new RangeError(`${capitalise(what)} is ${describe(scalar)}; type a number instead.`);
  }
  return scalar;
}

/**
 * An optional number: `undefined` when omitted or empty, so the shared function applies its own default.
 *
 * @throws {RangeError} when the value is text, TRUE/FALSE or a range
 */
export function readOptionalNumber(value: unknown, what: string): number | undefined {
  const scalar = readScalar(value, what);
  if (isBlank(scalar)) return undefined;
  return readNumber(scalar, what);
}

/**
 * An optional TRUE/FALSE. Numbers are refused on purpose: RANK.EQ reads 0 as "descending", and a
 * silent 0 = FALSE here would invert that.
 *
 * @throws {RangeError} when the value is a number, text or a range
 */
export function readOptionalBoolean(value: unknown, what: string): boolean | undefined {
  const scalar = readScalar(value, what);
  if (isBlank(scalar)) return undefined;
  if (typeof scalar !== "boolean") {
    throw new RangeError(`${capitalise(what)} is ${describe(scalar)}; type TRUE or FALSE instead.`);
  }
  return scalar;
}

/**
 * A text that must be given, such as a time zone name.
 *
 * @throws {RangeError} when the value is empty, a number, TRUE/FALSE or a range
 */
export function readText(value: unknown, what: string): string {
  const scalar = readScalar(value, what);
  if (isBlank(scalar)) throw new RangeError(`${capitalise(what)} is empty; type it in the cell.`);
  if (typeof scalar !== "string") {
    throw new RangeError(`${capitalise(what)} is ${describe(scalar)}; type it as text instead.`);
  }
  return scalar.trim();
}

/** An optional text: `undefined` when omitted or empty, so the shared function applies its default. */
export function readOptionalText(value: unknown, what: string): string | undefined {
  const scalar = readScalar(value, what);
  return isBlank(scalar) ? undefined : readText(scalar, what);
}

/**
 * One TRUE/FALSE per score, in the same shape as the scores; a cell may be empty only where its score is.
 * Omitted: `undefined`, no gates.
 *
 * @throws {RangeError} when the lengths differ, a cell is not TRUE/FALSE, or a scored vendor has no pass/fail
 *
 * @example
 * readPassFails([[true], [false]], [90, 80], "the passes")
 * //=> [true, false]
 */
export function readPassFails(
  range: unknown,
  scores: readonly (number | null)[],
  what: string,
): boolean[] | undefined {
  if (isBlank(range)) return undefined;
  const { cells } = readVector(range, what);
  if (cells.length !== scores.length) {
    throw new RangeError(
      `There are ${scores.length} scores but ${cells.length} cells in ${what}; select one TRUE or FALSE per score.`,
    );
  }
  return cells.map((cell, i) => {
    if (typeof cell === "boolean") return cell;
    if (isBlank(cell) && scores[i] === null) return false;
    const shown = isBlank(cell) ? "empty" : describe(cell);
    throw new RangeError(`Cell ${i + 1} of ${what} is ${shown}; it must be TRUE or FALSE.`);
  });
}

/**
 * Per criterion, whether more is better. Accepts, per cell: `1` or `"benefit"` or `TRUE` (more is
 * better), `-1` or `"cost"` or `FALSE` (less is better, e.g. price). Text is matched without regard to
 * case or surrounding spaces.
 *
 * @returns `true` for a benefit criterion, `false` for a cost criterion
 * @throws {RangeError} when a cell is empty or holds anything else
 *
 * @example
 * readDirections([["cost", "benefit", -1, TRUE]], "the directions")
 * //=> [false, true, false, true]
 */
export function readDirections(range: unknown, what: string): boolean[] {
  return readVector(range, what).cells.map((cell, i) => {
    if (cell === 1 || cell === true) return true;
    if (cell === -1 || cell === false) return false;
    if (typeof cell === "string") {
      const word = cell.trim().toLowerCase();
      if (word === "benefit") return true;
      if (word === "cost") return false;
    }
    const shown = isBlank(cell) ? "empty" : describe(cell);
    throw new RangeError(
      `Cell ${i + 1} of ${what} is ${shown}; type "benefit" (or 1, TRUE) when more is better, "cost" (or -1, FALSE) when less is better.`,
    );
  });
}

/** Lays a vector of results out the way its input ran, so it spills in the same direction. */
export function spill<T>(values: T[], orientation: Orientation): T[][] {
  return orientation === "row" ? [values] : values.map((value) => [value]);
}

function readRows(range: unknown, what: string): unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  // A 1-D array is not what Excel sends, but a caller building arguments by hand might: read it as a row.
  const rows: unknown[][] = range.every((row) => Array.isArray(row)) ? range : [range];
  const width = rows[0]?.length ?? 0;
  if (width === 0) throw new RangeError(`No cells were given for ${what}; select the cells that hold them.`);
  if (!rows.every((row) => row.length === width)) {
    throw new RangeError(
      `The range given for ${what} has rows of different lengths; select a rectangular range.`,
    );
  }
  return rows;
}

function readScalar(value: unknown, what: string): unknown {
  if (!Array.isArray(value)) return value;
  const cells = value.flat();
  if (cells.length === 1) return cells[0];
  throw new RangeError(`${capitalise(what)} is a range of ${cells.length} cells; give a single value.`);
}

function cellNumber(cell: unknown, index: number, what: string): number {
  if (typeof cell !== "number") {
    throw new RangeError(`Cell ${index + 1} of ${what} holds ${describe(cell)}; type a number instead.`);
  }
  return cell;
}

function describe(value: unknown): string {
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "a range";
  const dataType = describeDataType(value);
  if (dataType) return dataType;
  return `a value of type ${typeof value}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A cell holding an Excel data type (Stocks, Geography, or an add-in's entity) reaches a function as a
 * cell value object, `{ type: "LinkedEntity" | "Entity" | …, text, … }`, where data types are on.
 * Named, so the #VALUE! message says which cell value it was and how to get a number out of it.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-overview
 * https://learn.microsoft.com/javascript/api/excel/excel.linkedentitycellvalue
 */
function describeDataType(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !("type" in value)) return undefined;
  const type = String(value.type);
  const text = "text" in value && typeof value.text === "string" ? value.text : undefined;
  const name = text ? ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : "";
  if (/entity/i.test(type)) {
    const kind = /linked/i.test(type) ? "linked data type" : "data type";
    return `the ${kind}${name}, not a number (refer to one of its fields instead, such as =A2.Price)`;
  }
  return `a ${type} cell value${name}`;
}
