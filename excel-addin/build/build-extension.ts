/**
 * `npm run build:extension` (production) and `npm run build:extension:dev` (development): Plasmo builds
 * build/chrome-mv3-prod and build/edge-mv3-prod, then this script writes the build's name and its one
 * bridge origin into both manifests and checks that a production build allows nothing on this machine.
 *
 *   VENDORSCOUT_ADDIN_ORIGIN=https://addin.example.com npm run build   production, that origin only
 *   npm run build                                                     production, no live bridge
 *   npm run build:extension:dev [-- --origin https://localhost:3000]  development
 *
 * The folder names stay "-prod" (Plasmo's `build` command) for every mode; the name in the browser's
 * extensions page says "(development)" for a development build.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  applyBuildSettings,
  type ExtensionBuildSettings,
  extensionBuildSettings,
  plasmoEnvironment,
} from "./extension-build-settings";

const root = resolve(import.meta.dirname, "../..");

const { values } = parseArgs({
  options: {
    development: { type: "boolean", default: false },
    origin: { type: "string" },
    // `npm run release` builds elsewhere, so the development build the tests use stays in build/.
    "build-path": { type: "string", default: "build" },
  },
});
const buildPath = resolve(root, values["build-path"]);
const EXTENSION_BUILDS = {
  chrome: join(buildPath, "chrome-mv3-prod"),
  edge: join(buildPath, "edge-mv3-prod"),
} as const;

function settingsFromEnvironment(): ExtensionBuildSettings {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { displayName?: string };
  return extensionBuildSettings({
    development: values.development || process.env.VENDORSCOUT_BUILD === "development",
    origin: values.origin ?? process.env.VENDORSCOUT_ADDIN_ORIGIN,
    displayName: pkg.displayName ?? "VendorScout",
  });
}

function runPlasmo(target: "chrome-mv3" | "edge-mv3", settings: ExtensionBuildSettings): void {
  const result = spawnSync(
    process.execPath,
    [
      resolve(root, "node_modules/plasmo/bin/index.mjs"),
      "build",
      "--src-path=extension",
      "--hoist",
      `--target=${target}`,
      `--build-path=${buildPath}`,
    ],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ...plasmoEnvironment(settings) },
    },
  );
  if (result.status !== 0) throw new Error(`plasmo build --target=${target} failed; read its output above.`);
}

/** Files under `dir` whose text names a loopback origin: a production build must have none. */
function loopbackMentions(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|json|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /https:\/\/(localhost|127\.0\.0\.1)(:\d+)?/.test(readFileSync(file, "utf8")));
}

function main(): void {
  const settings = settingsFromEnvironment();
  for (const [browser, dir] of Object.entries(EXTENSION_BUILDS)) {
    runPlasmo(browser === "chrome" ? "chrome-mv3" : "edge-mv3", settings);
    const manifestPath = join(dir, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, unknown>;
    writeFileSync(manifestPath, `${JSON.stringify(applyBuildSettings(manifest, settings), null, 2)}\n`);
    if (settings.mode === "production") {
      const mentions = loopbackMentions(dir);
      if (mentions.length > 0) {
        throw new Error(
          `The production build in ${dir} still names a localhost origin (${mentions.join(", ")}). Remove PLASMO_PUBLIC_ADDIN_ORIGIN from .env files and build again.`,
        );
      }
    }
  }
  console.log(
    `Built ${Object.values(EXTENSION_BUILDS).join(" and ")}: "${settings.name}", ${
      settings.origin === null
        ? "no live bridge (the add-in imports vendor packs; give VENDORSCOUT_ADDIN_ORIGIN=https://your.host for the bridge)"
        : `bridge open to ${settings.origin} once the owner approves it in the side panel`
    }.`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
