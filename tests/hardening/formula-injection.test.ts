import ExcelJS from "exceljs";
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { writeScorecard } from "../../excel-addin/workbook/write-scorecard";
import { vendorsToCsv } from "../../extension/export/csv";
import { planScorecard } from "../../shared/scorecard/plan-scorecard";
import type { PlanCell, ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { buildScorecardXlsx } from "../../xlsx/scorecard-xlsx";
import {
  asExcelContext,
  type DoubleCell,
  type DoubleWorkbook,
  ExcelContextDouble,
} from "../support/office/excel-context-double";
import { fuzzParameters, fuzzTimeout } from "./fuzz-runs";
import {
  anyFormulaLikeText,
  FORMULA_STARTS,
  formulaLikeText,
  hostileLibrary,
  xmlSafeFormulaLikeText,
} from "./hostile-text";

/** Strings per generated library; the run counts below make 1,000 strings in `npm run fuzz`. */
const BATCH = 25;
const FULL_STRINGS = 1000;
const QUICK_STRINGS = 100;
const params = fuzzParameters(FULL_STRINGS / BATCH, QUICK_STRINGS / BATCH);
const quickParams = fuzzParameters(FULL_STRINGS / BATCH / 4, QUICK_STRINGS / BATCH / 4);

interface PlannedCell {
  sheet: string;
  row: number; // 1-based, as ExcelJS counts
  column: number; // 1-based
  cell: PlanCell;
  header: boolean;
}

/** Every cell the plan asks for (header cells as text), with its sheet address. */
function plannedCells(plan: ScorecardPlan): PlannedCell[] {
  const cells: PlannedCell[] = [];
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const bodyTop = table.top + (table.headerRow ? 1 : 0);
      if (table.headerRow) {
        table.columns.forEach((column, c) => {
          cells.push({
            sheet: sheet.name,
            row: table.top + 1,
            column: table.left + c + 1,
            cell: { value: column.header, text: true },
            header: true,
          });
        });
      }
      table.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          cells.push({
            sheet: sheet.name,
            row: bodyTop + r + 1,
            column: table.left + c + 1,
            cell,
            header: false,
          });
        });
      });
    }
  }
  return cells;
}

function startsLikeFormula(value: string): boolean {
  return FORMULA_STARTS.some((start) => value.startsWith(start));
}

/** The plan must carry each generated string in a text cell, or the checks below would prove nothing. */
function expectPlanCarries(plan: ScorecardPlan, texts: readonly string[]): void {
  const textValues = new Set(
    plannedCells(plan)
      .filter((planned) => planned.cell.text && typeof planned.cell.value === "string")
      .map((planned) => planned.cell.value),
  );
  for (const text of texts) expect(textValues.has(text)).toBe(true);
}

/**
 * Builds the export for `texts` and reads it back with ExcelJS: every text cell of the plan is a
 * string cell (never a formula) formatted as text, equal to the planned string when `exact`, and no
 * cell but the plan's own formula cells holds a formula. Returns how many formula-looking cells it saw.
 */
async function checkExport(texts: readonly string[], exact: boolean): Promise<number> {
  const plan = planScorecard({ ...hostileLibrary(texts), mode: "advisor-safe" });
  expectPlanCarries(plan, texts);
  const bytes = await buildScorecardXlsx(plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);

  let hostileCells = 0;
  const formulaAddresses = new Set<string>();
  for (const planned of plannedCells(plan)) {
    const worksheet = workbook.getWorksheet(planned.sheet);
    expect(worksheet).toBeDefined();
    const cell = worksheet!.getCell(planned.row, planned.column);
    const address = `${planned.sheet}!${cell.address}`;
    if (planned.cell.formula) {
      formulaAddresses.add(address);
      continue;
    }
    const value = planned.cell.value;
    if (typeof value !== "string" || !planned.cell.text) continue;
    expect(cell.formula, address).toBeUndefined();
    expect(cell.type, address).not.toBe(ExcelJS.ValueType.Formula);
    const read = planned.cell.hyperlink ? cell.text : cell.value;
    if (exact) expect(read, address).toBe(value);
    else expect(typeof read, address).toBe("string");
    if (!planned.header) expect(cell.numFmt, address).toBe("@");
    if (startsLikeFormula(value)) hostileCells++;
  }
  // Nothing but the plan's own formulas is a formula anywhere in the file.
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) {
          expect(formulaAddresses.has(`${worksheet.name}!${cell.address}`), cell.address).toBe(true);
        }
      });
    });
  }
  return hostileCells;
}

