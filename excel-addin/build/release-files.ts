/**
 * The files of a release, from finished builds: the Chrome and Edge store packages, the add-in's static
 * files and its production manifest. release.ts runs the builds, then this; the test runs this alone.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { zipSync } from "fflate";
import { productionManifest } from "./production-manifest";

export interface ReleaseInputs {
  /** Already checked by productionAddinOrigin. */
  origin: string;
  version: string;
  chromeDir: string;
  edgeDir: string;
  /** dist/addin as build.ts wrote it for `origin`. */
  addinDir: string;
  outDir: string;
}

export interface ReleaseOutputs {
  chromeZip: string;
  edgeZip: string;
  addinDir: string;
  manifest: string;
}

/**
 * Writes `outDir` afresh. Throws a sentence, before writing anything, when a build is a development one
 * or lets another origin call the bridge.
 */
export function writeRelease(inputs: ReleaseInputs): ReleaseOutputs {
  for (const dir of [inputs.chromeDir, inputs.edgeDir]) checkStoreBuild(dir, inputs.origin);
  const manifestXml = productionManifest(inputs.origin, inputs.version);

  rmSync(inputs.outDir, { recursive: true, force: true });
  mkdirSync(inputs.outDir, { recursive: true });
  const outputs: ReleaseOutputs = {
    chromeZip: join(inputs.outDir, `vendorscout-chrome-${inputs.version}.zip`),
    edgeZip: join(inputs.outDir, `vendorscout-edge-${inputs.version}.zip`),
    addinDir: join(inputs.outDir, "addin"),
    manifest: join(inputs.outDir, "manifest.xml"),
  };
  writeFileSync(outputs.chromeZip, storePackage(inputs.chromeDir));
  writeFileSync(outputs.edgeZip, storePackage(inputs.edgeDir));
  // The development manifest and source maps stay behind: the host serves only what Office loads.
  cpSync(inputs.addinDir, outputs.addinDir, {
    recursive: true,
    filter: (source) => !source.endsWith(".map") && relative(inputs.addinDir, source) !== "manifest.xml",
  });
  writeFileSync(outputs.manifest, manifestXml);
  return outputs;
}

/** What each file is for, in the words the owner needs next. */
export function releaseInstructions(outputs: ReleaseOutputs, origin: string, root: string): string[] {
  const show = (path: string) => relative(root, path) || path;
  return [
    `${show(outputs.chromeZip)}  ->  Chrome Web Store developer dashboard (https://chrome.google.com/webstore/devconsole): upload as a new item or a new version.`,
    `${show(outputs.edgeZip)}  ->  Microsoft Partner Center, Edge Add-ons (https://partner.microsoft.com/dashboard/microsoftedge): upload as the package.`,
    `${show(outputs.addinDir)}/  ->  your static https host, served at ${origin}/ (so ${origin}/taskpane.html opens the task pane).`,
    `${show(outputs.manifest)}  ->  Excel: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, or for a whole organisation the Microsoft 365 admin center > Settings > Integrated apps > Upload custom apps.`,
  ];
}

function checkStoreBuild(dir: string, origin: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
    name?: string;
    externally_connectable?: { matches?: string[] };
  };
  if (typeof manifest.name !== "string" || /development/i.test(manifest.name)) {
    throw new Error(`${dir} is a development build ("${manifest.name}"); build it with \`npm run release\`.`);
  }
  const matches = manifest.externally_connectable?.matches ?? [];
  if (matches.length !== 1 || matches[0] !== `${origin}/*`) {
    throw new Error(
      `${dir} lets ${matches.length === 0 ? "no origin" : matches.join(", ")} call the bridge, not ${origin}; build it again with \`npm run release -- --origin ${origin}\`.`,
    );
  }
}

/**
 * A zip with manifest.json at its root, as both stores want. The manifest's `key` is dropped: the stores
 * refuse a package that has one and give the item their own key (and so its id).
 * https://developer.chrome.com/docs/webstore/publish
 */
function storePackage(dir: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith(".map")) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path).split("\\").join("/");
    if (name === "manifest.json") {
      const { key: _key, ...manifest } = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      files[name] = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
    } else {
      files[name] = readFileSync(path);
    }
  }
  // A fixed time keeps two runs on the same builds byte-identical.
  return zipSync(files, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") });
}
