/**
 * What Excel does with the references that grow, done by hand for engines that lack them: HyperFormula
 * has no Excel tables (so no structured references) and no spill operator. Given where each table and
 * spill reaches now, a formula's `Table[Column]` becomes that column's current body range and `A2#`
 * the spilled range, exactly what Excel resolves them to at that moment. A row the owner adds to a
 * table is added here the way Excel adds it: the table grows by one row and its calculated columns
 * fill the new row with the formula above, relative references moved down one row.
 */
import { columnLetters } from "../support/office/column-letters";

/** One table where it is now (zero-based sheet positions; `bodyRows` after any added row). */
export interface TableExtent {
  name: string;
  sheet: string;
  headerRow: number;
  left: number;
  headers: readonly string[];
  bodyRows: number;
}

const prefix = (sheet: string) =>
  /^[A-Za-z_]\w*$/.test(sheet) ? `${sheet}!` : `'${sheet.replaceAll("'", "''")}'!`;

/**
 * A formula with its structured references and spill references resolved to A1 ranges.
 *
 * @param spills - for each spill anchor as written ("'VendorScout ranks'!$A$2"), how many rows it spills
 * @example
 * resolveGrowingReferences("=SUM(T[Score])", [{ name: "T", sheet: "S", headerRow: 2, left: 0, headers: ["Score"], bodyRows: 3 }], new Map())
 * //=> "=SUM(S!$A$4:$A$6)"
 */
export function resolveGrowingReferences(
  formula: string,
  tables: readonly TableExtent[],
  spills: ReadonlyMap<string, number>,
): string {
  const structured = formula.replace(
    /\b([A-Za-z_][\w.]*)\[((?:[^[\]']|'.)+)\]/g,
    (match, name: string, body: string) => {
      const table = tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) return match;
      const header = body.replace(/'(.)/g, "$1");
      const at = table.headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
      if (at < 0) throw new Error(`${formula}: table ${name} has no column "${header}".`);
      const col = columnLetters(table.left + at);
      const first = table.headerRow + 2;
      const last = table.headerRow + 1 + Math.max(table.bodyRows, 1);
      return `${prefix(table.sheet)}$${col}$${first}:$${col}$${last}`;
    },
  );
  return structured.replace(
    /((?:'(?:[^']|'')+'|[A-Za-z_]\w*)!\$([A-Z]{1,3})\$(\d+))#/g,
    (match, anchor: string, col: string, row: string) => {
      const rows = spills.get(anchor);
      if (rows === undefined) throw new Error(`${formula}: no spill is known at ${anchor}.`);
      void match;
      return `${anchor}:$${col}$${Number(row) + Math.max(rows, 1) - 1}`;
    },
  );
}

/**
 * The formula Excel fills into a table row added under `formula`'s row: relative row numbers move
 * down by one; absolute ones ($4), structured and spill references stay.
 *
 * @example
 * formulaForRowBelow('=IF(ISNUMBER(F8),INDEX(R!$A$2#,ROW(F8)-ROW($F$4)+1),"")')
 * //=> '=IF(ISNUMBER(F9),INDEX(R!$A$2#,ROW(F9)-ROW($F$4)+1),"")'
 */
export function formulaForRowBelow(formula: string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![\w$'[])(\$?[A-Z]{1,3})(\d+)(?![\w(#])/g,
            (_, col: string, row: string) => `${col}${Number(row) + 1}`,
          ),
    )
    .join("");
}
