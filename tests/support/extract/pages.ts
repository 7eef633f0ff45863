import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { JSDOM } from "jsdom";

/** The repository root (this file sits at tests/support/extract/). */
export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
/** The shared real-page fixtures: CI clones main with shared/ beside it. */
export const SHARED_PAGES = resolve(REPO_ROOT, "../shared/fixtures/pages");
/** The directory and provider pages this project writes. */
export const OWN_PAGES = resolve(REPO_ROOT, "tests/fixtures/pages");

export const CAPTURED_AT = new Date("2025-06-01T12:00:00.000Z");

export function sharedPage(relative: string): string {
  return readFileSync(join(SHARED_PAGES, relative), "utf8");
}

export function ownPage(name: string): string {
  return readFileSync(join(OWN_PAGES, name), "utf8");
}

/** A Document for HTML, parsed as the CLI does: no scripts run, no resources loaded. */
export function parse(html: string, url = "https://example.org/"): Document {
  return new JSDOM(html, { url }).window.document;
}
