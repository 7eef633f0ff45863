/**
 * Bundles one of tests/bench/browser's entries as a minified IIFE for Chromium, the way the extension
 * bundles the code it measures, for a measurement to evaluate in a page.
 */
import { resolve } from "node:path";
import { build } from "esbuild";

/** The bundle's text; `what` names the code bundled, for the error when esbuild gives nothing back. */
export async function bundleForPage(repoRoot: string, entry: string, what: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(repoRoot, entry)],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no bundle for ${what}.`);
  return output.text;
}
