/**
 * Turns a formula template into A1 notation for where its row actually sits, so formulas stay right after the
 * owner sorts rows or a table grows.
 */
import { columnLetter, sheetPrefix } from "./scorecard-plan";

/** Where one table's rows and columns sit on its sheet (all indexes zero-based). */
export interface TablePlacement {
  sheet: string;
  /** Sheet row of the first body row (the row under the header). */
  firstBodyRow: number;
  bodyRowCount: number;
  /** Column id -> sheet column. */
  columnIndex: ReadonlyMap<string, number>;
  /** Row key -> sheet row. */
  rowOfKey: ReadonlyMap<string, number>;
  /**
   * For an Excel table: its name and column headers by column id, so a whole column is named by a
   * structured reference (`VS_Scorecard[Score]`) that grows with the table when the owner adds a row.
   */
  structured?: { name: string; headers: ReadonlyMap<string, string> };
}

/** Table name -> placement. */
export type Placements = ReadonlyMap<string, TablePlacement>;

/**
 * Turns a formula template into A1 notation for the place a row actually sits.
 *
 * Templates name columns and rows by id and key rather than by letter and number, because an
 * update writes into a workbook whose rows the owner may have sorted and whose tables have grown:
 * - `{r}`: this row's number; `{first}` / `{last}`: the first and last body row of this table;
 * - `{c|COL}`: the letter of column COL of this table;
 * - `{ref|TABLE|COL|KEY}`: absolute reference to one cell, e.g. `Criteria!$C$2`;
 * - `{rowrange|TABLE|COL1|COL2|KEY}`: absolute reference along one row, e.g. `Scorecard!$C$1:$K$1`;
 * - `{colrange|TABLE|COL}`: a column's whole body: for an Excel table the structured reference
 *   `VS_Scorecard[Score]`, which takes in rows the owner adds below the table; for a plain block the
 *   absolute range, e.g. `Scorecard!$L$4:$L$13`;
 * - `{spillrange|BLOCK|COL|TABLE}`: the spill of the formula in the first body cell of BLOCK's column
 *   COL, which spills one value per row of TABLE: the spill reference `'VendorScout ranks'!$A$2#`, as
 *   long as the spill is (issue 18: an absolute range left hand-added rows out).
 * - `{keyrange|TABLE|COL|KEY1|KEY2}`: absolute reference down one column from row KEY1 to row KEY2,
 *   e.g. one vendor's plans on the Plans sheet, `Plans!$D$2:$D$4`;
 *
 * @throws {Error} when a placeholder names a table, column or key the placements do not have
 *
 * @example
 * resolveFormula("={c|a}{r}*2", { table: "T", row: 4 }, placements) // column a is B
 * //=> "=B5*2"
 */
export function resolveFormula(
  template: string,
  here: { table: string; row: number },
  placements: Placements,
) {
  const own = placementOf(placements, here.table);
  return template.replace(/\{([^{}]+)\}/g, (_match, body: string) => {
    const [name, ...args] = body.split("|");
    switch (name) {
      case "r":
        return String(here.row + 1);
      case "first":
        return String(own.firstBodyRow + 1);
      case "last":
        return String(lastRow(own) + 1);
      case "c":
        return columnLetter(columnOf(own, here.table, args[0]));
      case "ref": {
        const [table, column, key] = args;
        const at = placementOf(placements, table);
        return `${sheetPrefix(at.sheet)}${absolute(columnOf(at, table, column), rowOf(at, table, key))}`;
      }
      case "rowrange": {
        const [table, from, to, key] = args;
        const at = placementOf(placements, table);
        const row = rowOf(at, table, key);
        return `${sheetPrefix(at.sheet)}${absolute(columnOf(at, table, from), row)}:${absolute(columnOf(at, table, to), row)}`;
      }
      case "colrange": {
        const [table, column] = args;
        const at = placementOf(placements, table);
        const col = columnOf(at, table, column);
        const header = at.structured?.headers.get(column ?? "");
        if (at.structured && header !== undefined) return structuredColumn(at.structured.name, header);
        return `${sheetPrefix(at.sheet)}${absolute(col, at.firstBodyRow)}:${absolute(col, lastRow(at))}`;
      }
      case "keyrange": {
        const [table, column, from, to] = args;
        const at = placementOf(placements, table);
        const col = columnOf(at, table, column);
        return `${sheetPrefix(at.sheet)}${absolute(col, rowOf(at, table, from))}:${absolute(col, rowOf(at, table, to))}`;
      }
      case "spillrange": {
        const [block, column, table] = args;
        const at = placementOf(placements, block);
        placementOf(placements, table);
        const col = columnOf(at, block, column);
        // https://support.microsoft.com/office/spilled-range-operator-3dd5899f-bca2-4b9d-a172-3eae9ac22efd
        return `${sheetPrefix(at.sheet)}${absolute(col, at.firstBodyRow)}#`;
      }
      default:
        throw new Error(`The formula template has an unknown placeholder {${body}}.`);
    }
  });
}

function lastRow(placement: TablePlacement): number {
  // An empty table still has a body row in Excel; a range of one row keeps the reference valid.
  return placement.firstBodyRow + Math.max(placement.bodyRowCount, 1) - 1;
}

function absolute(column: number, row: number): string {
  return `$${columnLetter(column)}$${row + 1}`;
}

function placementOf(placements: Placements, table: string | undefined): TablePlacement {
  const placement = table === undefined ? undefined : placements.get(table);
  if (!placement) throw new Error(`The formula template refers to table "${table}", which is not placed.`);
  return placement;
}

function columnOf(placement: TablePlacement, table: string | undefined, column: string | undefined): number {
  const index = column === undefined ? undefined : placement.columnIndex.get(column);
  if (index === undefined) {
    throw new Error(`The formula template refers to column "${column}" of table "${table}", which it lacks.`);
  }
  return index;
}

function rowOf(placement: TablePlacement, table: string | undefined, key: string | undefined): number {
  const row = key === undefined ? undefined : placement.rowOfKey.get(key);
  if (row === undefined) {
    throw new Error(`The formula template refers to row "${key}" of table "${table}", which it lacks.`);
  }
  return row;
}

/**
 * `Table[Header]`, with the characters a structured reference gives meaning to ([ ] # ') escaped by
 * a leading apostrophe.
 * https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
 *
 * @example
 * structuredColumn("VS_Scorecard", "Score") //=> "VS_Scorecard[Score]"
 */
export function structuredColumn(table: string, header: string): string {
  return `${table}[${header.replace(/['#[\]]/g, "'$&")}]`;
}
