import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildHalves, decideBuild, manifestServesOrigin, newestMtimeMs, readBuildState } from "./start-build";

describe("decideBuild", () => {
  test.each([
    [{ outputMtimeMs: undefined, newestInputMtimeMs: 5 }, false, true, "no build yet"],
    [{ outputMtimeMs: 10, newestInputMtimeMs: 20 }, false, true, "sources changed since the last build"],
    [{ outputMtimeMs: 20, newestInputMtimeMs: 20 }, false, false, "up to date"],
    [{ outputMtimeMs: 30, newestInputMtimeMs: 20 }, true, true, "--rebuild was given"],
    [
      { outputMtimeMs: 30, newestInputMtimeMs: 20, servesOrigin: false },
      false,
      true,
      "the last build was made for another add-in origin",
    ],
    [{ outputMtimeMs: 30, newestInputMtimeMs: 20, servesOrigin: true }, false, false, "up to date"],
  ])("%j, force %s: build %s (%s)", (state, force, build, reason) => {
    expect(decideBuild({ script: "build:extension:dev", ...state }, force)).toEqual({
      script: "build:extension:dev",
      build,
      reason,
    });
  });
});

describe("manifestServesOrigin", () => {
  const manifest = (matches: unknown) => JSON.stringify({ externally_connectable: { matches } });
  test.each([
    [manifest(["https://localhost:3000/*"]), true],
    [manifest(["https://addin.example.com/*"]), false],
    [manifest(["https://localhost:3000"]), false],
    [manifest("https://localhost:3000/*"), false],
    [JSON.stringify({ name: "no bridge" }), false],
    ["null", false],
    ["{not json", false],
  ])("%s -> %s", (json, expected) => {
    expect(manifestServesOrigin(json, "https://localhost:3000")).toBe(expected);
  });
});

describe("file system", () => {
  const root = mkdtempSync(join(tmpdir(), "vendorscout-start-build-"));
  const at = (path: string, seconds: number) => {
    utimesSync(path, seconds, seconds);
    return path;
  };
  mkdirSync(join(root, "extension/node_modules"), { recursive: true });
  mkdirSync(join(root, "build/chrome-mv3-prod"), { recursive: true });
  writeFileSync(join(root, "extension/popup.tsx"), "");
  writeFileSync(join(root, "extension/popup.test.tsx"), "");
  writeFileSync(join(root, "extension/node_modules/x.js"), "");
  at(join(root, "extension/popup.tsx"), 1_000);
  at(join(root, "extension/popup.test.tsx"), 9_000);
  at(join(root, "extension/node_modules/x.js"), 9_000);

  test("newestMtimeMs walks folders, skips tests and node_modules, and is 0 for nothing", () => {
    expect(newestMtimeMs([join(root, "extension")])).toBe(1_000_000);
    expect(newestMtimeMs([join(root, "missing")])).toBe(0);
  });

  test("readBuildState: a missing output, then a fresh one made for the right origin", () => {
    const [extension] = buildHalves(root);
    if (!extension) throw new Error("no extension half");
    expect(readBuildState(extension, "https://localhost:3000")).toEqual({
      script: "build:extension:dev",
      outputMtimeMs: undefined,
      newestInputMtimeMs: 1_000_000,
    });
    writeFileSync(
      extension.output,
      JSON.stringify({ externally_connectable: { matches: ["https://localhost:3000/*"] } }),
    );
    at(extension.output, 2_000);
    const state = readBuildState(extension, "https://localhost:3000");
    expect(state).toEqual({
      script: "build:extension:dev",
      outputMtimeMs: 2_000_000,
      newestInputMtimeMs: 1_000_000,
      servesOrigin: true,
    });
    expect(decideBuild(state).build).toBe(false);
    expect(readBuildState(extension, "https://addin.example.com").servesOrigin).toBe(false);
  });
});
