/**
 * The two halves stand side by side on one core (issue 22): extension/ and excel-addin/ never import
 * each other, and nothing that ships imports a test double or a devDependency. What both halves need
 * lives below them: shared/ (pure) and xlsx/ (the .xlsx builder, ExcelJS).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === "node_modules" ? [] : sourceFiles(path);
    return /\.(tsx?|mjs|js)$/.test(entry) ? [path] : [];
  });
}

/** Each import in a file: its specifier and, for a relative one, the repository path it reaches. */
function importsOf(file: string, source: string): { specifier: string; target?: string }[] {
  return [...source.matchAll(SPECIFIER)].map((match) => {
    const specifier = match[1] ?? "";
    return specifier.startsWith(".")
      ? { specifier, target: relative(ROOT, resolve(dirname(file), specifier)) }
      : { specifier };
  });
}

/** Tests and test support, wherever they sit today (issue 22 gathers them into one folder per part). */
const isTest = (file: string) =>
  /\.test\.tsx?$|-test-helpers\.tsx?$|[\\/](test-support|fixtures)[\\/]/.test(file);
/** What ships: the extension's pages and worker, the add-in's pane, functions and writer, the core. */
function shippedFiles(): string[] {
  const roots = [
    "extension",
    "excel-addin/taskpane",
    "excel-addin/workbook",
    "excel-addin/functions",
    "shared",
    "xlsx",
  ];
  return (
    roots
      .flatMap((root) => sourceFiles(join(ROOT, root)))
      .filter((file) => !isTest(file))
      // The CLIs run in Node at the owner's prompt, not in a browser or Office.
      .filter((file) => !/^extension[\\/]cli[\\/]/.test(relative(ROOT, file)))
  );
}

function crossings(from: string, to: string): string[] {
  return sourceFiles(join(ROOT, from)).flatMap((file) =>
    importsOf(file, readFileSync(file, "utf8"))
      .filter((found) => found.target?.startsWith(`${to}/`) || found.target === to)
      .map((found) => `${relative(ROOT, file)} imports ${found.specifier}`),
  );
}

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  devDependencies: Record<string, string>;
};
const packageName = (specifier: string) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : (specifier.split("/")[0] ?? "");

describe("the extension and the add-in stay apart", () => {
  test("nothing in extension/ imports excel-addin/", () => {
    expect(crossings("extension", "excel-addin")).toEqual([]);
  });

  test("nothing in excel-addin/ imports extension/", () => {
    expect(crossings("excel-addin", "extension")).toEqual([]);
  });

  test("the check sees a planted crossing", () => {
    const file = join(ROOT, "excel-addin/taskpane/services/planted.ts");
    const found = importsOf(file, 'const m = await import("../../../extension/export/csv");');
    expect(found[0]?.target).toBe("extension/export/csv");
  });
});

describe("what ships", () => {
  const files = shippedFiles();

  test("imports no test double and nothing from tests/", () => {
    const offenders = files.flatMap((file) =>
      importsOf(file, readFileSync(file, "utf8"))
        .filter(
          (found) =>
            found.target?.startsWith("tests/") ||
            /(^|[\\/])(mock-[^/]*|[^/]*-stub|[^/]*-double)$/.test(found.specifier) ||
            found.target?.includes("/fixtures/"),
        )
        .map((found) => `${relative(ROOT, file)} imports ${found.specifier}`),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });

  test("imports no devDependency (type-only imports aside)", () => {
    const dev = new Set(Object.keys(pkg.devDependencies));
    const offenders = files.flatMap((file) => {
      const source = readFileSync(file, "utf8").replace(/^import type .*$/gm, "");
      return importsOf(file, source)
        .filter((found) => found.target === undefined && dev.has(packageName(found.specifier)))
        .map((found) => `${relative(ROOT, file)} imports ${found.specifier}`);
    });
    expect(offenders).toEqual([]);
  });
});
