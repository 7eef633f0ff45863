/**
 * Recalculating an .xlsx in LibreOffice, headless: the workbook tests' second engine beside HyperFormula.
 * LibreOffice opens each file and saves it again as .xlsx, which stores the values it calculated. The
 * files we write carry no cached results (ExcelJS writes formulas only), and LibreOffice calculates every
 * formula without a cached value on load, so the saved values are LibreOffice's own.
 */
import { execFile, spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";

const run = promisify(execFile);

/** Throws, saying what to install, when LibreOffice (soffice) is not on this machine. */
export function requireLibreOffice(): void {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to run this check.",
    );
  }
}

/**
 * Recalculates `dir/<name>.xlsx` for each name in one LibreOffice run (its profile kept in `dir`, so
 * parallel runs do not share one) and reads back what it saved, by name.
 */
export async function recalculateInLibreOffice(
  dir: string,
  names: readonly string[],
): Promise<Map<string, ExcelJS.Workbook>> {
  await run(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx",
      "--outdir",
      join(dir, "out"),
      ...names.map((name) => join(dir, `${name}.xlsx`)),
    ],
    { timeout: 60_000 },
  );
  const recalculated = new Map<string, ExcelJS.Workbook>();
  for (const name of names) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(join(dir, "out", `${name}.xlsx`))) as unknown as ArrayBuffer);
    recalculated.set(name, workbook);
  }
  return recalculated;
}
