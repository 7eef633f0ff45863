/**
 * Pure helpers for the size measurements: which files an entry loads, and which content scripts reach
 * ordinary web pages. Kept apart from the file reading so tests/bench/bundle-graph.test.ts covers them.
 */
import { posix } from "node:path";

// Relative specifiers only: a bundle's own chunks; bare names would be externals, which a built
// extension has none of. Minifiers quote with ", ' or ` (Vite 8 prefers backticks).
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
const HTML_ASSET = /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["'][^>]*>/gi;

// Parcel (Plasmo's bundler) loads a lazy chunk through a bundle manifest: register(JSON.parse('{"id":
// "scorecard-xlsx.3fe2aba2.js"}')) then import("./" + resolve(id)). Any quoted file name ending in .js
// is a candidate; the caller keeps only names that are files of the build.
const NAMED_SCRIPT = /["'`]((?:\.{1,2}\/)?[\w./-]+\.m?js)["'`]/g;

/**
 * The relative modules a JS file imports, split into those loaded with it and those loaded later
 * (dynamic imports, and script names a bundle manifest hands to a computed import()).
 */
export function jsImports(source: string): { eager: string[]; lazy: string[] } {
  const eager = [...source.matchAll(STATIC_IMPORT)].map((m) => m[1] as string);
  const lazy = [
    ...[...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1] as string),
    ...[...source.matchAll(NAMED_SCRIPT)].map((m) => {
      const name = m[1] as string;
      return name.startsWith(".") ? name : `./${name}`;
    }),
  ];
  return { eager: [...new Set(eager)], lazy: [...new Set(lazy)].filter((path) => !eager.includes(path)) };
}

/**
 * The local scripts and stylesheets an HTML page loads (src of <script>, href of <link> for stylesheets
 * and module preloads), as paths relative to the page's folder. Remote URLs (office.js from Microsoft's
 * CDN) are not part of our bundle and are left out.
 */
export function htmlAssets(html: string): string[] {
  const assets: string[] = [];
  for (const match of html.matchAll(HTML_ASSET)) {
    const tag = match[0];
    const url = match[1] as string;
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) continue;
    if (tag.toLowerCase().startsWith("<link") && !/\brel\s*=\s*["']?(stylesheet|modulepreload)/i.test(tag)) {
      continue;
    }
    assets.push(url);
  }
  return [...new Set(assets)];
}

/** Resolves `specifier` as the browser would from a file at `from` (both relative to the build root). */
export function resolveFrom(from: string, specifier: string): string {
  const clean = specifier.split(/[?#]/)[0] as string;
  if (clean.startsWith("/")) return posix.normalize(clean.slice(1));
  return posix.normalize(posix.join(posix.dirname(from), clean));
}

/**
 * Every file an entry loads before it runs (following static imports), and every file it may load later
 * (dynamic imports and what they import) that is not already loaded eagerly.
 */
export function entryFiles(
  entry: string,
  read: (path: string) => string | undefined,
): { eager: string[]; lazy: string[] } {
  const eager = new Set<string>();
  const lazyRoots: string[] = [];
  const visit = (path: string, into: Set<string>, roots: string[] | undefined) => {
    if (into.has(path)) return;
    const source = read(path);
    if (source === undefined) return;
    into.add(path);
    if (path.endsWith(".html")) {
      for (const asset of htmlAssets(source)) visit(resolveFrom(path, asset), into, roots);
      return;
    }
    if (!path.endsWith(".js") && !path.endsWith(".mjs")) return;
    const imports = jsImports(source);
    for (const specifier of imports.eager) visit(resolveFrom(path, specifier), into, roots);
    for (const specifier of imports.lazy) {
      const target = resolveFrom(path, specifier);
      // A file naming itself (a bundle manifest lists its own bundle) is not a later load.
      if (target !== path) roots?.push(target);
    }
  };
  visit(entry, eager, lazyRoots);
  const lazy = new Set<string>();
  const seenRoots = new Set<string>();
  // lazyRoots grows while it is walked (a lazy chunk may import another lazily); each root once, so
  // a cycle (the lazy chunk importing the entry back) ends.
  for (const root of lazyRoots) {
    if (seenRoots.has(root)) continue;
    seenRoots.add(root);
    const reached = new Set<string>();
    visit(root, reached, lazyRoots);
    for (const path of reached) if (!eager.has(path)) lazy.add(path);
  }
  return { eager: [...eager], lazy: [...lazy] };
}

/**
 * Whether a manifest match pattern reaches ordinary web pages: any http(s) page, except pages of the
 * origins the extension is built to talk to (the add-in origin in `externally_connectable`).
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 *
 * @example
 * matchesOrdinaryPages("<all_urls>", [])
 * //=> true
 *
 * @example
 * matchesOrdinaryPages("https://localhost:3000/*", ["https://localhost:3000/*"])
 * //=> false
 */
export function matchesOrdinaryPages(pattern: string, ownOrigins: readonly string[]): boolean {
  if (pattern === "<all_urls>") return true;
  const match = /^(\*|https?|file|ftp|chrome-extension|urn):\/\/([^/]*)(\/.*)?$/.exec(pattern);
  if (!match) return false;
  const scheme = match[1] as string;
  if (scheme !== "*" && scheme !== "http" && scheme !== "https") return false;
  const origin = `${scheme}://${match[2]}`;
  return !ownOrigins.some((own) => {
    const ownMatch = /^(\*|https?):\/\/([^/]*)/.exec(own);
    return ownMatch !== null && `${ownMatch[1]}://${ownMatch[2]}` === origin;
  });
}
