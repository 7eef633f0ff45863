/**
 * Test support has one home and one naming rule (issue 22): doubles, fixtures and helpers live in
 * tests/support/<part>/ (tests/e2e/helpers for the browser tests), never among the product's files, and
 * a stand-in for a platform is named "-double" after what it stands in for, not mock-, -stub or fake-.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { expect, test } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter(Boolean);
const PRODUCT = /^(extension|excel-addin|shared|xlsx)\//;
/** Where the old conventions put support: a fixtures/ or test-support/ folder, a -test-helpers file. */
const SUPPORT_PLACE = /(^|\/)(fixtures|test-support|__mocks__)\/|-test-helpers\./;
/** The old names of a double: mock-x, x-stub, fake-x and the like. */
const OLD_DOUBLE_NAME = /^(mock|stub|fake)[-.]|-(mock|stub|fake)\./i;

/** The files breaking the rule, among `files`: support among the product's, or a double's old name. */
function misplacedSupport(files: readonly string[]): string[] {
  return files.filter((file) => {
    if (!/\.(tsx?|js|mjs|json)$/.test(file) || /\.test\.tsx?$/.test(file)) return false;
    const name = file.slice(file.lastIndexOf("/") + 1);
    return (PRODUCT.test(file) && SUPPORT_PLACE.test(file)) || OLD_DOUBLE_NAME.test(name);
  });
}

test("no test support among the product's files, and doubles are named -double", () => {
  expect(misplacedSupport(tracked)).toEqual([]);
});

test("the rule catches each old convention", () => {
  expect(
    misplacedSupport([
      "extension/db/fixtures/v1.json",
      "shared/extract/test-support/pages.ts",
      "extension/db/library-test-helpers.ts",
      "tests/support/office/mock-excel-context.ts",
      "tests/support/office/custom-functions-stub.ts",
      "tests/support/office/excel-context-double.ts",
      "tests/support/library/make-library.ts",
      "tests/workbook/fixtures/demo.vendorpack.json",
    ]),
  ).toEqual([
    "extension/db/fixtures/v1.json",
    "shared/extract/test-support/pages.ts",
    "extension/db/library-test-helpers.ts",
    "tests/support/office/mock-excel-context.ts",
    "tests/support/office/custom-functions-stub.ts",
  ]);
});
