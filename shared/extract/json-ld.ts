/**
 * Reads a page's JSON-LD into schema.org items: repairs what pages in the wild get wrong, resolves @id
 * references, and warns about scripts it still cannot read.
 */
import { shortType, type Thing, type ThingValue } from "./thing";

export interface JsonLdResult {
  things: Thing[];
  warnings: string[];
}

const MAX_SCRIPT_CHARS = 2_000_000;

/**
 * Parses one JSON-LD script body, repairing what pages in the wild get wrong: JavaScript
 * comments (// and /* *\/), trailing commas, raw control characters inside strings, an HTML
 * comment wrapper. Returns undefined when it still cannot be read.
 *
 * @example
 * parseJsonLdRaw('{"a": "x", // note\n}') //=> { a: "x" }
 * parseJsonLdRaw("{oops") //=> undefined
 */
export function parseJsonLdRaw(source: string): { value: unknown; repaired: boolean } | undefined {
  const trimmed = source.trim().replace(/^<!--/, "").replace(/-->$/, "").trim();
  if (!trimmed) return undefined;
  try {
    return { value: JSON.parse(trimmed), repaired: false };
  } catch {
    // fall through to the repair below
  }
  try {
    return { value: JSON.parse(repairJson(trimmed)), repaired: true };
  } catch {
    return undefined;
  }
}

/** One pass over the text, aware of strings: drops comments and trailing commas, escapes control chars. */
function repairJson(source: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (inString) {
      if (c === "\\") {
        out += c + (source[i + 1] ?? "");
        i++;
      } else if (c === '"') {
        inString = false;
        out += c;
      } else if (c.charCodeAt(0) < 0x20) {
        out +=
          c === "\n"
            ? "\\n"
            : c === "\r"
              ? "\\r"
              : c === "\t"
                ? "\\t"
                : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
      } else out += c;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "/" && source[i + 1] === "/") {
      while (i < source.length && source[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? source.length : end + 1;
    } else if (c === "}" || c === "]") {
      out = out.replace(/,\s*$/, "");
      out += c;
    } else out += c;
  }
  return out;
}

/**
 * Turns parsed JSON-LD (an object, an array, or an @graph) into items, resolving @id references
 * between nodes of the same page.
 */
export function jsonLdToThings(documents: unknown[]): Thing[] {
  const nodes: Record<string, unknown>[] = [];
  const collect = (value: unknown, depth: number) => {
    if (depth > 8) return;
    if (Array.isArray(value)) {
      for (const item of value) collect(item, depth + 1);
    } else if (isObject(value)) {
      if (Array.isArray(value["@graph"]) || isObject(value["@graph"])) collect(value["@graph"], depth + 1);
      if (value["@type"] !== undefined || Object.keys(value).some((key) => !key.startsWith("@"))) {
        if (!("@graph" in value) || value["@type"] !== undefined) nodes.push(value);
      }
    }
  };
  for (const document of documents) collect(document, 0);

  const byId = new Map<string, Record<string, unknown>>();
  for (const node of nodes) {
    if (typeof node["@id"] === "string" && node["@type"] !== undefined) byId.set(node["@id"], node);
  }
  const converted = new Map<Record<string, unknown>, Thing>();
  const referenced = new Set<Record<string, unknown>>();

  const toThing = (node: Record<string, unknown>, depth: number): Thing => {
    const done = converted.get(node);
    if (done) return done;
    const types = (Array.isArray(node["@type"]) ? node["@type"] : [node["@type"]])
      .filter((type): type is string => typeof type === "string")
      .map(shortType);
    const thing: Thing = { types, props: {} };
    if (typeof node["@id"] === "string") thing.id = node["@id"];
    converted.set(node, thing);
    for (const [key, raw] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      const list: ThingValue[] = [];
      for (const item of Array.isArray(raw) ? raw : [raw]) {
        const value = toValue(item, depth);
        if (value !== undefined) list.push(value);
      }
      if (list.length > 0) thing.props[shortType(key)] = list;
    }
    return thing;
  };

  const toValue = (item: unknown, depth: number): ThingValue | undefined => {
    if (typeof item === "string") return item;
    if (typeof item === "number" || typeof item === "boolean") return String(item);
    if (!isObject(item) || depth > 16) return undefined;
    if (typeof item["@value"] === "string" || typeof item["@value"] === "number")
      return String(item["@value"]);
    const target =
      typeof item["@id"] === "string" && Object.keys(item).length === 1 ? byId.get(item["@id"]) : undefined;
    if (target) {
      referenced.add(target);
      return toThing(target, depth + 1);
    }
    if (typeof item["@id"] === "string" && Object.keys(item).length === 1) return item["@id"];
    return toThing(item, depth + 1);
  };

  return nodes.map((node) => toThing(node, 0));
}

/**
 * Reads every `<script type="application/ld+json">` of the page with one query. Scripts that
 * cannot be parsed, even after repair, are skipped with a warning; repaired ones are noted.
 */
export function readJsonLd(root: Document | ParentNode): JsonLdResult {
  const warnings: string[] = [];
  const documents: unknown[] = [];
  let index = 0;
  for (const script of elementsByTag(root, "script")) {
    if (!/ld\+json/i.test(script.getAttribute("type") ?? "")) continue;
    index++;
    const source = script.textContent ?? "";
    if (source.length > MAX_SCRIPT_CHARS) {
      warnings.push(`Skipped JSON-LD block ${index}: larger than ${MAX_SCRIPT_CHARS} characters.`);
      continue;
    }
    const parsed = parseJsonLdRaw(source);
    if (!parsed) {
      if (source.trim()) warnings.push(`Skipped JSON-LD block ${index}: not valid JSON even after repair.`);
      continue;
    }
    if (parsed.repaired) {
      warnings.push(`Repaired JSON-LD block ${index} (comments, trailing commas or raw control characters).`);
    }
    documents.push(parsed.value);
  }
  return { things: jsonLdToThings(documents), warnings };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Elements by tag name: getElementsByTagName where the root has it (much cheaper than a selector
 * query in jsdom), querySelectorAll otherwise (a DocumentFragment).
 */
export function elementsByTag(root: Document | ParentNode, tag: string): Element[] {
  const byTag = (root as Partial<Document>).getElementsByTagName;
  return Array.from(typeof byTag === "function" ? byTag.call(root, tag) : root.querySelectorAll(tag));
}
