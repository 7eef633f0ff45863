/**
 * Reads a page's schema.org microdata into items, taking each itemprop's value as the HTML microdata spec
 * defines it.
 */
import { shortType, type Thing, type ThingValue } from "./thing";

const URL_ATTRIBUTES: Record<string, string> = {
  A: "href",
  AREA: "href",
  LINK: "href",
  IMG: "src",
  AUDIO: "src",
  EMBED: "src",
  IFRAME: "src",
  SOURCE: "src",
  TRACK: "src",
  VIDEO: "src",
  OBJECT: "data",
};

/**
 * The value of an itemprop element as the HTML microdata spec defines it: `content` on meta,
 * the (resolved) URL on links and media, `datetime` on time, `value` on data/meter, else its text.
 */
export function itempropValueRaw(element: Element, baseUrl: string): string {
  const tag = element.tagName.toUpperCase();
  if (element.hasAttribute("content")) return element.getAttribute("content") ?? "";
  const urlAttribute = URL_ATTRIBUTES[tag];
  if (urlAttribute) return resolveUrl(element.getAttribute(urlAttribute) ?? "", baseUrl);
  if (tag === "TIME" && element.hasAttribute("datetime")) return element.getAttribute("datetime") ?? "";
  if ((tag === "DATA" || tag === "METER") && element.hasAttribute("value")) {
    return element.getAttribute("value") ?? "";
  }
  return textWithoutScripts(element);
}

function textWithoutScripts(element: Element): string {
  let out = "";
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag !== "SCRIPT" && tag !== "STYLE" && tag !== "TEMPLATE") {
          // Blocks inside a value (review paragraphs) should not glue words together.
          if (tag === "P" || tag === "BR" || tag === "LI" || tag === "DIV") out += " ";
          walk(child);
        }
      }
    }
  };
  walk(element);
  return out;
}

function resolveUrl(raw: string, baseUrl: string): string {
  const trimmed = raw.trim();
  if (!trimmed) return "";
  try {
    return new URL(trimmed, baseUrl).href;
  } catch {
    return trimmed;
  }
}

/**
 * Reads every top-level microdata item (itemscope without itemprop) with one query and one walk
 * per item; nested items become nested values. `itemref` is not followed.
 */
export function readMicrodata(root: Document | ParentNode, baseUrl: string): Thing[] {
  return readMicrodataScopes(Array.from(root.querySelectorAll("[itemscope]")), baseUrl);
}

/** The same, from itemscope elements already found (the page-text walk collects them). */
export function readMicrodataScopes(scopes: Element[], baseUrl: string): Thing[] {
  // A scope whose ancestor scope is what it is an itemprop of is reached from that ancestor.
  return scopes
    .filter((scope) => !scope.hasAttribute("itemprop") || !hasScopeAncestor(scope))
    .map((scope) => readItem(scope, baseUrl, 0));
}

function hasScopeAncestor(element: Element): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent.hasAttribute("itemscope")) return true;
  }
  return false;
}

function readItem(scope: Element, baseUrl: string, depth: number): Thing {
  const types = (scope.getAttribute("itemtype") ?? "").split(/\s+/).filter(Boolean).map(shortType);
  const thing: Thing = { types, props: {} };
  const itemId = scope.getAttribute("itemid");
  if (itemId) thing.id = itemId;
  const add = (name: string, value: ThingValue) => {
    const key = shortType(name);
    const list = thing.props[key];
    if (list) list.push(value);
    else thing.props[key] = [value];
  };
  const walk = (element: Element) => {
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      const names = (child.getAttribute("itemprop") ?? "").split(/\s+/).filter(Boolean);
      const isScope = child.hasAttribute("itemscope");
      if (names.length > 0) {
        const value: ThingValue =
          isScope && depth < 16 ? readItem(child, baseUrl, depth + 1) : itempropValueRaw(child, baseUrl);
        for (const name of names) add(name, value);
      }
      if (!isScope) walk(child);
    }
  };
  walk(scope);
  return thing;
}