describe("formula-looking page text in the advisor-safe .xlsx export", () => {
  test(
    `${params.numRuns * BATCH} strings starting with = + - @ or tab read back as the same text, never as formulas`,
    async () => {
      let hostileCells = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(xmlSafeFormulaLikeText, { minLength: BATCH, maxLength: BATCH }),
          async (texts) => {
            hostileCells += await checkExport(texts, true);
          },
        ),
        params,
      );
      // Each string lands in several cells (vendor name on three sheets, notes, review title and body).
      expect(hostileCells).toBeGreaterThanOrEqual(params.numRuns * BATCH * 4);
    },
    fuzzTimeout(300_000),
  );

  test(
    "any UTF-16 text after a formula start (CR, controls, lone surrogates) still opens as text, never a formula",
    async () => {
      let hostileCells = 0;
      // U+FFFE and U+FFFF are left out: today they make the file unreadable (see the hardening report).
      const anyText = anyFormulaLikeText.filter((text) => !/[\uFFFE\uFFFF]/.test(text));
      await fc.assert(
        fc.asyncProperty(fc.array(anyText, { minLength: BATCH, maxLength: BATCH }), async (texts) => {
          hostileCells += await checkExport(texts, false);
        }),
        quickParams,
      );
      expect(hostileCells).toBeGreaterThanOrEqual(quickParams.numRuns * BATCH * 4);
    },
    fuzzTimeout(300_000),
  );
});

/** A mock Excel that also records every operation it is sent, to see which ones carried page text. */
function recordingContext(): { context: ExcelContextDouble; ops: Array<{ op: string; grid?: unknown[][] }> } {
  const context = new ExcelContextDouble();
  const ops: Array<{ op: string; grid?: unknown[][] }> = [];
  const enqueue = context.enqueue.bind(context);
  context.enqueue = (wire, apply) => {
    ops.push(wire as { op: string; grid?: unknown[][] });
    enqueue(wire, apply);
  };
  return { context, ops };
}

/**
 * The writer's text mechanism, read from excel-addin/workbook/write-scorecard.ts: number format "@"
 * set on a range first, then the strings through `values` (never `formulas`). The mock Excel turns a
 * string starting with = + - @ written through `values` into a formula unless the cell is already
 * "@", as Excel does; so each planned text cell must end as the same string, not a formula, "@".
 */
function checkWorkbook(
  plan: ScorecardPlan,
  model: DoubleWorkbook,
  ops: Array<{ op: string; grid?: unknown[][] }>,
  texts: readonly string[],
  mode: "build" | "update",
): number {
  let hostileCells = 0;
  const hostile = new Set(texts);
  for (const planned of plannedCells(plan)) {
    const value = planned.cell.value;
    if (typeof value !== "string" || !planned.cell.text || planned.cell.formula) continue;
    const found = locate(plan, model, planned, mode);
    if (found === "skip") continue;
    const where = `${planned.sheet} R${planned.row}C${planned.column} (${mode})`;
    expect(found, where).toBeDefined();
    expect(found!.isFormula, where).toBe(false);
    expect(found!.numberFormat, where).toBe("@");
    // The link's display text is the value for linked cells.
    expect(found!.hyperlink?.textToDisplay ?? found!.content, where).toBe(value);
    if (startsLikeFormula(value)) hostileCells++;
  }
  for (const sheet of model.sheets.values()) {
    for (const [key, cell] of sheet.cells) {
      if (cell.isFormula) expect(hostile.has(String(cell.content)), `${sheet.name} ${key}`).toBe(false);
    }
  }
  for (const { op, grid } of ops) {
    if (op !== "formulas" || !grid) continue;
    for (const row of grid) for (const content of row) expect(hostile.has(String(content))).toBe(false);
  }
  return hostileCells;
}

/** Where a planned cell ended up: as planned on a build; by row key and header on an update. */
function locate(
  plan: ScorecardPlan,
  model: DoubleWorkbook,
  planned: PlannedCell,
  mode: "build" | "update",
): DoubleCell | undefined | "skip" {
  if (mode === "build")
    return model.sheet(planned.sheet).cells.get(`${planned.row - 1},${planned.column - 1}`);
  const table = plan.sheets
    .flatMap((sheet) => sheet.tables)
    .find((t) => {
      const bodyTop = t.top + (t.headerRow ? 1 : 0);
      return (
        t.sheet === planned.sheet &&
        planned.column - 1 >= t.left &&
        planned.column - 1 < t.left + t.columns.length &&
        planned.row - 1 >= t.top &&
        planned.row - 1 < bodyTop + t.rows.length
      );
    });
  if (!table?.excelTable || planned.header) return "skip";
  const c = planned.column - 1 - table.left;
  const column = table.columns[c]!;
  // The owner's columns (notes) are prefilled once and kept on an update, whatever the plan says.
  if (column.kind === "owner") return "skip";
  const row = table.rows[planned.row - 1 - table.top - 1]!;
  return model.tableCell(table.name, row.key, column.header);
}

