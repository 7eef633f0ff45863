/**
 * Every Office.js API the add-in calls is covered by the requirement sets manifest.xml declares, or
 * runs only after an isSetSupported check for its set (with a fallback beside it). The set each API
 * needs comes from @types/office-js's JSDoc, Microsoft's own record of it. Issue 18: Table.resize
 * (ExcelApi 1.13) ran unguarded under a manifest that promised less.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import {
  addinSources,
  compareVersions,
  declaredSets,
  officeApiUses,
  readManifest,
  uncoveredUses,
} from "./office-api-sets";

const ROOT = resolve(import.meta.dirname, "../..");
const files = addinSources(
  execFileSync("git", ["ls-files", "excel-addin"], { cwd: ROOT, encoding: "utf8" }).split("\n"),
);
const declared = declaredSets(readManifest("manifest.xml"));

/** A file the add-in does not have, compiled beside it, so a bad call can be planted. */
const planted = (name: string, body: string): [string, string] => [
  `excel-addin/workbook/planted-${name}.ts`,
  `export function grow(table: Excel.Table, range: Excel.Range, isSetSupported: (s: string, v: string) => boolean): void {\n${body}\n}\n`,
];
const PLANTS: [name: string, body: string, expected: string[]][] = [
  ["unguarded", "  table.resize(range);", ["Excel.Table.resize needs ExcelApi 1.13"]],
  [
    "guard-too-old",
    '  if (isSetSupported("ExcelApi", "1.12")) table.resize(range);',
    ["Excel.Table.resize needs ExcelApi 1.13"],
  ],
  [
    "else-branch",
    '  if (isSetSupported("ExcelApi", "1.13")) return;\n  else table.resize(range);',
    ["Excel.Table.resize needs ExcelApi 1.13"],
  ],
  ["guarded", '  if (isSetSupported("ExcelApi", "1.13")) table.resize(range);', []],
  ["guarded-and", '  isSetSupported("ExcelApi", "1.14") && table.resize(range);', []],
];
// One program for all the plants: compiling @types/office-js takes seconds each time.
const plantedUses = officeApiUses([], new Map(PLANTS.map(([name, body]) => planted(name, body))));

describe("Office.js requirement sets", () => {
  const uses = officeApiUses(files);

  test("the manifest declares the sets the add-in depends on", () => {
    expect([...declared.keys()].sort()).toEqual(["CustomFunctionsRuntime", "ExcelApi", "SharedRuntime"]);
  });

  test("finds the add-in's Office.js calls, with the set each needs", () => {
    const apis = new Map(uses.map((use) => [use.api, `${use.set} ${use.version}`]));
    expect(apis.get("Excel.Table.resize")).toBe("ExcelApi 1.13");
    expect(apis.get("Excel.Worksheet.getRangeByIndexes")).toBe("ExcelApi 1.7");
    expect(apis.get("CustomFunctions.Error")).toBe("CustomFunctionsRuntime 1.2");
    expect(apis.size).toBeGreaterThan(30);
  });

  test("every call is covered by the manifest or guarded by isSetSupported", () => {
    expect(uncoveredUses(uses, declared)).toEqual([]);
  });

  test("calls beyond the manifest are there, and each is guarded", () => {
    const beyond = uses.filter((use) => compareVersions(use.version, declared.get(use.set) ?? "0") > 0);
    expect([...new Set(beyond.map((use) => use.api))].sort()).toEqual([
      // Drop-down lists on the Costs sheet (ExcelApi 1.8) and notes (1.18) or comments (1.10), issue 21.
      "Excel.CommentCollection.add",
      "Excel.DataValidation.clear",
      "Excel.DataValidation.rule",
      "Excel.NoteCollection.add",
      "Excel.Range.dataValidation",
      "Excel.Table.resize",
      "Excel.Workbook.comments",
      "Excel.Worksheet.notes",
      "Excel.createWorkbook",
    ]);
  });

  test.each(PLANTS)("a planted file (%s) is caught unless guarded", (name, _, expected) => {
    const found = uncoveredUses(
      plantedUses.filter((use) => use.file.endsWith(`planted-${name}.ts`)),
      declared,
    ).map((line) => line.replace(/^.*:\d+ /, ""));
    expect(found).toEqual(expected);
  });
});
