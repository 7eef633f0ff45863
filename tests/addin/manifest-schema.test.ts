/**
 * Both manifests against Microsoft's manifest schema, offline, with xmllint (Debian libxml2-utils;
 * .ci/run installs it). The schemas and what was added to them are described in tests/addin/schemas/README.md.
 * Microsoft's sideload turns any schema error into "Your add-in manifest is not valid", so a manifest
 * that fails here would not load in Excel at all.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, test } from "vitest";
import { ADDIN_ID, DEV_ORIGIN, packageVersion } from "../../excel-addin/build/manifest";
import {
  addFunctionsNamespace,
  DEV_ADDIN_ID,
  DEV_DISPLAY_NAME,
  DEV_NAMESPACE,
  renderDevManifest,
} from "../../excel-addin/build/manifest-dev";
import { readManifest } from "./office-api-sets";

const ROOT = resolve(import.meta.dirname, "../..");
const SCHEMA = resolve(ROOT, "tests/addin/schemas/OfficeAppManifestV1_1.xsd");

function xmllintPath(): string {
  try {
    return execFileSync("sh", ["-c", "command -v xmllint"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("xmllint is missing: install Debian's libxml2-utils (apt-get install -y libxml2-utils).");
  }
}

/** The schema errors xmllint reports for a manifest, or [] when it validates. */
function schemaErrors(xml: string): string[] {
  const run = spawnSync(xmllintPath(), ["--noout", "--nonet", "--schema", SCHEMA, "-"], {
    input: xml,
    encoding: "utf8",
  });
  // Warnings about the two imports Microsoft never published are not errors of ours (see the README).
  const lines = run.stderr
    .split("\n")
    .filter((line) => /error/i.test(line) && !/fails to validate/.test(line));
  if (run.status !== 0 && lines.length === 0) throw new Error(`xmllint failed: ${run.stderr}`);
  return lines;
}

const production = readManifest("manifest.xml");
const development = await renderDevManifest(DEV_ORIGIN, packageVersion());

describe("the manifests against Microsoft's schema (xmllint)", () => {
  test("the production manifest (manifest.xml) validates", () => {
    expect(schemaErrors(production)).toEqual([]);
  });

  test("the development manifest validates", () => {
    expect(schemaErrors(development)).toEqual([]);
  });

  test.each([
    [
      "an empty functions namespace (issue 18)",
      (xml: string) => addFunctionsNamespace(xml, "X").replace('DefaultValue="X"', 'DefaultValue=""'),
      /minLength/,
    ],
    [
      "elements out of Microsoft's order",
      (xml: string) => xml.replace("<Version>", "<Permissions>ReadDocument</Permissions><Version>"),
      /not expected/,
    ],
    [
      "a runtime with an unknown lifetime",
      (xml: string) => xml.replace('lifetime="long"', 'lifetime="forever"'),
      /lifetime/,
    ],
    [
      "a version Office cannot read",
      (xml: string) => xml.replace(/<Version>[^<]+</, "<Version>1.2.3.4.5<"),
      /Version/,
    ],
  ])("a manifest with %s fails", (_, breakIt, message) => {
    const broken = breakIt(production);
    expect(broken).not.toBe(production);
    const errors = schemaErrors(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(message);
  });
});

describe("production and development copies", () => {
  test("the production manifest has no <Namespace>, so the functions are =VENDORSCORE( and so on", () => {
    // The template's comment names the element; the element itself (with its resid) must be absent.
    expect(production).not.toMatch(/<Namespace\s+resid=/);
    expect(production).not.toContain("Functions.Namespace");
  });

  test("the development manifest has its own id, name and namespace", async () => {
    // Read back the way `office-addin-manifest info` reads a manifest.
    const file = resolve(ROOT, "dist/addin/manifest.dev.xml");
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info.id).toBe(DEV_ADDIN_ID);
    expect(info.displayName).toBe(DEV_DISPLAY_NAME);
    expect(DEV_ADDIN_ID).not.toBe(ADDIN_ID);
    expect(development).toContain(`<Namespace resid="Functions.Namespace"/>`);
    expect(development).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${DEV_NAMESPACE}"/>`);
  });

  test("the build wrote the development manifest beside the production one", async () => {
    expect(readManifest("dist/addin/manifest.dev.xml")).toBe(development);
    const info = await OfficeAddinManifest.readManifestFile(resolve(ROOT, "dist/addin/manifest.xml"));
    expect(info.id).toBe(ADDIN_ID);
  });
});
