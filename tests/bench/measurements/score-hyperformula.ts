/**
 * score.hyperformula_ratio: 10,000 rows of =VENDORSCORE(row, weights) through the plugin that runs the
 * shipped wrapper, against the same rows of the native =SUMPRODUCT(row, weights)/SUM(weights)/5*100.
 * One sample builds the workbook (HyperFormula evaluates every formula while building) and then changes
 * one weight, which recalculates every row. Both engines are made by the same factory, so they share
 * the configuration and differ only in the formula.
 */
import type { HyperFormula } from "hyperformula";
import { customFunctionsStub } from "../../support/office/custom-functions-double";
import { createVendorHyperFormula } from "../../workbook/hyperformula-vendor-plugin";
import { compareInterleaved } from "../harness/interleave";
import type { BenchContext } from "../harness/measurement";
import { atMost, type MeasurementOutput } from "../harness/metric";

const ROWS = 10_000;
const CRITERIA = 10;
const LAST_COLUMN = "J";

type Cell = number | string;

function sheet(formula: (row: number) => string): Cell[][] {
  const weights = Array.from({ length: CRITERIA }, (_, c) => 1 + ((c * 7) % 11));
  const rows: Cell[][] = [weights];
  for (let r = 0; r < ROWS; r++) {
    const excelRow = r + 2;
    const ratings = Array.from({ length: CRITERIA }, (_, c) => 1 + ((r * 31 + c * 17) % 9) / 2);
    rows.push([...ratings, formula(excelRow)]);
  }
  return rows;
}

const weightsRange = `$A$1:$${LAST_COLUMN}$1`;
const vendorSheet = sheet((row) => `=VENDORSCORE(A${row}:${LAST_COLUMN}${row},${weightsRange})`);
const nativeSheet = sheet(
  (row) => `=SUMPRODUCT(A${row}:${LAST_COLUMN}${row},${weightsRange})/SUM(${weightsRange})/5*100`,
);

function buildAndRecalc(cells: Cell[][]): HyperFormula {
  const hf = createVendorHyperFormula({ Scorecard: cells });
  const sheetId = hf.getSheetId("Scorecard") as number;
  // A weight change touches every row's formula: the recalculation an owner triggers when re-weighting.
  hf.setCellContents({ sheet: sheetId, row: 0, col: 0 }, [[9]]);
  return hf;
}

function scores(hf: HyperFormula): unknown[] {
  const sheetId = hf.getSheetId("Scorecard") as number;
  return hf
    .getSheetValues(sheetId)
    .slice(1)
    .map((row) => row[CRITERIA]);
}

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  // The wrappers report bad input through Excel's CustomFunctions global; the stub stands in for it.
  Reflect.set(globalThis, "CustomFunctions", customFunctionsStub);

  // Both formulas must give the same numbers, or the comparison times different work. This first build
  // of each side (A, then B) is also the warm-up round: a build takes seconds on a shared machine.
  const ours = buildAndRecalc(vendorSheet);
  const native = buildAndRecalc(nativeSheet);
  const a = scores(ours);
  const b = scores(native);
  ours.destroy();
  native.destroy();
  for (let r = 0; r < ROWS; r++) {
    const x = a[r];
    const y = b[r];
    if (typeof x !== "number" || typeof y !== "number" || Math.abs(x - y) > 1e-9) {
      throw new Error(`VENDORSCORE and SUMPRODUCT disagree on row ${r + 2}: ${String(x)} vs ${String(y)}.`);
    }
  }

  context.log("score.hyperformula: 1 warm-up (the check) + 4 interleaved rounds of build + recalc");
  const result = await compareInterleaved(
    { name: "VENDORSCORE", run: () => buildAndRecalc(vendorSheet).destroy() },
    { name: "SUMPRODUCT", run: () => buildAndRecalc(nativeSheet).destroy() },
    // Few rounds: one sample takes a second or more, and the whole bench has five minutes.
    { warmupRounds: 0, rounds: 4 },
  );
  return {
    metrics: [
      {
        key: "score.hyperformula_ratio",
        value: result.ratio,
        unit: "ratio",
        target: atMost(result.ratio, 1.1),
        note: `10k rows, build + recalc: VENDORSCORE ${result.measured.medianMs.toFixed(0)} ms vs SUMPRODUCT ${result.baseline.medianMs.toFixed(0)} ms (medians of 4)`,
      },
    ],
  };
}
