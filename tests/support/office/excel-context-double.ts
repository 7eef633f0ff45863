import { OfficeMockObject } from "office-addin-mock";
import { columnLetters } from "./column-letters";

/**
 * A small in-memory Excel behind the part of the Excel JavaScript API the scorecard writer uses,
 * for tests. Every rule it models is Microsoft's documented behaviour, with the page beside it; the
 * contract scenarios in office-contract.ts hold this double and the browser one
 * (tests/e2e/helpers/office-host-double.browser.js) to the same rules.
 *
 * - Nothing happens until `context.sync()`; a loaded property is readable only after it (through
 *   office-addin-mock's OfficeMockObject, which throws on an unloaded or unsynced property).
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts#sync
 * - In a 2-D `values`, `formulas` or `numberFormat` array, `null` leaves that cell unchanged; `""`
 *   clears the content (values, formulas) or resets the number format to General.
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
 * - Through `values`, a string starting with = (or + - @, which Excel reads as formula starts) becomes
 *   a formula unless the cell's number format is text ("@") first; through `formulas` a string starting
 *   with = is always one. https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 *   and https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format
 * - Table.resize (ExcelApi 1.13) moves the table's bounds; TableRowCollection.add (1.1) appends rows
 *   at the end and writes their values.
 *   https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)
 *   https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
 * - Range.dataValidation (ExcelApi 1.8): setting `rule` to `{ list: { inCellDropDown, source } }` gives
 *   every cell of the range that drop-down (only list rules are modelled); `clear()` removes it.
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 *   https://learn.microsoft.com/javascript/api/excel/excel.datavalidation
 * - Worksheet.notes.add (ExcelApi 1.18) puts a note on one cell; a range of more than one cell is an
 *   "InvalidCellAddress" error. Workbook.comments.add (ExcelApi 1.10) does the same for a comment,
 *   refusing a larger range with "InvalidArgument".
 *   https://learn.microsoft.com/javascript/api/excel/excel.notecollection#excel-excel-notecollection-add-member(1)
 *   https://learn.microsoft.com/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1)
 * - Each sync records the JSON size of the request it sends and refuses one over 5 MB, as Excel on
 *   the web does ("RequestPayloadSizeLimitExceeded").
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */

export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

export type DoubleContent = string | number | boolean | null;

export interface DoubleCell {
  /** A constant, or the formula text when `isFormula`. */
  content: DoubleContent;
  isFormula: boolean;
  numberFormat: string;
  hyperlink?: { address?: string; textToDisplay?: string };
  /** A list data validation rule (a drop-down). */
  validation?: { inCellDropDown: boolean; source: string };
  /** A note (Worksheet.notes) on the cell. */
  note?: string;
  /** A comment (Workbook.comments) on the cell. */
  comment?: string;
}

export class DoubleSheet {
  cells = new Map<string, DoubleCell>();
  visibility = "Visible";
  frozenRows = 0;
  dataBars: { address: string; lower?: unknown; upper?: unknown }[] = [];
  charts: {
    name?: string;
    type: string;
    source: string;
    title?: string;
    categories?: string;
    position?: string;
  }[] = [];
  columnWidths = new Map<number, number>();
  constructor(readonly name: string) {}

  cell(row: number, col: number): DoubleCell {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { content: null, isFormula: false, numberFormat: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** What `range.formulas` returns for one cell. */
  formulaAt(row: number, col: number): DoubleContent {
    const cell = this.cells.get(`${row},${col}`);
    return cell?.content ?? "";
  }
}

export interface DoubleTable {
  name: string;
  sheet: string;
  row: number;
  col: number;
  /** Rows including the header. */
  rows: number;
  cols: number;
  style?: string;
}

export class DoubleWorkbook {
  sheets = new Map<string, DoubleSheet>();
  tables = new Map<string, DoubleTable>();
  settings = new Map<string, string>();
  private tableCounter = 0;

  addSheet(name: string): DoubleSheet {
    if (this.sheets.has(name)) throw new Error(`A sheet named ${name} already exists.`);
    const sheet = new DoubleSheet(name);
    this.sheets.set(name, sheet);
    return sheet;
  }

  sheet(name: string): DoubleSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`No sheet ${name}.`);
    return sheet;
  }

