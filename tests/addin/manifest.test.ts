/**
 * Offline checks of the add-in manifest and the built add-in (dist/addin). `office-addin-manifest
 * validate` needs Microsoft's validation service, so it cannot gate CI; these checks catch what breaks
 * a sideload most often: a resource id that resolves to nothing, a URL on another origin or over http,
 * a file the manifest names that the build did not write, and functions.json out of step with the API.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { ADDIN_ID, DEV_ORIGIN, packageVersion, renderManifest } from "../../excel-addin/build/manifest";
import { VENDOR_FUNCTIONS } from "../../excel-addin/functions/registry";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(root, "dist/addin");
const committed = readFileSync(resolve(root, "manifest.xml"), "utf8");

/** One element of the parsed manifest, with the chain of tag names that leads to it. */
interface Visited {
  path: string[];
  node: Record<string, unknown>;
}

function walk(value: unknown, path: string[], out: Visited[]): Visited[] {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, path, out);
  } else if (typeof value === "object" && value !== null) {
    const node = value as Record<string, unknown>;
    out.push({ path, node });
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith("@_")) walk(child, [...path, key], out);
    }
  }
  return out;
}

const parseManifest = (xml: string): unknown =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(xml);
const parsed = parseManifest(committed);
const nodes = walk(parsed, [], []);
const attribute = (visited: Visited, name: string): string | undefined => {
  const value = visited.node[`@_${name}`];
  return typeof value === "string" ? value : undefined;
};
const tag = (visited: Visited): string => visited.path.at(-1) ?? "";

/** Resources by id: bt:Image, bt:Url and bt:String under VersionOverrides/Resources. */
const resources = new Map<string, { kind: string; value: string }>();
for (const visited of nodes) {
  const id = attribute(visited, "id");
  const value = attribute(visited, "DefaultValue");
  if (visited.path.includes("Resources") && id !== undefined && value !== undefined) {
    expect(resources.has(id), `resource id ${id} is defined twice`).toBe(false);
    resources.set(id, { kind: visited.path.at(-2) ?? "", value });
  }
}
const resourceOf = (path: string): string | undefined =>
  nodes.find((visited) => visited.path.join("/").endsWith(path) && attribute(visited, "resid"))?.node[
    "@_resid"
  ] as string | undefined;

/** Every URL a parsed manifest names: DefaultValue attributes that are URLs (the XML comments' links are not). */
function manifestUrls(manifest: unknown): string[] {
  return walk(manifest, [], [])
    .map((visited) => visited.node["@_DefaultValue"])
    .filter((value): value is string => typeof value === "string" && /^[a-z]+:\/\//i.test(value));
}
const urls = manifestUrls(parsed);
const appDomains = JSON.stringify(parsed).match(/"AppDomain":"([^"]+)"/g) ?? [];

