/**
 * `npm run build:addin [-- --origin https://your.host]`: writes dist/addin, everything Office loads:
 *   taskpane.html (+ its JS/CSS)  the task pane, also the shared runtime's page
 *   functions.js                  the custom functions as a classic script (manifest: CustomFunctions Script)
 *   functions.json                generated from the JSDoc in excel-addin/functions/functions.ts
 *   assets/addin-*.png            the icons the manifest names
 *   manifest.xml                  the manifest for the origin (default https://localhost:3000)
 *   manifest.dev.xml              the development copy: own id, name and functions namespace (VSDEV)
 *
 * A build for this machine's origin is the development copy's: its pane writes =VSDEV.VENDORSCORE(
 * (paneFunctionsNamespace), so add manifest.dev.xml to Excel; a build for a hosted origin is the
 * production one's (literal =VENDORSCORE(, manifest.xml).
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { build } from "vite";
import { extensionIdsToCall } from "../../shared/bridge/extension-id";
import { ADDIN_OUT_DIR } from "../vite.config";
import { ADDIN_ICON_SIZES } from "./icon-sizes";
import { DEV_ORIGIN, packageVersion, renderManifest } from "./manifest";
import { paneFunctionsNamespace, renderDevManifest } from "./manifest-dev";

const root = resolve(import.meta.dirname, "../..");
const functionsSource = resolve(root, "excel-addin/functions/functions.ts");

// `npm run build` passes the production origin through VENDORSCOUT_ADDIN_ORIGIN, as for the extension.
const { values } = parseArgs({
  options: {
    origin: { type: "string", default: process.env.VENDORSCOUT_ADDIN_ORIGIN || DEV_ORIGIN },
    // `npm run release` builds its copy elsewhere, so the development dist/addin the tests use stays.
    "out-dir": { type: "string", default: ADDIN_OUT_DIR },
  },
});
const outDir = resolve(values["out-dir"]);
// Rendered first so a bad --origin fails before anything is built.
const manifest = renderManifest(values.origin, packageVersion());
const devManifest = await renderDevManifest(values.origin, packageVersion());

rmSync(outDir, { recursive: true, force: true });

await build({
  configFile: false,
  logLevel: "warn",
  build: {
    outDir,
    emptyOutDir: false,
    target: "es2022",
    sourcemap: true,
    lib: {
      entry: resolve(root, "excel-addin/functions/register.ts"),
      formats: ["iife"],
      name: "VendorScoutFunctions",
      fileName: () => "functions.js",
    },
  },
});

// The generator behind `custom-functions-metadata generate`, called directly because the CLI reports
// errors but still exits 0; a build with a malformed @customfunction must fail.
const metadata = await generateCustomFunctionsMetadata(functionsSource);
if (metadata.errors.length > 0) {
  throw new Error(`functions.json could not be generated:\n${metadata.errors.join("\n")}`);
}
writeFileSync(resolve(outDir, "functions.json"), metadata.metadataJson);

mkdirSync(resolve(outDir, "assets"), { recursive: true });
for (const size of ADDIN_ICON_SIZES) {
  copyFileSync(resolve(root, `assets/addin-${size}.png`), resolve(outDir, `assets/addin-${size}.png`));
}

writeFileSync(resolve(outDir, "manifest.xml"), manifest);
writeFileSync(resolve(outDir, "manifest.dev.xml"), devManifest);

// The page last: it imports the task pane app, the part most likely to be mid-change.
await build({
  configFile: resolve(root, "excel-addin/vite.config.ts"),
  logLevel: "warn",
  build: { outDir },
  // The store ids a release passes (npm run release -- --chrome-id … --edge-id …), checked here so a
  // mistyped id fails the build instead of a connection in Excel.
  define: {
    __VENDORSCOUT_EXTENSION_IDS__: JSON.stringify(
      extensionIdsToCall(process.env.VENDORSCOUT_EXTENSION_IDS).join(","),
    ),
    __VENDORSCOUT_FUNCTIONS_NAMESPACE__: JSON.stringify(paneFunctionsNamespace(values.origin)),
  },
});
const namespace = paneFunctionsNamespace(values.origin);
console.log(
  `Built ${outDir} for ${values.origin}: ${namespace ? `the development copy (formulas call ${namespace}.VENDORSCORE; add manifest.dev.xml to Excel)` : "production (formulas call VENDORSCORE; manifest.xml)"}`,
);