  addTable(sheet: string, row: number, col: number, rows: number, cols: number): DoubleTable {
    const table = { name: `Table${++this.tableCounter}`, sheet, row, col, rows, cols };
    this.tables.set(table.name, table);
    return table;
  }

  /** The body of a table as `formulas` would read it, by header. */
  tableRows(name: string): Record<string, DoubleContent>[] {
    const table = this.tables.get(name);
    if (!table) throw new Error(`No table ${name}.`);
    const sheet = this.sheet(table.sheet);
    const headers = Array.from({ length: table.cols }, (_, c) =>
      String(sheet.formulaAt(table.row, table.col + c)),
    );
    return Array.from({ length: table.rows - 1 }, (_, r) =>
      Object.fromEntries(headers.map((h, c) => [h, sheet.formulaAt(table.row + 1 + r, table.col + c)])),
    );
  }

  /** The cell record under a table's header for the row whose first column is `key`. */
  tableCell(name: string, key: string, header: string): DoubleCell | undefined {
    const table = this.tables.get(name);
    if (!table) return undefined;
    const sheet = this.sheet(table.sheet);
    for (let c = 0; c < table.cols; c++) {
      if (sheet.formulaAt(table.row, table.col + c) !== header) continue;
      for (let r = 1; r < table.rows; r++) {
        if (sheet.formulaAt(table.row + r, table.col) === key)
          return sheet.cells.get(`${table.row + r},${table.col + c}`);
      }
    }
    return undefined;
  }
}

interface Operation {
  /** What the request carries for this operation (measured as JSON). */
  wire: unknown;
  apply: () => void;
}

/** The request context: queues operations, measures and applies them on sync. */
export class ExcelContextDouble {
  /** JSON bytes of every request sent, in order. */
  readonly requests: number[] = [];
  /** The operations sent, in order ("values", "table.resize", …). */
  readonly operations: string[] = [];
  syncs = 0;
  private queue: Operation[] = [];
  private loaded: OfficeMockObject[] = [];
  readonly workbook: MockWorkbookApi;

  constructor(readonly model: DoubleWorkbook = new DoubleWorkbook()) {
    this.workbook = new MockWorkbookApi(this);
  }

  enqueue(wire: unknown, apply: () => void): void {
    this.queue.push({ wire, apply });
  }

  /** Registers an office-addin-mock object whose loaded properties resolve at the next sync. */
  loadOnSync(mock: OfficeMockObject): void {
    this.loaded.push(mock);
  }

