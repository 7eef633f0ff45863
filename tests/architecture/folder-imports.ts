/**
 * Which imports of a folder's source files (its tests aside) reach outside the folder: shared/scoring and
 * shared/cost import nothing but their own files, so they run in the add-in, the extension and
 * HyperFormula alike, and their index tests check it with this.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Each import from outside `dir` by a `.ts` file directly in it, as "file imports specifier"; throws
 * when `dir` holds no source file, where an empty answer would prove nothing.
 *
 * @example
 * importsFromOutside("shared/scorecard") //=> ["costs-sheet.ts imports ../cost/index", …]
 */
export function importsFromOutside(dir: string): string[] {
  const sources = readdirSync(dir).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
  if (sources.length === 0) throw new Error(`${dir} holds no source file to check.`);
  return sources.flatMap((file) =>
    [...readFileSync(join(dir, file), "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)]
      .map((match) => match[1] ?? "")
      .filter((specifier) => !specifier.startsWith("./"))
      .map((specifier) => `${file} imports ${specifier}`),
  );
}
