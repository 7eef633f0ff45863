/**
 * Renders the XML add-in-only manifest for one origin (where dist/addin is served).
 * The committed root manifest.xml is this output for the development origin; tests/addin checks that.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { httpsOrigin } from "../../shared/bridge/addin-origin";

/** The add-in's id. Never change it: Office keys installed copies and their settings on it. */
export const ADDIN_ID = "a6e54240-6232-4637-880c-3d7265e54f2d";

/** Where `npm run start:addin` serves the add-in. */
export const DEV_ORIGIN = "https://localhost:3000";

const TEMPLATE_PATH = resolve(import.meta.dirname, "manifest.template.xml");

/**
 * Checks and normalises an origin: https, a host, an optional port, nothing else.
 *
 * @example
 * parseOrigin("https://addin.example.com/")
 * //=> "https://addin.example.com"
 *
 * @throws {RangeError} for http, a path, a query, credentials, or text that is no URL
 */
export function parseOrigin(text: string): string {
  return httpsOrigin(text);
}

/**
 * The manifest XML for an origin.
 *
 * @param origin - where taskpane.html, functions.js, functions.json and assets/ are served
 * @param version - the add-in version, from package.json (Office wants up to four dot-separated numbers)
 */
export function renderManifest(origin: string, version: string): string {
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) {
    throw new RangeError(`The version "${version}" is not up to four dot-separated numbers such as 1.2.0.`);
  }
  const values: Record<string, string> = { ORIGIN: parseOrigin(origin), ID: ADDIN_ID, VERSION: version };
  return readFileSync(TEMPLATE_PATH, "utf8").replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new Error(`manifest.template.xml uses {{${key}}}, which renderManifest does not fill.`);
    return value;
  });
}

/** The version in package.json, which the manifest repeats. */
export function packageVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../package.json"), "utf8"));
  if (typeof pkg === "object" && pkg !== null && "version" in pkg && typeof pkg.version === "string") {
    return pkg.version;
  }
  throw new Error("package.json has no version.");
}