  async sync(): Promise<void> {
    const bytes = new TextEncoder().encode(JSON.stringify(this.queue.map((op) => op.wire))).length;
    this.requests.push(bytes);
    this.syncs++;
    if (bytes > EXCEL_WEB_REQUEST_LIMIT) {
      throw new Error(`RequestPayloadSizeLimitExceeded: the request is ${bytes} bytes.`);
    }
    const queue = this.queue;
    this.queue = [];
    for (const op of queue) this.operations.push(String((op.wire as { op?: unknown }).op));
    for (const op of queue) op.apply();
    // Taken after the operations ran: a load operation registers its snapshot while it runs.
    const loaded = this.loaded;
    this.loaded = [];
    for (const mock of loaded) await mock.sync();
    // office-addin-mock settles loaded values in promise callbacks it does not await.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

class MockWorkbookApi {
  readonly worksheets: {
    getItemOrNullObject(name: string): DoubleWorksheetApi;
    add(name: string): DoubleWorksheetApi;
  };
  readonly tables: { getItemOrNullObject(name: string): DoubleTableApi };
  readonly settings: {
    getItemOrNullObject(key: string): OfficeMockObject;
    add(key: string, value: string): void;
  };
  readonly comments: { add(cell: DoubleRangeApi, content: string): void };

  constructor(context: ExcelContextDouble) {
    const model = context.model;
    this.comments = {
      add: (cell, content) => {
        // excel.commentcollection#add: "An InvalidArgument error is thrown if the provided range is larger than one cell."
        if (cell.rows !== 1 || cell.cols !== 1)
          throw new Error(`InvalidArgument: ${cell.address} is not one cell.`);
        context.enqueue({ op: "comments.add", address: cell.address, content }, () => {
          model.sheet(cell.sheetName).cell(cell.row, cell.col).comment = content;
        });
      },
    };
    this.worksheets = {
      getItemOrNullObject: (name) => new DoubleWorksheetApi(context, name, !model.sheets.has(name)),
      add: (name) => {
        context.enqueue({ op: "worksheets.add", name }, () => model.addSheet(name));
        return new DoubleWorksheetApi(context, name, false);
      },
    };
    this.tables = {
      getItemOrNullObject: (name) => {
        const table = model.tables.get(name);
        return new DoubleTableApi(context, { table }, table === undefined);
      },
    };
    this.settings = {
      getItemOrNullObject: (key) => {
        const value = model.settings.get(key);
        // office-addin-mock cannot hold a null property; the null object never has its value read.
        const item = new OfficeMockObject({ value: value ?? "" });
        item.isNullObject = value === undefined;
        context.loadOnSync(item);
        return item;
      },
      add: (key, value) =>
        context.enqueue({ op: "settings.add", key, value }, () => model.settings.set(key, value)),
    };
  }
}

class DoubleWorksheetApi {
  readonly tables: { add(range: DoubleRangeApi, hasHeaders: boolean): DoubleTableApi };
  readonly freezePanes: { freezeRows(count: number): void };
  readonly charts: {
    add(type: string, source: DoubleRangeApi, seriesBy: string): DoubleChartApi;
    getItemOrNullObject(name: string): DoubleChartApi;
  };
  readonly notes: { add(cell: DoubleRangeApi, content: string): void };

  constructor(
    private readonly context: ExcelContextDouble,
    readonly name: string,
    readonly isNullObject: boolean,
  ) {
    this.tables = {
      add: (range, hasHeaders) => {
        const ref: { table?: DoubleTable; sheet?: string } = { sheet: name };
        context.enqueue({ op: "tables.add", address: range.address, hasHeaders }, () => {
          ref.table = context.model.addTable(name, range.row, range.col, range.rows, range.cols);
        });
        return new DoubleTableApi(context, ref, false);
      },
    };
    this.notes = {
      add: (cell, content) => {
        // excel.notecollection#add: "If the string is invalid, or the range is not a single cell, an InvalidCellAddress error is thrown."
        if (cell.rows !== 1 || cell.cols !== 1)
          throw new Error(`InvalidCellAddress: ${cell.address} is not one cell.`);
        context.enqueue({ op: "notes.add", address: cell.address, content }, () => {
          context.model.sheet(name).cell(cell.row, cell.col).note = content;
        });
      },
    };
    this.freezePanes = {
      freezeRows: (count) =>
        context.enqueue({ op: "freezeRows", sheet: name, count }, () => {
          context.model.sheet(name).frozenRows = count;
        }),
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        const chart: DoubleSheet["charts"][number] = { type, source: source.address };
        context.enqueue({ op: "charts.add", type, source: source.address, seriesBy }, () =>
          context.model.sheet(name).charts.push(chart),
        );
        return new DoubleChartApi(context, chart, false);
      },
      getItemOrNullObject: (chartName) => {
        const chart = context.model.sheets.get(name)?.charts.find((c) => c.name === chartName);
        return new DoubleChartApi(context, chart ?? { type: "", source: "" }, chart === undefined);
      },
    };
  }

  set visibility(value: string) {
    this.context.enqueue({ op: "visibility", sheet: this.name, value }, () => {
      this.context.model.sheet(this.name).visibility = value;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): DoubleRangeApi {
    return new DoubleRangeApi(this.context, this.name, row, col, rows, cols);
  }
}

class DoubleTableApi {
  constructor(
    private readonly context: ExcelContextDouble,
    private readonly ref: { table?: DoubleTable; sheet?: string },
    readonly isNullObject: boolean,
  ) {}

  private get table(): DoubleTable {
    if (!this.ref.table) throw new Error("The table does not exist (yet).");
    return this.ref.table;
  }

  set name(value: string) {
    this.context.enqueue({ op: "table.name", value }, () => {
      this.context.model.tables.delete(this.table.name);
      this.table.name = value;
      this.context.model.tables.set(value, this.table);
    });
  }

  set style(value: string) {
    this.context.enqueue({ op: "table.style", value }, () => {
      this.table.style = value;
    });
  }

  /** Like Excel's, the range is the table's as of the sync that loads it, after earlier resizes. */
  getRange(): DoubleRangeApi {
    const t = this.ref.table ?? { sheet: this.ref.sheet ?? "", row: 0, col: 0, rows: 1, cols: 1 };
    return new DoubleRangeApi(this.context, t.sheet, t.row, t.col, t.rows, t.cols, () => {
      const now = this.table;
      return [now.row, now.col, now.rows, now.cols];
    });
  }

  getHeaderRowRange(): DoubleRangeApi {
    const t = this.table;
    return new DoubleRangeApi(this.context, t.sheet, t.row, t.col, 1, t.cols);
  }

  readonly rows = {
    // Queued like every call: the table may be one this same request creates.
    add: (_index: number | undefined, values: DoubleContent[][]): void => {
      this.context.enqueue({ op: "table.rows.add", values }, () => {
        const t = this.table;
        const rows = new DoubleRangeApi(this.context, t.sheet, t.row + t.rows, t.col, values.length, t.cols);
        t.rows += values.length;
        rows.applyValues(values);
      });
    },
  };

  resize(range: DoubleRangeApi): void {
    this.context.enqueue({ op: "table.resize", address: range.address }, () => {
      Object.assign(this.table, { row: range.row, col: range.col, rows: range.rows, cols: range.cols });
    });
  }
}

class DoubleChartApi {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: {
    getItemAt(index: number): {
      name: string;
      setXAxisValues(range: DoubleRangeApi): void;
      setValues(range: DoubleRangeApi): void;
    };
  };

  constructor(
    private readonly context: ExcelContextDouble,
    private readonly chart: DoubleSheet["charts"][number],
    readonly isNullObject: boolean,
  ) {
    const enqueue = context.enqueue.bind(context);
    this.title = {
      set text(value: string) {
        enqueue({ op: "chart.title", value }, () => {
          chart.title = value;
        });
      },
      get text(): string {
        throw new Error("chart.title.text was not loaded");
      },
    };
    this.legend = {
      set visible(value: boolean) {
        enqueue({ op: "chart.legend", value }, () => {});
      },
      get visible(): boolean {
        throw new Error("chart.legend.visible was not loaded");
      },
    };
    this.series = {
      getItemAt: () => ({
        set name(value: string) {
          enqueue({ op: "series.name", value }, () => {});
        },
        get name(): string {
          throw new Error("series.name was not loaded");
        },
        setXAxisValues: (range: DoubleRangeApi) =>
          enqueue({ op: "series.setXAxisValues", address: range.address }, () => {
            chart.categories = range.address;
          }),
        setValues: (range: DoubleRangeApi) =>
          enqueue({ op: "series.setValues", address: range.address }, () => {
            chart.source = range.address;
          }),
      }),
    };
  }

  set name(value: string) {
    this.context.enqueue({ op: "chart.name", value }, () => {
      this.chart.name = value;
    });
  }

  setPosition(start: string): void {
    this.context.enqueue({ op: "chart.setPosition", start }, () => {
      this.chart.position = start;
    });
  }
}

const FORMULA_START = /^[=+\-@]/;

class DoubleRangeApi {
  readonly format: {
    columnWidth: number;
    font: { bold: boolean };
  };
  readonly conditionalFormats: {
    add(type: string): { dataBar: { lowerBoundRule: unknown; upperBoundRule: unknown } };
  };
  readonly dataValidation: {
    rule: { list?: { inCellDropDown: boolean; source: string } };
    clear(): void;
  };
  private loadedMock?: OfficeMockObject;

  constructor(
    private readonly context: ExcelContextDouble,
    readonly sheetName: string,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
    /** For a table's range: its bounds when the load runs. */
    private readonly bounds?: () => [row: number, col: number, rows: number, cols: number],
  ) {
    const enqueue = context.enqueue.bind(context);
    const address = this.address;
    const model = context.model;
    this.format = {
      set columnWidth(points: number) {
        enqueue({ op: "columnWidth", address, points }, () =>
          model.sheet(sheetName).columnWidths.set(col, points),
        );
      },
      get columnWidth(): number {
        throw new Error("format.columnWidth was not loaded");
      },
      font: {
        set bold(value: boolean) {
          enqueue({ op: "font.bold", address, value }, () => {});
        },
        get bold(): boolean {
          throw new Error("format.font.bold was not loaded");
        },
      },
    };
    const forEachCell = this.forEachCell.bind(this);
    this.dataValidation = {
      set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
        if (!rule.list) throw new Error("The double models list data validation only.");
        const list = { inCellDropDown: rule.list.inCellDropDown, source: String(rule.list.source) };
        enqueue({ op: "dataValidation.rule", address, rule }, () =>
          forEachCell(undefined, (cell) => {
            cell.validation = list;
          }),
        );
      },
      get rule(): { list?: { inCellDropDown: boolean; source: string } } {
        throw new Error("dataValidation.rule was not loaded");
      },
      clear: () =>
        enqueue({ op: "dataValidation.clear", address }, () =>
          forEachCell(undefined, (cell) => {
            delete cell.validation;
          }),
        ),
    };
    this.conditionalFormats = {
      add: (type) => {
        const record: DoubleSheet["dataBars"][number] = { address };
        enqueue({ op: "conditionalFormats.add", address, type }, () =>
          model.sheet(sheetName).dataBars.push(record),
        );
        return {
          dataBar: {
            set lowerBoundRule(rule: unknown) {
              enqueue({ op: "dataBar.lowerBoundRule", rule }, () => {
                record.lower = rule;
              });
            },
            get lowerBoundRule(): unknown {
              throw new Error("not loaded");
            },
            set upperBoundRule(rule: unknown) {
              enqueue({ op: "dataBar.upperBoundRule", rule }, () => {
                record.upper = rule;
              });
            },
            get upperBoundRule(): unknown {
              throw new Error("not loaded");
            },
          },
        };
      },
    };
  }

  get address(): string {
    return `${this.sheetName}!${columnLetters(this.col)}${this.row + 1}:${columnLetters(this.col + this.cols - 1)}${this.row + this.rows}`;
  }

  private sheet(): DoubleSheet {
    return this.context.model.sheet(this.sheetName);
  }

  private forEachCell(grid: unknown[][] | undefined, fn: (cell: DoubleCell, value: unknown) => void): void {
    const sheet = this.sheet();
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) fn(sheet.cell(this.row + r, this.col + c), grid?.[r]?.[c]);
    }
  }

