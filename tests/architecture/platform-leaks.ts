const PLATFORM_PACKAGES = /^(dexie|react|react-dom|@plasmohq\/|plasmo|@fluentui\/|office-|exceljs|chrome)/;
const PLATFORM_CALLS = /\b(chrome\.[a-zA-Z]+|Excel\.[a-zA-Z]+|Office\.[a-zA-Z]+|CustomFunctions\.[a-zA-Z]+)/g;
/** DOM and browser globals that shared/ must receive as parameters instead of reaching for. */
const DOM_GLOBALS = [
  "document",
  "window",
  "navigator",
  "localStorage",
  "sessionStorage",
  "indexedDB",
  "DOMParser",
  "XMLHttpRequest",
  "fetch",
];

/**
 * Lists the ways a source file reaches a platform: package imports, chrome/Office/Excel calls and
 * DOM globals. Comments and string literals are ignored so prose that says "document" is fine.
 *
 * @example
 * findPlatformLeaks('import Dexie from "dexie";')
 * //=> ["imports dexie"]
 */
export function findPlatformLeaks(source: string): string[] {
  const leaks = new Set<string>();
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)) {
    const specifier = match[1] ?? "";
    if (PLATFORM_PACKAGES.test(specifier)) leaks.add(`imports ${specifier}`);
  }
  const code = stripCommentsAndStrings(source);
  for (const match of code.matchAll(PLATFORM_CALLS)) leaks.add(`uses ${match[1]}`);
  for (const name of DOM_GLOBALS) {
    // A local of the same name (`for (const document of documents)`) is not the global.
    if (new RegExp(`\\b(const|let|var)\\s+${name}\\b`).test(code)) continue;
    // A global is a bare identifier: not a property (`.document`), not an object key.
    if (new RegExp(`(^|[^.\\w$])${name}\\b(?!\\s*:)`, "m").test(code)) leaks.add(`uses the ${name} global`);
  }
  return [...leaks];
}

function stripCommentsAndStrings(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/`(?:\\[\s\S]|[^\\`])*`/g, '""')
    .replace(/"(?:\\.|[^\\"\n])*"/g, '""')
    .replace(/'(?:\\.|[^\\'\n])*'/g, "''");
}
