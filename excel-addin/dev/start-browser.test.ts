import { describe, expect, test } from "vitest";
import {
  browserArgs,
  browserCandidates,
  browserKind,
  findBrowser,
  hasDisplay,
  loadExtensionNote,
  majorVersion,
} from "./start-browser";

const onDisk = (...paths: string[]) => {
  const set = new Set(paths);
  return (path: string) => set.has(path);
};

describe("findBrowser", () => {
  test("CHROME_PATH wins over anything found", () => {
    const result = findBrowser(
      "linux",
      { CHROME_PATH: "/opt/edge/msedge", PATH: "/usr/bin" },
      onDisk("/opt/edge/msedge", "/usr/bin/chromium"),
    );
    expect(result).toEqual({
      ok: true,
      browser: { path: "/opt/edge/msedge", kind: "edge", source: "CHROME_PATH" },
    });
  });

  test("a CHROME_PATH that does not exist is an error that says what to do, not a fallback", () => {
    const result = findBrowser(
      "linux",
      { CHROME_PATH: "/nope/chrome", PATH: "/usr/bin" },
      onDisk("/usr/bin/chromium"),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/CHROME_PATH is \/nope\/chrome, but there is no file there\. Set/);
  });

  test.each([
    ["chromium before Google Chrome", ["/usr/bin/google-chrome", "/snap/bin/chromium"], "/snap/bin/chromium"],
    ["chromium-browser", ["/usr/bin/chromium-browser"], "/usr/bin/chromium-browser"],
    [
      "Edge before Chrome",
      ["/usr/bin/google-chrome-stable", "/usr/bin/microsoft-edge"],
      "/usr/bin/microsoft-edge",
    ],
    ["Brave", ["/usr/bin/brave-browser"], "/usr/bin/brave-browser"],
    [
      "Google Chrome when it is all there is",
      ["/usr/bin/google-chrome-stable"],
      "/usr/bin/google-chrome-stable",
    ],
  ])("Linux, from PATH: %s", (_name, present, expected) => {
    const result = findBrowser("linux", { PATH: "/usr/local/bin:/usr/bin:/snap/bin" }, onDisk(...present));
    expect(result).toEqual({
      ok: true,
      browser: { path: expected, kind: browserKind(expected), source: "found" },
    });
  });

  test("Linux ignores relative PATH entries", () => {
    expect(browserCandidates("linux", { PATH: "bin:/usr/bin" })).not.toContain("bin/chromium");
  });

  test("macOS: /Applications and ~/Applications", () => {
    const chrome = "/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(findBrowser("darwin", { HOME: "/Users/ann" }, onDisk(chrome))).toEqual({
      ok: true,
      browser: { path: chrome, kind: "chrome", source: "found" },
    });
    expect(browserCandidates("darwin", {})[0]).toBe("/Applications/Chromium.app/Contents/MacOS/Chromium");
  });

  test("Windows: Program Files, Program Files (x86) and the per-user LocalAppData", () => {
    const env = {
      PROGRAMFILES: "C:\\Program Files",
      "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
      LOCALAPPDATA: "C:\\Users\\ann\\AppData\\Local",
    };
    const edge = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    const chrome = "C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe";
    expect(findBrowser("win32", env, onDisk(chrome, edge))).toEqual({
      ok: true,
      browser: { path: edge, kind: "edge", source: "found" },
    });
    expect(findBrowser("win32", env, onDisk(chrome))).toEqual({
      ok: true,
      browser: { path: chrome, kind: "chrome", source: "found" },
    });
  });

  test("nothing found: says to install one or set CHROME_PATH", () => {
    const result = findBrowser("linux", { PATH: "/usr/bin" }, onDisk());
    expect(result).toEqual({
      ok: false,
      message:
        "No Chromium, Edge, Brave or Chrome was found. Install one, or set CHROME_PATH to its executable and run `npm start` again.",
    });
  });
});

test.each([
  ["/usr/bin/chromium", "chromium"],
  ["C:\\Program Files\\Chromium\\Application\\chrome.exe", "chromium"],
  ["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "chrome"],
  ["/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge", "edge"],
  ["/usr/bin/brave-browser", "brave"],
  ["/opt/vivaldi/vivaldi", "other"],
] as const)("browserKind(%s) is %s", (path, kind) => {
  expect(browserKind(path)).toBe(kind);
});

test("browserArgs: fresh profile, only VendorScout, pages last", () => {
  expect(
    browserArgs({
      extensionDir: "/repo/build/chrome-mv3-prod",
      profileDir: "/tmp/p",
      urls: ["http://localhost:8080/a.html", "http://localhost:8080/b.html"],
    }),
  ).toEqual([
    "--user-data-dir=/tmp/p",
    "--disable-extensions-except=/repo/build/chrome-mv3-prod",
    "--load-extension=/repo/build/chrome-mv3-prod",
    "--no-first-run",
    "--no-default-browser-check",
    "http://localhost:8080/a.html",
    "http://localhost:8080/b.html",
  ]);
});

test.each([
  ["linux", {}, false],
  ["linux", { DISPLAY: " " }, false],
  ["linux", { DISPLAY: ":0" }, true],
  ["linux", { WAYLAND_DISPLAY: "wayland-0" }, true],
  ["freebsd", {}, false],
  ["darwin", {}, true],
  ["win32", {}, true],
] as const)("hasDisplay(%s, %j) is %s", (platform, env, expected) => {
  expect(hasDisplay(platform, env)).toBe(expected);
});

test.each([
  ["Google Chrome 137.0.7151.55 ", 137],
  ["Chromium 120.0.6099.224 built on Debian", 120],
  ["Microsoft Edge 131.0.2903.70", 131],
  ["", undefined],
  ["no version here", undefined],
])("majorVersion(%j) is %s", (line, major) => {
  expect(majorVersion(line)).toBe(major);
});

describe("loadExtensionNote", () => {
  test("branded Chrome 137+: Load unpacked steps with the folder", () => {
    expect(loadExtensionNote("chrome", 138, "/repo/build/chrome-mv3-prod")).toBe(
      'Google Chrome 138 ignores --load-extension. If the VendorScout button is not in the toolbar: open chrome://extensions, turn on Developer mode, click "Load unpacked" and pick /repo/build/chrome-mv3-prod. Or set CHROME_PATH to Chromium or Edge.',
    );
  });
  test("Chrome of unknown version: the note names 137 and later", () => {
    expect(loadExtensionNote("chrome", undefined, "/x")).toMatch(
      /^Google Chrome 137 and later ignore --load-extension/,
    );
  });
  test.each([
    ["chrome", 136],
    ["chromium", 140],
    ["edge", undefined],
    ["brave", 140],
  ] as const)("no note for %s %s", (kind, major) => {
    expect(loadExtensionNote(kind, major, "/x")).toBeUndefined();
  });
});
