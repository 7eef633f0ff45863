import { describe, expect, test } from "vitest";
import {
  entryFiles,
  htmlAssets,
  jsImports,
  matchesOrdinaryPages,
  resolveFrom,
} from "./measurements/bundle-graph";

describe("jsImports", () => {
  test("finds static and dynamic relative imports in minified output, in any quote", () => {
    const source =
      'import{a as b}from"./chunk-a.js";import"./side.js";export*from\'./re.js\';' +
      'const x=()=>import(`./lazy-b.js`);import{y}from`./tick.js`;import z from"react"';
    expect(jsImports(source)).toEqual({
      eager: ["./chunk-a.js", "./side.js", "./re.js", "./tick.js"],
      lazy: ["./lazy-b.js"],
    });
  });

  test("a Parcel bundle manifest names its lazy chunks", () => {
    const source = `import("./"+x("2iYbs").resolve("dgNqR"));x("2iYbs").register(JSON.parse('{"dcYjS":"sidepanel.65d86198.js","dgNqR":"scorecard-xlsx.3fe2aba2.js"}'))`;
    expect(jsImports(source).lazy).toEqual(["./sidepanel.65d86198.js", "./scorecard-xlsx.3fe2aba2.js"]);
  });
});

describe("htmlAssets", () => {
  test("local scripts, stylesheets and module preloads; not remote scripts or icons", () => {
    const html = `<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
      <script type="text/javascript" src="functions.js" ></script>
      <script type="module" crossorigin src="./assets/taskpane-X.js"></script>
      <link rel="modulepreload" href="/assets/vendor-Y.js"><link rel="stylesheet" href="popup.css">
      <link rel="icon" href="icon.png">`;
    expect(htmlAssets(html)).toEqual([
      "functions.js",
      "./assets/taskpane-X.js",
      "/assets/vendor-Y.js",
      "popup.css",
    ]);
  });
});

describe("resolveFrom", () => {
  test.each([
    ["taskpane.html", "./assets/a.js", "assets/a.js"],
    ["assets/a.js", "./b.js", "assets/b.js"],
    ["tabs/x.html", "/popup.js", "popup.js"],
    ["tabs/x.html", "../c.js?v=1", "c.js"],
  ])("from %s, %s is %s", (from, specifier, expected) => {
    expect(resolveFrom(from, specifier)).toBe(expected);
  });
});

describe("entryFiles", () => {
  test("eager files through static imports; lazy ones once each, even when they import the entry back", () => {
    const files: Record<string, string> = {
      "page.html": '<script type="module" src="./assets/main.js"></script>',
      "assets/main.js": 'import"./shared.js";const l=()=>import("./lazy.js");',
      "assets/shared.js": "export const s=1;",
      "assets/lazy.js": 'import{s}from"./main.js";import"./lazy-dep.js";',
      "assets/lazy-dep.js": "",
    };
    expect(entryFiles("page.html", (path) => files[path])).toEqual({
      eager: ["page.html", "assets/main.js", "assets/shared.js"],
      lazy: ["assets/lazy.js", "assets/lazy-dep.js"],
    });
  });
});

describe("matchesOrdinaryPages", () => {
  const own = ["https://localhost:3000/*"];
  test.each([
    ["<all_urls>", true],
    ["*://*/*", true],
    ["https://*.trustpilot.com/*", true],
    ["http://example.com/path", true],
    ["https://localhost:3000/*", false],
    ["chrome-extension://abc/*", false],
    ["file:///*", false],
  ])("%s reaches ordinary pages: %s", (pattern, expected) => {
    expect(matchesOrdinaryPages(pattern, own)).toBe(expected);
  });
});
