import { describe, expect, test } from "vitest";
import { importsFromOutside } from "../../tests/architecture/folder-imports";
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
    expect(importsFromOutside(import.meta.dirname)).toEqual([]);
  });
});
