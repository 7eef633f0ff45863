import type { Measurement } from "../harness/measurement";

/** Every measurement, in run order: the cheap in-process ones first, the browser ones last. */
export const MEASUREMENTS: readonly Measurement[] = [
  {
    name: "score.pure",
    keys: ["score.pure_ratio"],
    requires: ["shared/scoring/weighted-score.ts"],
    load: () => import("./score-pure"),
  },
  {
    name: "score.hyperformula",
    keys: ["score.hyperformula_ratio"],
    requires: ["tests/workbook/hyperformula-vendor-plugin.ts", "excel-addin/functions/registry.ts"],
    load: () => import("./score-hyperformula"),
  },
];
