/**
 * Each source file says its one job in its opening comment and stays small enough to read in one go
 * (issue 22: "No source file outside tests over 450 lines; each file's opening comment says its one job").
 * Whether the comment says the job well is for review; this finds the files that say nothing.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const PARTS = ["extension", "excel-addin", "shared", "xlsx"];
const MAX_LINES = 450;
/** A directive prologue line ("use client";), which must stay above any comment. */
const DIRECTIVE = /^(["'])use [\w-]+\1;?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === "node_modules" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

/**
 * Whether the first line that is not blank, a shebang or a directive ("use client";) starts a comment.
 *
 * @example
 * opensWithComment('// Plans the Vendors sheet.\nimport * as z from "zod";') //=> true
 * opensWithComment('import * as z from "zod";\n// Plans the Vendors sheet.') //=> false
 */
function opensWithComment(source: string): boolean {
  const lines = source.split(/\r?\n/).map((line) => line.trim());
  const first = lines.find(
    (line, index) => line !== "" && !(index === 0 && line.startsWith("#!")) && !DIRECTIVE.test(line),
  );
  return first !== undefined && (first.startsWith("//") || first.startsWith("/*"));
}

const lineCount = (source: string) => source.split(/\r?\n/).length - (source.endsWith("\n") ? 1 : 0);

describe("every source file", () => {
  const files = PARTS.flatMap((part) => sourceFiles(join(ROOT, part))).map((file) => ({
    path: relative(ROOT, file),
    source: readFileSync(file, "utf8"),
  }));

  test("opens with a comment that says its one job", () => {
    expect(files.length).toBeGreaterThan(100);
    const silent = files.filter((file) => !opensWithComment(file.source)).map((file) => file.path);
    expect(silent).toEqual([]);
  });

  test(`has at most ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => ({ path: file.path, lines: lineCount(file.source) }))
      .filter((file) => file.lines > MAX_LINES)
      .map((file) => `${file.path}: ${file.lines} lines`);
    expect(long).toEqual([]);
  });
});

describe("opensWithComment", () => {
  test.each([
    ["/** Plans the Vendors sheet. */\nexport const x = 1;"],
    ["/**\n * Plans the Vendors sheet.\n */\nimport * as z from 'zod';"],
    ["// Registered at the worker's top level.\nimport './listen';"],
    ["\n\n/** After blank lines. */\nexport {};"],
    ['#!/usr/bin/env node\n/** A CLI. */\nimport "node:fs";'],
    ['"use client";\n/** A client component. */\nexport {};'],
  ])("accepts %j", (source) => {
    expect(opensWithComment(source)).toBe(true);
  });

  test.each([
    ['import * as z from "zod";\n/** The module, after its imports. */'],
    ["export const x = 1;"],
    [""],
    ['#!/usr/bin/env node\nimport "node:fs";'],
  ])("refuses %j", (source) => {
    expect(opensWithComment(source)).toBe(false);
  });
});
