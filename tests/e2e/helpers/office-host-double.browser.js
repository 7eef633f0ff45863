// A stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in end-to-end tests: the
// test serves this file in place of the CDN script (page.route). It is plain browser JavaScript, read
// as text, so it runs in the page exactly as written.
//
// It provides Office.onReady / Office.context, CustomFunctions.associate, Excel.createWorkbook and
// Excel.run over an in-memory workbook that records what was written:
//   window.__vendorScoutExcel.sheets[name].cells  Map "row,col" -> { value, formula, numberFormat }
//   window.__vendorScoutExcel.readSheet(name)      the used range as a 2D array of values (formulas as text)
//   window.__vendorScoutExcel.log                   [{ op, sheet, address }] in order
//   window.__vendorScoutExcel.syncs                 context.sync() calls
// Members the mock does not model (formatting, protection, …) accept any call or assignment, so a
// writer that formats its output still runs; what matters here is the cells.
//
// Options come from window.__officeHostMockOptions (set before this script by the test):
//   { platform: "OfficeOnline" | "PC" | …, excelApi: "1.12" }
(() => {
  const options = Object.assign(
    { platform: "OfficeOnline", excelApi: "1.12" },
    window.__officeHostMockOptions || {},
  );

  // ---- addresses ----------------------------------------------------------------------------
  function colToIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  function indexToCol(index) {
    let s = "";
    let n = index + 1;
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function parseCell(ref) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
    if (!m) throw new DoubleError("InvalidArgument", `The mock cannot read the address "${ref}".`);
    return { row: Number(m[2]) - 1, col: colToIndex(m[1]) };
  }
  function parseAddress(address) {
    const local = String(address).includes("!") ? String(address).split("!").pop() : String(address);
    const [a, b] = local.split(":");
    // Whole columns ("A:C") and whole rows ("1:3").
    if (/^\$?[A-Za-z]{1,3}$/.test(a)) {
      const c1 = colToIndex(a.replace(/\$/g, ""));
      const c2 = colToIndex((b || a).replace(/\$/g, ""));
      return { row: 0, col: c1, rows: 1048576, cols: c2 - c1 + 1 };
    }
    if (/^\$?\d+$/.test(a)) {
      const r1 = Number(a.replace(/\$/g, "")) - 1;
      const r2 = Number((b || a).replace(/\$/g, "")) - 1;
      return { row: r1, col: 0, rows: r2 - r1 + 1, cols: 16384 };
    }
    const start = parseCell(a);
    const end = b ? parseCell(b) : start;
    return {
      row: Math.min(start.row, end.row),
      col: Math.min(start.col, end.col),
      rows: Math.abs(end.row - start.row) + 1,
      cols: Math.abs(end.col - start.col) + 1,
    };
  }
  function formatAddress(sheetName, box) {
    const tl = `${indexToCol(box.col)}${box.row + 1}`;
    const br = `${indexToCol(box.col + box.cols - 1)}${box.row + box.rows}`;
    const quoted = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName)
      ? sheetName
      : `'${sheetName.replace(/'/g, "''")}'`;
    return `${quoted}!${tl === br ? tl : `${tl}:${br}`}`;
  }

  class DoubleError extends Error {
    constructor(code, message) {
      super(message);
      this.name = "RichApi.Error";
      this.code = code;
      this.debugInfo = { code, message };
    }
  }

  // ---- permissive fallback for members the mock does not model ---------------------------------
  function sink() {
    const fn = () => proxy;
    const store = {};
    const proxy = new Proxy(fn, {
      get(_t, prop) {
        if (prop === "then") return undefined;
        if (prop === "isNullObject") return false;
        if (prop === "load" || prop === "track" || prop === "untrack") return () => proxy;
        if (prop === "toJSON") return () => ({});
        if (prop === Symbol.toPrimitive) return () => "";
        if (prop in store) return store[prop];
        return sink();
      },
      set(_t, prop, value) {
        store[prop] = value;
        return true;
      },
      apply() {
        return sink();
      },
    });
    return proxy;
  }
  function permissive(target) {
    return new Proxy(target, {
      get(t, prop, receiver) {
        if (prop in t) return Reflect.get(t, prop, receiver);
        if (prop === "then" || typeof prop === "symbol") return undefined;
        const value = sink();
        t[prop] = value;
        return value;
      },
    });
  }

  // ---- the workbook -------------------------------------------------------------------------
  const state = {
    sheets: {},
    order: [],
    log: [],
    syncs: 0,
    runs: 0,
    createdWorkbooks: [],
    pendingErrors: [],
    pendingBytes: 0,
    names: {},
    settings: {},
    readSheet(name) {
      const sheet = state.sheets[name];
      if (!sheet) return null;
      let maxRow = -1;
      let maxCol = -1;
      for (const key of sheet.cells.keys()) {
        const [r, c] = key.split(",").map(Number);
        const cell = sheet.cells.get(key);
        if (cell.value === "" && !cell.formula) continue;
        maxRow = Math.max(maxRow, r);
        maxCol = Math.max(maxCol, c);
      }
      const out = [];
      for (let r = 0; r <= maxRow; r++) {
        const row = [];
        for (let c = 0; c <= maxCol; c++) {
          const cell = sheet.cells.get(`${r},${c}`);
          row.push(cell ? (cell.formula ?? cell.value) : "");
        }
        out.push(row);
      }
      return out;
    },
    /** Every formula in the sheet, as "A1: =…". */
    formulaCells(name) {
      const sheet = state.sheets[name];
      if (!sheet) return [];
      return [...sheet.cells.entries()]
        .filter(([, cell]) => cell.formula)
        .map(([key, cell]) => {
          const [r, c] = key.split(",").map(Number);
          return `${indexToCol(c)}${r + 1}: ${cell.formula}`;
        });
    },
    sheetNames() {
      return state.order.slice();
    },
  };
  window.__vendorScoutExcel = state;

  function createSheet(name) {
    if (state.sheets[name])
      throw new DoubleError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    state.sheets[name] = { name, cells: new Map(), tables: [], frozenRows: 0 };
    state.order.push(name);
    state.log.push({ op: "addSheet", sheet: name });
    return state.sheets[name];
  }

  function cellAt(sheet, r, c) {
    const key = `${r},${c}`;
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General" };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  function grid(box, read) {
    const out = [];
    for (let r = 0; r < box.rows; r++) {
      const row = [];
      for (let c = 0; c < box.cols; c++) row.push(read(box.row + r, box.col + c));
      out.push(row);
    }
    return out;
  }

  function checkShape(box, values, what) {
    if (
      !Array.isArray(values) ||
      values.length !== box.rows ||
      values.some((row) => !Array.isArray(row) || row.length !== box.cols)
    ) {
      state.pendingErrors.push(
        new DoubleError(
          "InvalidArgument",
          `The ${what} array is ${Array.isArray(values) ? values.length : "?"} rows by ${Array.isArray(values?.[0]) ? values[0].length : "?"} columns, but the range is ${box.rows} by ${box.cols}.`,
        ),
      );
      return false;
    }
    return true;
  }

  function eachCell(matrix, visit) {
    for (let r = 0; r < matrix.length; r++) {
      for (let c = 0; c < matrix[r].length; c++) visit(matrix[r][c], r, c);
    }
  }

  // Each rule below follows a Microsoft page; tests/support/office/office-contract.ts checks this double
  // and the unit one (excel-context-double.ts) against the same scenarios.
  function writeCell(cell, value, viaValues) {
    // null leaves the cell unchanged, "" clears it, in values and formulas alike.
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
    if (value === null || value === undefined) return;
    // Through `values`, a string starting with "=" becomes a formula unless the cell is formatted as
    // text ("@") first; through `formulas` it always does.
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-format
    const asText = viaValues && cell.numberFormat === "@";
    if (typeof value === "string" && value.startsWith("=") && !asText) {
      cell.formula = value;
      cell.value = value;
    } else {
      cell.formula = null;
      cell.value = value;
    }
  }

  // Excel on the web refuses a request (everything queued before one sync) over 5 MB.
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
  const REQUEST_LIMIT = 5 * 1024 * 1024;
  function measure(payload) {
    state.pendingBytes += new TextEncoder().encode(JSON.stringify(payload)).length;
  }

  function makeRange(sheetRef, box) {
    const sheetName = () => sheetRef.name;
    const sheet = () => state.sheets[sheetRef.name];
    const range = {
      __mockBox: box,
      __mockSheet: sheetRef,
      isNullObject: false,
      load() {
        return range;
      },
      track() {
        return range;
      },
      untrack() {
        return range;
      },
      get address() {
        return formatAddress(sheetName(), box);
      },
      get rowIndex() {
        return box.row;
      },
      get columnIndex() {
        return box.col;
      },
      get rowCount() {
        return box.rows;
      },
      get columnCount() {
        return box.cols;
      },
      get values() {
        return grid(box, (r, c) => sheet().cells.get(`${r},${c}`)?.value ?? "");
      },
      set values(values) {
        if (!checkShape(box, values, "values")) return;
        measure(values);
        eachCell(values, (value, r, c) => writeCell(cellAt(sheet(), box.row + r, box.col + c), value, true));
        state.log.push({ op: "values", sheet: sheetName(), address: range.address });
      },
      get formulas() {
        return grid(box, (r, c) => {
          const cell = sheet().cells.get(`${r},${c}`);
          return cell ? (cell.formula ?? cell.value) : "";
        });
      },
      set formulas(formulas) {
        if (!checkShape(box, formulas, "formulas")) return;
        measure(formulas);
        eachCell(formulas, (value, r, c) =>
          writeCell(cellAt(sheet(), box.row + r, box.col + c), value, false),
        );
        state.log.push({ op: "formulas", sheet: sheetName(), address: range.address });
      },
      get numberFormat() {
        return grid(box, (r, c) => sheet().cells.get(`${r},${c}`)?.numberFormat ?? "General");
      },
      set numberFormat(formats) {
        if (!checkShape(box, formats, "numberFormat")) return;
        measure(formats);
        eachCell(formats, (format, r, c) => {
          // null: unchanged; "": back to General (excel-add-ins-blank-null-values).
          if (format === null || format === undefined) return;
          cellAt(sheet(), box.row + r, box.col + c).numberFormat = format === "" ? "General" : format;
        });
      },
      get text() {
        return grid(box, (r, c) => String(sheet().cells.get(`${r},${c}`)?.value ?? ""));
      },
      get valueTypes() {
        return grid(box, (r, c) => {
          const v = sheet().cells.get(`${r},${c}`)?.value;
          return v === "" || v === undefined
            ? "Empty"
            : typeof v === "number"
              ? "Double"
              : typeof v === "boolean"
                ? "Boolean"
                : "String";
        });
      },
      getCell(r, c) {
        return makeRange(sheetRef, { row: box.row + r, col: box.col + c, rows: 1, cols: 1 });
      },
      getRow(r) {
        return makeRange(sheetRef, { row: box.row + r, col: box.col, rows: 1, cols: box.cols });
      },
      getColumn(c) {
        return makeRange(sheetRef, { row: box.row, col: box.col + c, rows: box.rows, cols: 1 });
      },
      getOffsetRange(dr, dc) {
        return makeRange(sheetRef, { row: box.row + dr, col: box.col + dc, rows: box.rows, cols: box.cols });
      },
      getResizedRange(dr, dc) {
        return makeRange(sheetRef, { row: box.row, col: box.col, rows: box.rows + dr, cols: box.cols + dc });
      },
      getAbsoluteResizedRange(rows, cols) {
        return makeRange(sheetRef, { row: box.row, col: box.col, rows, cols });
      },
      getLastRow() {
        return makeRange(sheetRef, { row: box.row + box.rows - 1, col: box.col, rows: 1, cols: box.cols });
      },
      getCellProperties() {
        return { value: grid(box, () => ({})) };
      },
      clear() {
        for (let r = box.row; r < box.row + box.rows; r++)
          for (let c = box.col; c < box.col + box.cols; c++) sheet().cells.delete(`${r},${c}`);
        state.log.push({ op: "clear", sheet: sheetName(), address: range.address });
      },
      delete() {
        range.clear();
      },
      toJSON() {
        return { address: range.address, values: range.values };
      },
    };
    return permissive(range);
  }

  function usedBox(sheet) {
    let minR = Infinity;
    let minC = Infinity;
    let maxR = -1;
    let maxC = -1;
    for (const [key, cell] of sheet.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      minR = Math.min(minR, r);
      minC = Math.min(minC, c);
      maxR = Math.max(maxR, r);
      maxC = Math.max(maxC, c);
    }
    return maxR < 0 ? null : { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
  }

  function nullObject() {
    const target = { isNullObject: true, load: () => target, track: () => target };
    return permissive(target);
  }

  function makeTable(sheetRef, record) {
    const table = {
      isNullObject: false,
      get name() {
        return record.name;
      },
      set name(value) {
        record.name = value;
      },
      get id() {
        return record.name;
      },
      worksheet: null,
      load: () => table,
      getRange: () => makeRange(sheetRef, record.box),
      getHeaderRowRange: () => makeRange(sheetRef, { ...record.box, rows: 1 }),
      getDataBodyRange: () =>
        makeRange(sheetRef, {
          row: record.box.row + 1,
          col: record.box.col,
          rows: Math.max(record.box.rows - 1, 1),
          cols: record.box.cols,
        }),
      rows: permissive({
        get count() {
          return record.box.rows - 1;
        },
        load() {
          return this;
        },
        add(_index, values) {
          const rows = Array.isArray(values) ? values : [];
          const start = record.box.row + record.box.rows;
          makeRange(sheetRef, {
            row: start,
            col: record.box.col,
            rows: rows.length,
            cols: record.box.cols,
          }).values = rows;
          record.box = { ...record.box, rows: record.box.rows + rows.length };
          return sink();
        },
      }),
      resize(address) {
        record.box =
          typeof address === "object" && address?.__mockBox
            ? { ...address.__mockBox }
            : parseAddress(address);
      },
      delete() {
        const sheet = state.sheets[sheetRef.name];
        sheet.tables = sheet.tables.filter((t) => t !== record);
      },
      convertToRange: () => makeRange(sheetRef, record.box),
    };
    return permissive(table);
  }

  function makeTables(sheetRef) {
    const all = () =>
      sheetRef ? state.sheets[sheetRef.name].tables : Object.values(state.sheets).flatMap((s) => s.tables);
    const refFor = (record) => sheetRef || { name: record.sheet };
    const collection = {
      load: () => collection,
      get items() {
        return all().map((record) => makeTable(refFor(record), record));
      },
      get count() {
        return all().length;
      },
      getCount: () => ({ value: all().length }),
      add(address, _hasHeaders) {
        // Excel accepts a Range object or an address string.
        const isRange = typeof address === "object" && address !== null && address.__mockBox;
        const local = isRange ? "" : String(address);
        const sheetName = isRange
          ? address.__mockSheet.name
          : local.includes("!")
            ? local.split("!")[0].replace(/^'|'$/g, "")
            : sheetRef?.name;
        const ref = { name: sheetName };
        const record = {
          name: `Table${all().length + 1}`,
          sheet: sheetName,
          box: isRange ? { ...address.__mockBox } : parseAddress(local),
        };
        state.sheets[sheetName].tables.push(record);
        state.log.push({ op: "addTable", sheet: sheetName, address: formatAddress(sheetName, record.box) });
        return makeTable(ref, record);
      },
      getItem(name) {
        const record = all().find((t) => t.name === name);
        if (!record) throw new DoubleError("ItemNotFound", `No table named "${name}".`);
        return makeTable(refFor(record), record);
      },
      getItemOrNullObject(name) {
        const record = all().find((t) => t.name === name);
        return record ? makeTable(refFor(record), record) : nullObject();
      },
    };
    return permissive(collection);
  }

  function makeWorksheet(sheetRef) {
    const ws = {
      isNullObject: false,
      get name() {
        return sheetRef.name;
      },
      set name(value) {
        const sheet = state.sheets[sheetRef.name];
        delete state.sheets[sheetRef.name];
        state.order[state.order.indexOf(sheetRef.name)] = value;
        sheet.name = value;
        state.sheets[value] = sheet;
        sheetRef.name = value;
      },
      get id() {
        return sheetRef.name;
      },
      get position() {
        return state.order.indexOf(sheetRef.name);
      },
      set position(value) {
        state.order.splice(state.order.indexOf(sheetRef.name), 1);
        state.order.splice(value, 0, sheetRef.name);
      },
      visibility: "Visible",
      load: () => ws,
      track: () => ws,
      activate() {},
      delete() {
        delete state.sheets[sheetRef.name];
        state.order = state.order.filter((n) => n !== sheetRef.name);
        state.log.push({ op: "deleteSheet", sheet: sheetRef.name });
      },
      getRange(address) {
        return makeRange(
          sheetRef,
          address ? parseAddress(address) : { row: 0, col: 0, rows: 1048576, cols: 16384 },
        );
      },
      getRangeByIndexes(row, col, rows, cols) {
        return makeRange(sheetRef, { row, col, rows, cols });
      },
      getCell(row, col) {
        return makeRange(sheetRef, { row, col, rows: 1, cols: 1 });
      },
      getUsedRange() {
        const box = usedBox(state.sheets[sheetRef.name]);
        return makeRange(sheetRef, box || { row: 0, col: 0, rows: 1, cols: 1 });
      },
      getUsedRangeOrNullObject() {
        const box = usedBox(state.sheets[sheetRef.name]);
        return box ? makeRange(sheetRef, box) : nullObject();
      },
      tables: makeTables(sheetRef),
      freezePanes: permissive({
        freezeRows(count) {
          state.sheets[sheetRef.name].frozenRows = count;
        },
        freezeColumns() {},
        freezeAt() {},
        unfreeze() {},
      }),
    };
    return permissive(ws);
  }

  const worksheets = permissive({
    load: () => worksheets,
    get items() {
      return state.order.map((name) => makeWorksheet({ name }));
    },
    get count() {
      return state.order.length;
    },
    getCount: () => ({ value: state.order.length }),
    add(name) {
      let chosen = name;
      if (!chosen) {
        let i = state.order.length + 1;
        while (state.sheets[`Sheet${i}`]) i++;
        chosen = `Sheet${i}`;
      }
      createSheet(chosen);
      return makeWorksheet({ name: chosen });
    },
    getItem(name) {
      if (!state.sheets[name]) {
        state.pendingErrors.push(new DoubleError("ItemNotFound", `The sheet "${name}" does not exist.`));
        return nullObject();
      }
      return makeWorksheet({ name });
    },
    getItemOrNullObject(name) {
      return state.sheets[name] ? makeWorksheet({ name }) : nullObject();
    },
    getActiveWorksheet() {
      return makeWorksheet({ name: state.order[0] });
    },
    getFirst() {
      return makeWorksheet({ name: state.order[0] });
    },
  });

  function makeSetting(key) {
    const setting = {
      key,
      get isNullObject() {
        return !(key in state.settings);
      },
      get value() {
        return state.settings[key];
      },
      set value(value) {
        state.settings[key] = value;
      },
      load: () => setting,
      delete() {
        delete state.settings[key];
      },
    };
    return permissive(setting);
  }

  const settings = permissive({
    load: () => settings,
    get items() {
      return Object.keys(state.settings).map(makeSetting);
    },
    getCount: () => ({ value: Object.keys(state.settings).length }),
    add(key, value) {
      state.settings[key] = value;
      return makeSetting(key);
    },
    getItem(key) {
      if (!(key in state.settings))
        state.pendingErrors.push(new DoubleError("ItemNotFound", `No setting "${key}".`));
      return makeSetting(key);
    },
    getItemOrNullObject(key) {
      return makeSetting(key);
    },
  });

  const workbook = permissive({
    worksheets,
    settings,
    tables: makeTables(null),
    names: permissive({
      add(name, reference) {
        state.names[name] = String(reference?.address ?? reference);
        return sink();
      },
      getItemOrNullObject(name) {
        return state.names[name]
          ? permissive({
              isNullObject: false,
              name,
              delete() {
                delete state.names[name];
              },
            })
          : nullObject();
      },
      load() {
        return this;
      },
      items: [],
    }),
    application: permissive({ suspendApiCalculationUntilNextSync() {}, calculate() {} }),
    load: () => workbook,
  });

  // A new workbook starts with one empty sheet, as Excel's does.
  createSheet("Sheet1");
  state.log.length = 0;

  function makeContext() {
    const context = permissive({
      workbook,
      application: workbook.application,
      trackedObjects: permissive({ add() {}, remove() {} }),
      async sync(passThrough) {
        state.syncs++;
        const bytes = state.pendingBytes;
        state.pendingBytes = 0;
        if (bytes > REQUEST_LIMIT) {
          state.pendingErrors.length = 0;
          throw new DoubleError(
            "RequestPayloadSizeLimitExceeded",
            `The request is ${bytes} bytes, over 5 MB.`,
          );
        }
        if (state.pendingErrors.length > 0) {
          const error = state.pendingErrors.shift();
          state.pendingErrors.length = 0;
          throw error;
        }
        return passThrough;
      },
    });
    return context;
  }

  // ---- globals ------------------------------------------------------------------------------
  const supported = (name, version) => {
    if (name !== "ExcelApi") return name === "CustomFunctionsRuntime" || name === "SharedRuntime";
    const [wantMajor, wantMinor] = String(version || "1.1")
      .split(".")
      .map(Number);
    const [haveMajor, haveMinor] = String(options.excelApi).split(".").map(Number);
    return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
  };

  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    context: {
      host: "Excel",
      displayLanguage: "en-US",
      diagnostics: { host: "Excel", platform: options.platform, version: "16.0.mock" },
      requirements: { isSetSupported: supported },
    },
    onReady(callback) {
      const info = { host: "Excel", platform: options.platform };
      return new Promise((resolve) => {
        setTimeout(() => {
          if (typeof callback === "function") callback(info);
          resolve(info);
        }, 0);
      });
    },
    initialize: undefined,
  };
  window.OfficeExtension = { Error: DoubleError, ErrorCodes: {} };
  window.CustomFunctions = {
    associate() {},
    Error: class extends Error {},
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  window.OfficeRuntime = { storage: { getItem: async () => null, setItem: async () => {} } };
  window.Excel = {
    async run(batch) {
      state.runs++;
      return batch(makeContext());
    },
    async createWorkbook(base64) {
      state.createdWorkbooks.push({
        base64Length: String(base64).length,
        startsWithZip: String(base64).startsWith("UEsDB"),
      });
    },
    ErrorCodes: { itemNotFound: "ItemNotFound" },
  };
})();
