/**
 * `npm run manifest -- [--origin https://your.host] [--out FILE]`
 * Writes the manifest for an origin (default https://localhost:3000) to FILE (default manifest.xml at the
 * repository root). Use it for a hosted copy: serve dist/addin at the origin and sideload the written file.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEV_ORIGIN, packageVersion, renderManifest } from "./manifest";

const { values } = parseArgs({
  options: { origin: { type: "string", default: DEV_ORIGIN }, out: { type: "string" } },
});
const out = resolve(process.cwd(), values.out ?? resolve(import.meta.dirname, "../../manifest.xml"));
try {
  writeFileSync(out, renderManifest(values.origin, packageVersion()));
  console.log(`Wrote ${out} for ${values.origin}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
