import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { findPlatformLeaks } from "./platform-leaks";

const repoRoot = join(import.meta.dirname, "..", "..");
const sharedDir = join(repoRoot, "shared");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === "fixtures" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe("shared/ stays pure", () => {
  test("no file in shared/ (tests aside) imports a platform or touches DOM globals", () => {
    const offenders = sourceFiles(sharedDir).flatMap((file) =>
      findPlatformLeaks(readFileSync(file, "utf8")).map((leak) => `${relative(repoRoot, file)}: ${leak}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe("findPlatformLeaks", () => {
  test.each([
    ['import Dexie from "dexie";', "imports dexie"],
    ["import { useState } from 'react';", "imports react"],
    ['import { Button } from "@fluentui/react-components";', "imports @fluentui/react-components"],
    ['import { Storage } from "@plasmohq/storage";', "imports @plasmohq/storage"],
    ['const m = await import("dexie");', "imports dexie"],
    ['export { x } from "react-dom/client";', "imports react-dom/client"],
    ["chrome.runtime.sendMessage(id, msg);", "uses chrome.runtime"],
    ["await Excel.run(async (context) => {});", "uses Excel.run"],
    ["Office.onReady(() => {});", "uses Office.onReady"],
    ["const el = document.querySelector('a');", "uses the document global"],
    ["window.location.href = url;", "uses the window global"],
    ["const p = new DOMParser();", "uses the DOMParser global"],
    ["localStorage.setItem('k', 'v');", "uses the localStorage global"],
  ])("flags %s", (source, expected) => {
    expect(findPlatformLeaks(source)).toContain(expected);
  });

  test.each([
    ["export function score(root: Document) { return root.querySelectorAll('x'); }"],
    ["const doc = root.ownerDocument;"],
    ["// the document passed in, never the global one"],
    ['import * as z from "zod";'],
    ["const chromeVersion = input.chrome;"],
    ['const label = "window cleaning";'],
    ["for (const document of documents) collect(document);"],
  ])("allows %s", (source) => {
    expect(findPlatformLeaks(source)).toEqual([]);
  });
});