  private checkShape(grid: unknown[][], what: string): void {
    if (grid.length !== this.rows || grid.some((row) => row.length !== this.cols)) {
      throw new Error(`${what} of ${grid.length} rows does not fit ${this.address}.`);
    }
  }

  set values(grid: DoubleContent[][]) {
    this.checkShape(grid, "values");
    this.context.enqueue({ op: "values", address: this.address, grid }, () => this.applyValues(grid));
  }

  /** What a sync does with a `values` write. */
  applyValues(grid: DoubleContent[][]): void {
    this.forEachCell(grid, (cell, value) => {
      // null: this cell unchanged (excel-add-ins-blank-null-values).
      if (value === null || value === undefined) return;
      const content = value as DoubleContent;
      // Excel reads a leading = + - @ as a formula unless the cell is formatted as text.
      const becomesFormula =
        typeof content === "string" && FORMULA_START.test(content) && cell.numberFormat !== "@";
      cell.content = content === "" ? null : content;
      cell.isFormula = becomesFormula;
    });
  }

  set formulas(grid: DoubleContent[][]) {
    this.checkShape(grid, "formulas");
    this.context.enqueue({ op: "formulas", address: this.address, grid }, () =>
      this.forEachCell(grid, (cell, value) => {
        if (value === null || value === undefined) return;
        const content = value as DoubleContent;
        cell.content = content === "" ? null : content;
        cell.isFormula = typeof content === "string" && content.startsWith("=");
      }),
    );
  }