describe("formula-looking page text through the Office.js scorecard writer (mock Excel)", () => {
  test(
    `${params.numRuns * BATCH} strings starting with = + - @ tab or CR are written as text on a build`,
    async () => {
      let hostileCells = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(formulaLikeText, { minLength: BATCH, maxLength: BATCH }), async (texts) => {
          const plan = planScorecard({ ...hostileLibrary(texts), mode: "live" });
          expectPlanCarries(plan, texts);
          const { context, ops } = recordingContext();
          await writeScorecard(asExcelContext(context), plan, { mode: "build" });
          hostileCells += checkWorkbook(plan, context.model, ops, texts, "build");
        }),
        params,
      );
      expect(hostileCells).toBeGreaterThanOrEqual(params.numRuns * BATCH * 4);
    },
    fuzzTimeout(600_000),
  );

  test(
    "and on an update, when a re-pull brings formula-looking names and review titles",
    async () => {
      let hostileCells = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(formulaLikeText, { minLength: BATCH, maxLength: BATCH }), async (texts) => {
          const hostile = hostileLibrary(texts);
          const benign = hostileLibrary(texts.map((_, i) => `Vendor ${i}`));
          const { context, ops } = recordingContext();
          await writeScorecard(asExcelContext(context), planScorecard({ ...benign, mode: "live" }), {
            mode: "build",
          });
          // Same vendors and criteria, renamed by the re-pull; the hostile reviews are new rows.
          const plan = planScorecard({ ...hostile, evaluation: benign.evaluation, mode: "live" });
          await writeScorecard(asExcelContext(context), plan, { mode: "update" });
          hostileCells += checkWorkbook(plan, context.model, ops, texts, "update");
        }),
        quickParams,
      );
      expect(hostileCells).toBeGreaterThanOrEqual(quickParams.numRuns * BATCH * 3);
    },
    fuzzTimeout(600_000),
  );

  test("the check catches a writer that sends page text through values without the text format first", async () => {
    const texts = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd"];
    const plan = planScorecard({ ...hostileLibrary(texts), mode: "live" });
    const { context, ops } = recordingContext();
    for (const sheet of plan.sheets) context.workbook.worksheets.add(sheet.name);
    for (const planned of plannedCells(plan)) {
      const value = planned.cell.formula ? planned.cell.formula.live : (planned.cell.value ?? null);
      context.workbook.worksheets
        .getItemOrNullObject(planned.sheet)
        .getRangeByIndexes(planned.row - 1, planned.column - 1, 1, 1).values = [[value]];
    }
    await context.sync();
    expect(() => checkWorkbook(plan, context.model, ops, texts, "build")).toThrow();
  });
});

/** RFC 4180 as a spreadsheet reads it: `separator` between fields, CRLF between records, "" quoting. */
function parseCsv(text: string, separator: string): string[][] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === separator) {
      record.push(field);
      field = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

describe("formula-looking page text in the CSV export", () => {
  test(
    `${params.numRuns * BATCH} strings: every cell a spreadsheet reads starts as text, and keeps the text after its quote`,
    async () => {
      let hostileCells = 0;
      await fc.assert(
        fc.property(fc.array(formulaLikeText, { minLength: BATCH, maxLength: BATCH }), (texts) => {
          const { vendors, evaluation } = hostileLibrary(texts);
          const tagged = vendors.map((vendor, i) => ({
            ...vendor,
            tags: [texts[(i + 3) % texts.length]!],
            description: texts[(i + 4) % texts.length]!,
          }));
          const records = parseCsv(vendorsToCsv(tagged, evaluation), ",");
          const header = records[0]!;
          expect(records).toHaveLength(vendors.length + 1);
          for (const record of records) {
            expect(record).toHaveLength(header.length);
            for (const cell of record) {
              expect(startsLikeFormula(cell), JSON.stringify(cell)).toBe(false);
              if (cell.startsWith("'") && startsLikeFormula(cell.slice(1))) hostileCells++;
            }
          }
          // Nothing lost: the text is there after the neutralising quote.
          const column = (name: string) => header.indexOf(name);
          tagged.forEach((vendor, i) => {
            const record = records[i + 1]!;
            expect(record[column("Name")]).toBe(`'${vendor.name}`);
            expect(record[column("Notes")]).toBe(`'${vendor.notes}`);
            expect(record[column("Tags")]).toBe(`'${vendor.tags[0]}`);
            expect(record[column("Description")]).toBe(`'${vendor.description}`);
          });
        }),
        params,
      );
      expect(hostileCells).toBeGreaterThanOrEqual(params.numRuns * BATCH * 4);
    },
    fuzzTimeout(300_000),
  );
});
