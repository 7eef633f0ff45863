import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, test } from "vitest";
import { applyBuildSettings } from "./extension-build-settings";
import { releaseInstructions, writeRelease } from "./release-files";

const root = resolve(import.meta.dirname, "../..");
const ORIGIN = "https://addin.example.com";
const work = mkdtempSync(join(tmpdir(), "vendorscout-release-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * An extension build as build-extension.ts leaves it: the real development build in build/ when there is
 * one (npm test builds it first), else a small stand-in; `settings` then applied as the script applies them.
 */
function extensionBuild(name: string, settings: Parameters<typeof applyBuildSettings>[1]): string {
  const dir = join(work, name);
  const real = join(root, "build/chrome-mv3-prod");
  if (existsSync(join(real, "manifest.json"))) cpSync(real, dir, { recursive: true });
  else {
    mkdirSync(join(dir, "static"), { recursive: true });
    writeFileSync(join(dir, "static/background.js"), "self.x = 1;");
    writeFileSync(
      join(dir, "manifest.json"),
      JSON.stringify({ manifest_version: 3, name: "x", key: "MIIB" }),
    );
  }
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify(applyBuildSettings({ ...manifest, key: "MIIB" }, settings)));
  return dir;
}

function addinBuild(): string {
  const dir = join(work, "addin-dist");
  mkdirSync(join(dir, "assets"), { recursive: true });
  for (const file of [
    "taskpane.html",
    "functions.js",
    "functions.json",
    "assets/addin-32.png",
    "functions.js.map",
  ]) {
    writeFileSync(join(dir, file), file);
  }
  writeFileSync(join(dir, "manifest.xml"), "<OfficeApp>https://localhost:3000</OfficeApp>");
  return dir;
}

describe("writeRelease", () => {
  const production = { mode: "production", origin: ORIGIN, name: "VendorScout" } as const;

  test("writes both store zips, the add-in's files and its production manifest for the origin", () => {
    const outDir = join(work, "out");
    const outputs = writeRelease({
      origin: ORIGIN,
      version: "0.1.0",
      chromeDir: extensionBuild("chrome", production),
      edgeDir: extensionBuild("edge", production),
      addinDir: addinBuild(),
      outDir,
    });
    for (const zip of [outputs.chromeZip, outputs.edgeZip]) {
      const files = unzipSync(readFileSync(zip));
      const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as Record<
        string,
        unknown
      >;
      expect(manifest.name).toBe("VendorScout");
      expect(manifest.externally_connectable).toEqual({ matches: [`${ORIGIN}/*`] });
      expect(manifest).not.toHaveProperty("key");
      expect(Object.keys(files).some((name) => name.endsWith(".js"))).toBe(true);
    }
    expect(existsSync(join(outputs.addinDir, "taskpane.html"))).toBe(true);
    expect(existsSync(join(outputs.addinDir, "assets/addin-32.png"))).toBe(true);
    expect(existsSync(join(outputs.addinDir, "functions.js.map"))).toBe(false);
    expect(existsSync(join(outputs.addinDir, "manifest.xml"))).toBe(false);
    const xml = readFileSync(outputs.manifest, "utf8");
    expect(xml).toContain(`${ORIGIN}/taskpane.html`);
    expect(xml).not.toContain("localhost");
    expect(xml).not.toMatch(/<Namespace\b/);
    const lines = releaseInstructions(outputs, ORIGIN, work);
    expect(lines.join("\n")).toMatch(
      /Chrome Web Store[\s\S]*Edge Add-ons[\s\S]*static https host[\s\S]*Upload My Add-in/,
    );
  });

  test.each([
    [
      "a development build",
      { mode: "development", origin: ORIGIN, name: "VendorScout (development)" },
      /development build/,
    ],
    [
      "a build for another origin",
      { mode: "production", origin: "https://other.example.com", name: "VendorScout" },
      /not https:\/\/addin/,
    ],
    ["a build without a bridge", { mode: "production", origin: null, name: "VendorScout" }, /no origin/],
  ] as const)("refuses %s and writes nothing", (_name, settings, message) => {
    const outDir = join(work, `refused-${settings.name.length}-${String(settings.origin).length}`);
    expect(() =>
      writeRelease({
        origin: ORIGIN,
        version: "0.1.0",
        chromeDir: extensionBuild("chrome-refused", settings),
        edgeDir: extensionBuild("edge-refused", settings),
        addinDir: addinBuild(),
        outDir,
      }),
    ).toThrow(message);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe("npm run release", () => {
  test.each([
    ["https://localhost:3000", /is this computer/],
    ["http://addin.example.com", /not https/],
    [undefined, /needs the add-in's https origin/],
  ])("refuses %j before building anything", (origin, message) => {
    const out = join(work, "cli-out");
    const result = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        resolve(import.meta.dirname, "release.ts"),
        `--out=${out}`,
        ...(origin ? [`--origin=${origin}`] : []),
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