  set numberFormat(grid: (string | null)[][]) {
    this.checkShape(grid, "numberFormat");
    this.context.enqueue({ op: "numberFormat", address: this.address, grid }, () =>
      this.forEachCell(grid, (cell, value) => {
        if (value === null || value === undefined) return;
        cell.numberFormat = value === "" ? "General" : String(value);
      }),
    );
  }

  set hyperlink(link: { address?: string; textToDisplay?: string }) {
    this.context.enqueue({ op: "hyperlink", address: this.address, link }, () =>
      this.forEachCell(undefined, (cell) => {
        cell.hyperlink = link;
        // Setting a link's display text sets the cell's value, as text.
        if (link.textToDisplay !== undefined) {
          cell.content = link.textToDisplay;
          cell.isFormula = false;
        }
      }),
    );
  }

  clear(): void {
    this.context.enqueue({ op: "clear", address: this.address }, () =>
      this.forEachCell(undefined, (cell) => {
        cell.content = null;
        cell.isFormula = false;
        cell.numberFormat = "General";
        delete cell.hyperlink;
      }),
    );
  }

  /** Queues a load; the values are taken when the sync reaches it, through an OfficeMockObject. */
  load(properties: string): this {
    const names = properties.split(",").map((p) => p.trim());
    const mock = new OfficeMockObject({
      formulas: [],
      values: [],
      numberFormat: [],
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
    });
    this.loadedMock = mock;
    this.context.enqueue({ op: "load", address: this.address, properties: names }, () => {
      const sheet = this.sheet();
      const [top, left, height, width] = this.bounds?.() ?? [this.row, this.col, this.rows, this.cols];
      const grid = Array.from({ length: height }, (_, r) =>
        Array.from({ length: width }, (_, c) => sheet.formulaAt(top + r, left + c)),
      );
      const formats = Array.from({ length: height }, (_, r) =>
        Array.from(
          { length: width },
          (_, c) => sheet.cells.get(`${top + r},${left + c}`)?.numberFormat ?? "General",
        ),
      );
      const snapshot = new OfficeMockObject({
        formulas: grid,
        values: grid,
        numberFormat: formats,
        rowIndex: top,
        columnIndex: left,
        rowCount: height,
        columnCount: width,
      });
      snapshot.load(names);
      this.loadedMock = snapshot;
      this.context.loadOnSync(snapshot);
    });
    mock.load(names); // reading before the sync gives office-addin-mock's "not synced" error
    return this;
  }

  private read(property: string): unknown {
    const value = this.loadedMock?.[property];
    if (value === undefined || (typeof value === "string" && value.startsWith("Error,"))) {
      throw new Error(`${property} of ${this.address}: ${value ?? "property was not loaded"}`);
    }
    return value;
  }

  get formulas(): DoubleContent[][] {
    return this.read("formulas") as DoubleContent[][];
  }
  get values(): DoubleContent[][] {
    return this.read("values") as DoubleContent[][];
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat") as string[][];
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
}

/** The mock as the writer's parameter type: it implements only what the writer calls. */
export function asExcelContext(context: ExcelContextDouble): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}
