/**
 * size.taskpane_gzip_bytes, size.taskpane_lazy_gzip_bytes, size.functions_gzip_bytes: what the Excel
 * add-in's task pane page loads from dist/addin (npm run build:addin) before it runs, what it loads on
 * first use (the .xlsx builder), and the custom functions script. office.js comes from Microsoft's CDN
 * and is not counted.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { BenchContext } from "../harness/measurement";
import type { MeasurementOutput } from "../harness/metric";
import { measureEntry, SIZE_DETAIL_HEADER, sizeDetailRow } from "./entry-size";

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  const root = resolve(context.repoRoot, "dist/addin");
  const builtAt = statSync(resolve(root, "taskpane.html")).mtime.toISOString();
  const taskpane = measureEntry(root, "taskpane.html");
  const functions = measureEntry(root, "functions.js");
  // functions.js is also a script of taskpane.html; the task pane figure without it is the React app.
  const note = `dist/addin built ${builtAt}; gzip -9 per file, summed`;
  return {
    metrics: [
      {
        key: "size.taskpane_gzip_bytes",
        value: taskpane.gzipBytes,
        unit: "bytes",
        note: `${note}; includes functions.js`,
      },
      {
        key: "size.taskpane_lazy_gzip_bytes",
        value: taskpane.lazyGzipBytes,
        unit: "bytes",
        note: "loaded on first use (dynamic import)",
      },
      { key: "size.functions_gzip_bytes", value: functions.gzipBytes, unit: "bytes", note },
    ],
    details: [
      {
        title: "Add-in entries (dist/addin)",
        header: SIZE_DETAIL_HEADER,
        rows: [taskpane, functions].map(sizeDetailRow),
      },
    ],
  };
}
