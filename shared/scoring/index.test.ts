import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import * as scoring from "./index";

describe("shared/scoring index", () => {
  // The Excel custom functions import these names; renaming one breaks VENDOR* silently at load time.
  test.each([
    "weightedScore",
    "rankScores",
    "normalizeRating",
    "bayesianRating",
    "topsis",
    "ahpWeights",
    "weightSensitivity",
    "workingHoursOverlap",
    "gateResults",
    "gateName",
    "dependencyRisk",
  ])("exports %s as a function", (name) => {
    expect(typeof (scoring as Record<string, unknown>)[name]).toBe("function");
  });

  test("imports nothing but its own files, so it runs in the add-in, the extension and HyperFormula alike", () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
    expect(sources.length).toBeGreaterThan(0);
    for (const file of sources) {
      const specifiers = [...readFileSync(join(dir, file), "utf8").matchAll(/\bfrom\s+"([^"]+)"/g)].map(
        (m) => m[1],
      );
      for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\//);
    }
  });
});
