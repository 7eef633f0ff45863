/**
 * size.<entry>_gzip_bytes for each entry of the built extension (build/chrome-mv3-prod, from
 * npm run build:extension): the background service worker, the popup, the side panel, the tabs pages
 * (offscreen...) and any content script; and size.ordinary_page_scripts, the number of content scripts
 * the manifest declares for ordinary web pages, which must be 0 (the extension reads a page only when
 * the owner clicks, through activeTab).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import * as z from "zod";
import type { BenchContext } from "../harness/measurement";
import type { MeasurementOutput, Metric } from "../harness/metric";
import { matchesOrdinaryPages } from "./bundle-graph";
import { type EntrySize, measureEntry, SIZE_DETAIL_HEADER, sizeDetailRow } from "./entry-size";

const manifestSchema = z.looseObject({
  background: z.looseObject({ service_worker: z.string().optional() }).optional(),
  action: z.looseObject({ default_popup: z.string().optional() }).optional(),
  side_panel: z.looseObject({ default_path: z.string().optional() }).optional(),
  options_ui: z.looseObject({ page: z.string().optional() }).optional(),
  options_page: z.string().optional(),
  content_scripts: z
    .array(z.looseObject({ matches: z.array(z.string()).default([]), js: z.array(z.string()).default([]) }))
    .default([]),
  externally_connectable: z.looseObject({ matches: z.array(z.string()).default([]) }).optional(),
});

/** "tabs/offscreen.html" -> "tabs_offscreen": a key part with no dots or slashes. */
function keyPart(path: string): string {
  return path
    .replace(/\.html$/, "")
    .replace(/[^a-z0-9]+/gi, "_")
    .toLowerCase();
}

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  const root = resolve(context.repoRoot, "build/chrome-mv3-prod");
  const manifestPath = resolve(root, "manifest.json");
  const builtAt = statSync(manifestPath).mtime.toISOString();
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, "utf8")));

  const entries = new Map<string, string>();
  if (manifest.background?.service_worker) entries.set("background", manifest.background.service_worker);
  if (manifest.action?.default_popup) entries.set("popup", manifest.action.default_popup);
  if (manifest.side_panel?.default_path) entries.set("sidepanel", manifest.side_panel.default_path);
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) entries.set("options", options);
  // Pages the manifest does not name but the code opens (Plasmo tabs/, the offscreen document).
  const named = new Set(entries.values());
  for (const dir of ["", "tabs"]) {
    for (const file of readdirSync(resolve(root, dir || "."))) {
      const path = dir ? `${dir}/${file}` : file;
      if (file.endsWith(".html") && !named.has(path)) entries.set(keyPart(path), path);
    }
  }

  const ownOrigins = manifest.externally_connectable?.matches ?? [];
  const ordinary = manifest.content_scripts.filter((script) =>
    script.matches.some((pattern) => matchesOrdinaryPages(pattern, ownOrigins)),
  );
  const sizes: EntrySize[] = [];
  const metrics: Metric[] = [];
  const note = `build/chrome-mv3-prod built ${builtAt}; gzip -9 per file, summed`;
  for (const [name, path] of entries) {
    const size = measureEntry(root, path);
    sizes.push(size);
    metrics.push({
      key: `size.${name}_gzip_bytes`,
      value: size.gzipBytes,
      unit: "bytes",
      note: `${path}; ${note}`,
    });
  }
  for (const [index, script] of manifest.content_scripts.entries()) {
    for (const js of script.js) {
      const size = measureEntry(root, js);
      sizes.push(size);
      metrics.push({
        key: `size.content_script_${index}_gzip_bytes`,
        value: size.gzipBytes,
        unit: "bytes",
        note: `${js} on ${script.matches.join(" ")}`,
      });
    }
  }
  metrics.push({
    key: "size.ordinary_page_scripts",
    value: ordinary.length,
    unit: "count",
    target: { text: "0", met: ordinary.length === 0 },
    note:
      ordinary.length === 0
        ? `${manifest.content_scripts.length} content scripts in the built manifest, none on ordinary pages`
        : `on ordinary pages: ${ordinary.map((s) => s.matches.join(" ")).join("; ")}`,
  });
  return {
    metrics,
    details: [
      {
        title: "Extension entries (build/chrome-mv3-prod)",
        header: SIZE_DETAIL_HEADER,
        rows: sizes.map(sizeDetailRow),
      },
    ],
  };
}
