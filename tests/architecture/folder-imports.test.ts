import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { importsFromOutside } from "./folder-imports";

test("names each import from outside the folder, and lets the folder's own files through", () => {
  const dir = mkdtempSync(join(tmpdir(), "vs-folder-imports-"));
  try {
    writeFileSync(join(dir, "a.ts"), 'import { b } from "./b";\nimport * as z from "zod";\n');
    writeFileSync(join(dir, "b.ts"), 'export { c } from "../elsewhere/c";\n');
    writeFileSync(join(dir, "a.test.ts"), 'import { expect } from "vitest";\n');
    expect(importsFromOutside(dir).sort()).toEqual(["a.ts imports zod", "b.ts imports ../elsewhere/c"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a folder with no source file is an error, not a pass", () => {
  const dir = mkdtempSync(join(tmpdir(), "vs-folder-imports-"));
  try {
    expect(() => importsFromOutside(dir)).toThrow(/holds no source file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
