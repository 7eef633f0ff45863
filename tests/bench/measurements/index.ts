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
  {
    name: "workbook",
    keys: ["workbook.syncs", "workbook.max_request_bytes"],
    requires: ["excel-addin/workbook/write-scorecard.ts", "tests/support/office/excel-context-double.ts"],
    load: () => import("./workbook-writer"),
  },
  {
    name: "extract.metascraper",
    keys: [
      "extract.metascraper_ratio",
      "extract.metascraper_ratio_without_parse",
      "extract.metascraper_ratio_jsdom_window",
      "extract.fields_vs_metascraper",
    ],
    requires: ["shared/extract/index.ts", "tests/fixtures/pages"],
    load: () => import("./extract-metascraper"),
  },
  {
    name: "extract.real",
    keys: ["extract.real_facts_correct", "extract.real_facts_wrong"],
    requires: ["shared/extract/index.ts", "tests/fixtures/pages/real/facts.json"],
    load: () => import("./extract-real"),
  },
  {
    name: "extract.adversarial",
    keys: ["extract.adversarial_worst_ms", "extract.adversarial_growth"],
    requires: ["shared/extract/index.ts", "tests/hardening/adversarial-pages.ts"],
    load: () => import("./extract-adversarial"),
  },
  {
    name: "extract.browser",
    keys: ["extract.browser_ms_median", "extract.floor_ratio"],
    requires: ["shared/extract/index.ts", "tests/fixtures/pages", "node_modules/esbuild"],
    load: () => import("./extract-browser"),
  },
  {
    name: "extract.clip",
    keys: [
      "extract.clip_ms_median",
      "extract.clip_after_sleep_ms",
      "extract.first_clip_ms",
      "extract.first_clip_from_popup_ms",
    ],
    requires: [
      "extension/capture/clip-tab.ts",
      "tests/fixtures/pages",
      "tests/e2e/helpers/launch-extension.ts",
      "build/chrome-mv3-prod/manifest.json",
    ],
    missingHint: "run npm run build:extension first",
    load: () => import("./clip-browser"),
  },
  {
    name: "library",
    keys: [
      "library.import_10k_ms",
      "library.import_10k_after_preview_ms",
      "library.search_10k_ms",
      "library.search_10k_first_ms",
      "library.sidepanel_first_paint_ms",
    ],
    requires: [
      "extension/db/library.ts",
      "extension/db/vendorscout-db.ts",
      "tests/e2e/helpers/launch-extension.ts",
      "build/chrome-mv3-prod/manifest.json",
    ],
    missingHint: "run npm run build:extension first (and check extension/db has landed)",
    load: () => import("./library"),
  },
  {
    name: "size.extension",
    keys: [
      "size.background_gzip_bytes",
      "size.popup_gzip_bytes",
      "size.sidepanel_gzip_bytes",
      "size.ordinary_page_scripts",
    ],
    requires: ["build/chrome-mv3-prod/manifest.json"],
    missingHint: "run npm run build:extension first",
    load: () => import("./size-extension"),
  },
  {
    name: "size.addin",
    keys: ["size.taskpane_gzip_bytes", "size.taskpane_lazy_gzip_bytes", "size.functions_gzip_bytes"],
    requires: ["dist/addin/taskpane.html", "dist/addin/functions.js"],
    missingHint: "run npm run build:addin first",
    load: () => import("./size-addin"),
  },
];