describe("manifest.xml", () => {
  test("is the generator's output for the development origin (edit the template, then npm run manifest)", () => {
    expect(committed).toBe(renderManifest(DEV_ORIGIN, packageVersion()));
  });

  test("keeps the stable add-in id", () => {
    expect(committed).toContain(`<Id>${ADDIN_ID}</Id>`);
    expect(ADDIN_ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test("is a task pane add-in for Excel workbooks needing the custom functions and shared runtimes", () => {
    expect(committed).toContain('xsi:type="TaskPaneApp"');
    expect(committed).toContain('<Host Name="Workbook"/>');
    expect(committed).toContain('<Host xsi:type="Workbook">');
    expect(committed).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.[3-9]"\/>/);
    expect(committed).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
  });

  test("names resources only by ids that are defined, and defines none it does not use", () => {
    const referenced = new Set(
      nodes.map((visited) => attribute(visited, "resid")).filter((id) => id !== undefined),
    );
    expect(referenced.size).toBeGreaterThan(5);
    for (const id of referenced) expect(resources.has(id), `resid "${id}" has no resource`).toBe(true);
    for (const id of resources.keys())
      expect(referenced.has(id), `resource "${id}" is never used`).toBe(true);
  });

  test("loads the task pane, the functions page, the ribbon handler and the runtime from one page (shared runtime)", () => {
    const runtime = nodes.find((visited) => tag(visited) === "Runtime");
    expect(runtime && attribute(runtime, "lifetime")).toBe("long");
    const page = runtime && attribute(runtime, "resid");
    expect(page).toBeDefined();
    expect(resourceOf("ExtensionPoint/Page/SourceLocation")).toBe(page);
    expect(resourceOf("Action/SourceLocation")).toBe(page);
    expect(resourceOf("DesktopFormFactor/FunctionFile")).toBe(page);
    expect(resources.get(page ?? "")?.value).toBe(`${DEV_ORIGIN}/taskpane.html`);
  });

  test("has no custom functions namespace, so users type =VENDORSCORE literally (issue 18)", () => {
    // An empty namespace string fails Microsoft's schema; leaving the element out is the valid way.
    expect(resourceOf("ExtensionPoint/Namespace")).toBeUndefined();
    expect(nodes.some((visited) => tag(visited) === "Namespace")).toBe(false);
  });

  test("points the functions script and metadata at functions.js and functions.json", () => {
    expect(resources.get(resourceOf("Script/SourceLocation") ?? "")?.value).toBe(
      `${DEV_ORIGIN}/functions.js`,
    );
    expect(resources.get(resourceOf("Metadata/SourceLocation") ?? "")?.value).toBe(
      `${DEV_ORIGIN}/functions.json`,
    );
  });

  test("uses one https origin for every URL and app domain", () => {
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).origin, url).toBe(DEV_ORIGIN);
    expect(appDomains).toEqual([`"AppDomain":"${DEV_ORIGIN}"`]);
  });

  test("gives the ribbon button 16, 32 and 80 px icons", () => {
    const ribbonSizes = nodes
      .filter((visited) => tag(visited) === "bt:Image" && visited.path.includes("Control"))
      .map((visited) => attribute(visited, "size"));
    expect(ribbonSizes).toEqual(["16", "32", "80"]);
  });

  test.each([
    ["http://localhost:3000", /not https/],
    ["https://host.example/addin", /more than an origin/],
    ["localhost:3000", /not https|not a URL/],
  ])("refuses the origin %s", (origin, message) => {
    expect(() => renderManifest(origin, "1.0.0")).toThrow(message);
  });

  test("renders a hosted copy with every URL on the hosted origin", () => {
    const hosted = parseManifest(renderManifest("https://addin.example.com/", packageVersion()));
    expect(JSON.stringify(hosted)).not.toContain("localhost");
    const hostedUrls = manifestUrls(hosted);
    expect(hostedUrls).toHaveLength(urls.length);
    for (const url of hostedUrls) expect(new URL(url).origin, url).toBe("https://addin.example.com");
  });
});

/** The parameters each function must take, as the design fixes them: name, optional, range or value. */
const EXPECTED_PARAMETERS: Record<string, [name: string, optional: boolean, range: boolean][]> = {
  VENDORSCORE: [
    ["ratings", false, true],
    ["weights", false, true],
    ["scaleMax", true, false],
  ],
  VENDORRANK: [
    ["scores", false, true],
    ["descending", true, false],
    ["passes", true, true],
  ],
  VENDOROVERLAP: [
    ["ownerZone", false, false],
    ["vendorZone", false, false],
    ["ownerHours", true, false],
    ["vendorHours", true, false],
    ["date", true, false],
  ],
  VENDORTCO: [
    ["monthlyFee", false, false],
    ["months", false, false],
    ["setupFee", true, false],
    ["transitionCost", true, false],
    ["overheadPct", true, false],
    ["annualIncreasePct", true, false],
    ["discountRatePct", true, false],
  ],
  VENDORSAVINGS: [
    ["vendorCost", false, false],
    ["inHouseCost", false, false],
  ],
  VENDORREPUTATION: [
    ["ratings", false, true],
    ["counts", false, true],
    ["scaleMax", true, false],
    ["priorMean", true, false],
    ["priorWeight", true, false],
  ],
  VENDORNORMALIZE: [
    ["value", false, false],
    ["range", false, true],
    ["lowerIsBetter", true, false],
  ],
  VENDORTOPSIS: [
    ["matrix", false, true],
    ["weights", false, true],
    ["directions", true, true],
  ],
  VENDORAHP: [["pairwise", false, true]],
  VENDORSENSITIVITY: [
    ["matrix", false, true],
    ["weights", false, true],
  ],
};
const SPILLING = new Set(["VENDORRANK", "VENDORTOPSIS", "VENDORAHP", "VENDORSENSITIVITY"]);

function builtFile(path: string): string {
  const file = resolve(dist, path);
  if (!existsSync(dist)) {
    throw new Error(
      `${dist} does not exist: run \`npm run build\` (or \`npm run build:addin\`) before the tests.`,
    );
  }
  expect(existsSync(file), `${path} is missing from dist/addin; run \`npm run build:addin\``).toBe(true);
  return file;
}

describe("the built add-in (dist/addin)", () => {
  test("holds every page, script, metadata file and icon the manifest names", () => {
    for (const url of urls) {
      const { pathname } = new URL(url);
      builtFile(decodeURIComponent(pathname.slice(1)));
    }
  });

  test("carries a copy of the committed manifest", () => {
    expect(readFileSync(builtFile("manifest.xml"), "utf8")).toBe(committed);
  });

  test("loads office.js from Microsoft's CDN and the functions script in the shared-runtime page", () => {
    const html = readFileSync(builtFile("taskpane.html"), "utf8");
    const officeJs = html.indexOf('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    const functionsJs = html.indexOf('src="functions.js"');
    expect(officeJs).toBeGreaterThan(-1);
    expect(functionsJs).toBeGreaterThan(officeJs);
    expect(html).toMatch(/<script type="module"[^>]*src="\.\/assets\/[^"]+\.js"/);
  });

  test("functions.js registers every function with CustomFunctions.associate", () => {
    const script = readFileSync(builtFile("functions.js"), "utf8");
    expect(script).toContain("CustomFunctions.associate");
    for (const id of Object.keys(VENDOR_FUNCTIONS)) expect(script).toContain(id);
  });

  test("functions.json lists the ten functions with the designed parameters", () => {
    const metadata = JSON.parse(readFileSync(builtFile("functions.json"), "utf8")) as {
      functions: {
        id: string;
        name: string;
        parameters: { name: string; optional?: boolean; dimensionality?: string }[];
        result: { dimensionality?: string };
      }[];
    };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED_PARAMETERS).sort());
    expect(Object.keys(VENDOR_FUNCTIONS).sort()).toEqual(Object.keys(EXPECTED_PARAMETERS).sort());
    for (const f of metadata.functions) {
      expect(f.name, f.id).toBe(f.id);
      const actual = f.parameters.map((p) => [p.name, p.optional === true, p.dimensionality === "matrix"]);
      expect(actual, f.id).toEqual(EXPECTED_PARAMETERS[f.id]);
      expect(f.result.dimensionality === "matrix", `${f.id} spills`).toBe(SPILLING.has(f.id));
    }
  });
});
