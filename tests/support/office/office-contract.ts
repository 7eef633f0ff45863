/**
 * One set of contract scenarios for every Office.js double we test against: the unit double
 * (excel-context-double.ts) and the browser double (tests/e2e/helpers/office-host-double.browser.js).
 * Each scenario is a rule Microsoft documents, with the page beside it, and talks to the double only
 * through the Excel JavaScript API, so both are held to the same behaviour.
 */

/** What a scenario needs from a double. */
export interface OfficeDouble {
  /** Excel.run: a fresh request context on the double's one workbook. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** context.sync() calls so far. */
  syncs(): number;
  /** Whether the cell holds a formula (not visible through `formulas`, which echoes text as is). */
  isFormula(sheet: string, row: number, col: number): boolean;
}

export interface ContractScenario {
  rule: string;
  /** The Microsoft page the rule comes from. */
  source: string;
  check: (double: OfficeDouble, expect: ContractExpect) => Promise<void>;
}

/** The part of vitest's expect the scenarios use, passed in so this file imports no test runner. */
export type ContractExpect = (
  actual: unknown,
  message?: string,
) => {
  toEqual(expected: unknown): void;
  toBe(expected: unknown): void;
};

let sheetCounter = 0;
/** A sheet of its own per scenario, so scenarios can share one workbook. */
async function freshSheet(double: OfficeDouble): Promise<string> {
  const name = `Contract${++sheetCounter}`;
  await double.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
  return name;
}

async function read(
  double: OfficeDouble,
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
): Promise<{ values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] }> {
  return double.run(async (context) => {
    const range = context.workbook.worksheets
      .getItemOrNullObject(sheet)
      .getRangeByIndexes(row, col, rows, cols)
      .load("values,formulas,numberFormat");
    await context.sync();
    return { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat };
  });
}

const BLANK_AND_NULL = "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values";

export const OFFICE_CONTRACT: ContractScenario[] = [
  {
    rule: "in a values array, null leaves a cell unchanged and an empty string clears it",
    source: BLANK_AND_NULL,
    async check(double, expect) {
      const sheet = await freshSheet(double);
      await double.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject(sheet).getRangeByIndexes(0, 0, 1, 3);
        range.values = [["old a", "old b", "old c"]];
        await context.sync();
        range.values = [[null, "", "new c"]] as unknown as string[][];
        await context.sync();
      });
      expect((await read(double, sheet, 0, 0, 1, 3)).values).toEqual([["old a", "", "new c"]]);
    },
  },
  {
    rule: "in a formulas array, null leaves a cell unchanged and an empty string clears it",
    source: BLANK_AND_NULL,
    async check(double, expect) {
      const sheet = await freshSheet(double);
      await double.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject(sheet).getRangeByIndexes(0, 0, 1, 2);
        range.formulas = [["=1+1", "=2+2"]];
        await context.sync();
        range.formulas = [[null, ""]] as unknown as string[][];
        await context.sync();
      });
      expect((await read(double, sheet, 0, 0, 1, 2)).formulas).toEqual([["=1+1", ""]]);
      expect(double.isFormula(sheet, 0, 0)).toBe(true);
      expect(double.isFormula(sheet, 0, 1)).toBe(false);
    },
  },
  {
    rule: "in a numberFormat array, null leaves a format unchanged and an empty string resets it to General",
    source: BLANK_AND_NULL,
    async check(double, expect) {
      const sheet = await freshSheet(double);
      await double.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject(sheet).getRangeByIndexes(0, 0, 1, 3);
        range.numberFormat = [["0.0", "@", "0%"]];
        await context.sync();
        range.numberFormat = [[null, "", "0.00"]] as unknown as string[][];
        await context.sync();
      });
      expect((await read(double, sheet, 0, 0, 1, 3)).numberFormat).toEqual([["0.0", "General", "0.00"]]);
    },
  },
  {
    rule: 'text that starts with "=" written through values becomes a formula unless the cell is formatted "@" first',
    source: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format",
    async check(double, expect) {
      const sheet = await freshSheet(double);
      await double.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.getRangeByIndexes(0, 0, 1, 1).values = [["=1+1"]];
        const text = ws.getRangeByIndexes(1, 0, 1, 1);
        text.numberFormat = [["@"]];
        text.values = [["=1+1"]];
        await context.sync();
      });
      expect(double.isFormula(sheet, 0, 0), "General cell").toBe(true);
      expect(double.isFormula(sheet, 1, 0), "text cell").toBe(false);
    },
  },
  {
    rule: "values and formulas arrays must match the range's shape",
    source: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values",
    async check(double, expect) {
      const sheet = await freshSheet(double);
      let failed = false;
      try {
        await double.run(async (context) => {
          const range = context.workbook.worksheets.getItemOrNullObject(sheet).getRangeByIndexes(0, 0, 2, 2);
          range.values = [["only one row", "x"]];
          await context.sync();
        });
      } catch {
        failed = true;
      }
      expect(failed).toBe(true);
    },
  },
  {
    rule: "TableRowCollection.add appends rows and their values at the end of the table",
    source:
      "https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)",
    async check(double, expect) {
      const sheet = await freshSheet(double);
      const rows = await double.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.getRangeByIndexes(0, 0, 2, 2).values = [
          ["Key", "Value"],
          ["a", 1],
        ];
        const table = ws.tables.add(ws.getRangeByIndexes(0, 0, 2, 2) as never, true);
        table.rows.add(undefined, [
          ["b", 2],
          ["c", 3],
        ]);
        const range = table.getRange().load("rowCount");
        await context.sync();
        return range.rowCount;
      });
      expect(rows).toBe(4);
      expect((await read(double, sheet, 1, 0, 3, 2)).values).toEqual([
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ]);
    },
  },
  {
    rule: "Table.resize moves the table's bounds to the new range (ExcelApi 1.13)",
    source: "https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)",
    async check(double, expect) {
      const sheet = await freshSheet(double);
      const shape = await double.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        ws.getRangeByIndexes(0, 0, 2, 2).values = [
          ["Key", "Value"],
          ["a", 1],
        ];
        const table = ws.tables.add(ws.getRangeByIndexes(0, 0, 2, 2) as never, true);
        await context.sync();
        table.resize(ws.getRangeByIndexes(0, 0, 5, 2));
        const range = table.getRange().load("rowCount,columnCount");
        await context.sync();
        return [range.rowCount, range.columnCount];
      });
      expect(shape).toEqual([5, 2]);
    },
  },
  {
    rule: "every context.sync() is one round trip, counted",
    source: "https://learn.microsoft.com/office/dev/add-ins/concepts/correlated-objects-pattern",
    async check(double, expect) {
      const sheet = await freshSheet(double);
      const before = double.syncs();
      await double.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        for (let i = 0; i < 10; i++) ws.getRangeByIndexes(i, 0, 1, 1).values = [[i]];
        await context.sync();
        await context.sync();
      });
      expect(double.syncs() - before).toBe(2);
    },
  },
  {
    rule: "Excel on the web refuses a request over 5 MB",
    source:
      "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins",
    async check(double, expect) {
      const sheet = await freshSheet(double);
      let message = "";
      try {
        await double.run(async (context) => {
          context.workbook.worksheets.getItemOrNullObject(sheet).getRangeByIndexes(0, 0, 1, 1).values = [
            ["x".repeat(6 * 1024 * 1024)],
          ];
          await context.sync();
        });
      } catch (error) {
        message = String((error as Error).message ?? error);
      }
      expect(/RequestPayloadSizeLimitExceeded|5 ?MB/i.test(message), message).toBe(true);
    },
  },
];
