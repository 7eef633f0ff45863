/**
 * Which Chromium-family browser `npm start` opens, and how. Pure: the file system and environment are
 * passed in, so every platform's rules are tested on any machine.
 */
import { posix, win32 } from "node:path";

export type BrowserKind = "chromium" | "edge" | "brave" | "chrome" | "other";

export interface FoundBrowser {
  path: string;
  kind: BrowserKind;
  /** "CHROME_PATH" when the owner named it, "found" when it came from the list of usual places. */
  source: "CHROME_PATH" | "found";
}

export type BrowserSearch = { ok: true; browser: FoundBrowser } | { ok: false; message: string };

/**
 * Linux program names, looked up on PATH in this order. Chromium, Edge and Brave first: they still
 * honour --load-extension, which branded Google Chrome ignores from version 137
 * (https://groups.google.com/a/chromium.org/g/chromium-extensions/c/aEHdhDZ-V0E).
 */
export const LINUX_BROWSER_NAMES = [
  "chromium",
  "chromium-browser",
  "microsoft-edge",
  "microsoft-edge-stable",
  "brave-browser",
  "google-chrome",
  "google-chrome-stable",
] as const;

const MAC_APPS = [
  "Chromium.app/Contents/MacOS/Chromium",
  "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "Brave Browser.app/Contents/MacOS/Brave Browser",
  "Google Chrome.app/Contents/MacOS/Google Chrome",
] as const;

const WINDOWS_APPS = [
  "Chromium\\Application\\chrome.exe",
  "Microsoft\\Edge\\Application\\msedge.exe",
  "BraveSoftware\\Brave-Browser\\Application\\brave.exe",
  "Google\\Chrome\\Application\\chrome.exe",
] as const;

/**
 * The places a Chromium-family browser usually lives on `platform`, best first.
 *
 * @example
 * browserCandidates("linux", { PATH: "/usr/bin:/snap/bin" })
 * //=> ["/usr/bin/chromium", "/snap/bin/chromium", "/usr/bin/chromium-browser", ...]
 * browserCandidates("darwin", { HOME: "/Users/ann" })
 * //=> ["/Applications/Chromium.app/Contents/MacOS/Chromium", "/Users/ann/Applications/Chromium.app/...", ...]
 */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === "darwin") {
    const roots = ["/Applications", ...(env.HOME ? [posix.join(env.HOME, "Applications")] : [])];
    return MAC_APPS.flatMap((app) => roots.map((root) => posix.join(root, app)));
  }
  if (platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
      (root): root is string => typeof root === "string" && root !== "",
    );
    return WINDOWS_APPS.flatMap((app) => roots.map((root) => win32.join(root, app)));
  }
  const dirs = (env.PATH ?? "").split(":").filter((dir) => dir.startsWith("/"));
  return LINUX_BROWSER_NAMES.flatMap((name) => dirs.map((dir) => posix.join(dir, name)));
}

/**
 * What kind of browser a path names, from its file and folder names.
 *
 * @example
 * browserKind("/usr/bin/google-chrome-stable") //=> "chrome"
 * browserKind("C:\\Program Files\\Chromium\\Application\\chrome.exe") //=> "chromium"
 */
export function browserKind(path: string): BrowserKind {
  const lower = path.toLowerCase();
  if (lower.includes("edge")) return "edge";
  if (lower.includes("brave")) return "brave";
  if (lower.includes("chromium")) return "chromium";
  if (lower.includes("chrome")) return "chrome";
  return "other";
}

/**
 * CHROME_PATH when set (and present), otherwise the first usual place that exists.
 * A CHROME_PATH that does not exist is an error, not a reason to open some other browser.
 */
export function findBrowser(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  exists: (path: string) => boolean,
): BrowserSearch {
  const named = env.CHROME_PATH?.trim();
  if (named) {
    if (!exists(named)) {
      return {
        ok: false,
        message: `CHROME_PATH is ${named}, but there is no file there. Set CHROME_PATH to a Chromium, Edge or Chrome executable, or unset it to let VendorScout look for one.`,
      };
    }
    return { ok: true, browser: { path: named, kind: browserKind(named), source: "CHROME_PATH" } };
  }
  const path = browserCandidates(platform, env).find(exists);
  if (path === undefined) {
    return {
      ok: false,
      message:
        "No Chromium, Edge, Brave or Chrome was found. Install one, or set CHROME_PATH to its executable and run `npm start` again.",
    };
  }
  return { ok: true, browser: { path, kind: browserKind(path), source: "found" } };
}

/**
 * The command line for a fresh, throw-away profile with only the VendorScout extension loaded and the
 * given pages open.
 */
export function browserArgs(options: {
  extensionDir: string;
  profileDir: string;
  urls: readonly string[];
}): string[] {
  return [
    `--user-data-dir=${options.profileDir}`,
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    "--no-first-run",
    "--no-default-browser-check",
    ...options.urls,
  ];
}

/**
 * Whether a browser window can be shown: Linux and the BSDs need an X11 or Wayland display;
 * macOS and Windows always have one.
 */
export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform === "darwin" || platform === "win32") return true;
  return Boolean(env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim());
}

/**
 * The major version in a browser's `--version` line, if there is one.
 *
 * @example
 * majorVersion("Google Chrome 137.0.7151.55 ") //=> 137
 * majorVersion("") //=> undefined
 */
export function majorVersion(versionLine: string): number | undefined {
  const match = /(\d+)\.\d+\.\d+/.exec(versionLine);
  return match ? Number(match[1]) : undefined;
}

/**
 * What to tell the owner about loading the extension in this browser, or undefined when
 * --load-extension works there. Branded Chrome 137+ ignores the switch; an unknown Chrome version may.
 */
export function loadExtensionNote(
  kind: BrowserKind,
  major: number | undefined,
  extensionDir: string,
): string | undefined {
  if (kind !== "chrome" || (major !== undefined && major < 137)) return undefined;
  const which = major === undefined ? "Google Chrome 137 and later ignore" : `Google Chrome ${major} ignores`;
  return `${which} --load-extension. If the VendorScout button is not in the toolbar: open chrome://extensions, turn on Developer mode, click "Load unpacked" and pick ${extensionDir}. Or set CHROME_PATH to Chromium or Edge.`;
}
