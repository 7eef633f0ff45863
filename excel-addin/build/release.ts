/**
 * `npm run release -- --origin https://your.host [--out release]`: everything an owner installs, for the
 * one https origin where the add-in will be hosted (never this machine):
 *   release/packages/vendorscout-chrome-<version>.zip   the Chrome Web Store package
 *   release/packages/vendorscout-edge-<version>.zip     the Edge Add-ons package
 *   release/packages/addin/                             the add-in's static files, for the host
 *   release/packages/manifest.xml                       the add-in manifest for Excel (that origin only, no Namespace)
 * The extension is built into release/unpacked/, so the development build in build/ is left alone.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { productionAddinOrigin } from "../../shared/bridge/addin-origin";
import { extensionIdsToCall } from "../../shared/bridge/extension-id";
import { packageVersion } from "./manifest";
import { releaseInstructions, writeRelease } from "./release-files";

const root = resolve(import.meta.dirname, "../..");

function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync("npm", ["run", "-s", ...args], {
    cwd: root,
    stdio: "inherit",
    env,
    // npm is npm.cmd on Windows, which only a shell can start.
    shell: process.platform === "win32",
  });
  if (result.status !== 0)
    throw new Error(`npm run ${args[0]} failed; read its output above, fix it, and run the release again.`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      origin: { type: "string" },
      out: { type: "string", default: "release" },
      // The item ids the stores gave VendorScout (dashboard > item > id); known after the first upload.
      "chrome-id": { type: "string" },
      "edge-id": { type: "string" },
    },
  });
  // Checked before anything is built: a localhost or http origin never gets as far as a package.
  const origin = productionAddinOrigin(values.origin);
  const outDir = resolve(root, values.out);
  const unpacked = join(outDir, "unpacked");
  const { VENDORSCOUT_BUILD: _development, ...inherited } = process.env;
  const storeIds = [values["chrome-id"], values["edge-id"]].filter((id): id is string => Boolean(id));
  extensionIdsToCall(storeIds.join(",")); // a mistyped id fails here, before the builds
  const env = {
    ...inherited,
    VENDORSCOUT_ADDIN_ORIGIN: origin,
    VENDORSCOUT_EXTENSION_IDS: storeIds.join(","),
  };

  run(["build:extension", "--", `--build-path=${unpacked}`], env);
  const addinDir = join(outDir, "unpacked/addin");
  run(["build:addin", "--", `--origin=${origin}`, `--out-dir=${addinDir}`], env);
  const outputs = writeRelease({
    origin,
    version: packageVersion(),
    chromeDir: join(unpacked, "chrome-mv3-prod"),
    edgeDir: join(unpacked, "edge-mv3-prod"),
    addinDir,
    outDir: join(outDir, "packages"),
  });
  console.log(`\nVendorScout ${packageVersion()} for ${origin}:`);
  for (const line of releaseInstructions(outputs, origin, root)) console.log(`  ${line}`);
  console.log(
    '\nThe stores give the extension its own id. After the first upload, VendorScout\'s task pane finds it only under the id it was built with; see README, "Publishing".',
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
