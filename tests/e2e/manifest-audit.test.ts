import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DIRECTORY_ORIGINS } from "../../extension/services/directory-permissions";
import { CHROME_BUILD, EDGE_BUILD, requireBuild } from "./helpers/launch-extension";

/** Every permission the product needs, and why; anything else in a build is a regression. */
const ALLOWED_PERMISSIONS = [
  "activeTab", // read the page the owner clips, only after their click / shortcut / menu
  "scripting", // executeScript on that tab
  "contextMenus", // "Clip vendor from this page", "Save selection as …"
  "sidePanel", // the library
  "offscreen", // DOMParser for clipped markup (the service worker has none)
  "storage", // storage.session: which vendor the side panel shows
  "unlimitedStorage", // a 10,000-vendor library in IndexedDB
];

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe.each([
  ["chrome", CHROME_BUILD],
  ["edge", EDGE_BUILD],
])("built %s manifest", (_name, dir) => {
  async function manifest(): Promise<{ parsed: Manifest; text: string }> {
    await requireBuild(dir);
    const text = await readFile(join(dir, "manifest.json"), "utf8");
    return { parsed: JSON.parse(text) as Manifest, text };
  }

  test("asks for no host access, no tabs permission and no <all_urls>", async () => {
    const { parsed, text } = await manifest();
    expect(parsed.manifest_version).toBe(3);
    expect(parsed).not.toHaveProperty("host_permissions");
    expect(parsed.permissions ?? []).not.toContain("tabs");
    expect(text).not.toContain("<all_urls>");
    expect(text).not.toMatch(/"(\*|https?):\/\/\*\/\*"/);
  });

  test("has only the permissions the product needs", async () => {
    const { parsed } = await manifest();
    expect([...(parsed.permissions ?? [])].sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
    expect(parsed.optional_host_permissions).toEqual([...DIRECTORY_ORIGINS]);
    expect(parsed).not.toHaveProperty("optional_permissions");
  });

  test("runs no content script on ordinary pages", async () => {
    const { parsed } = await manifest();
    const matches = (parsed.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    expect(matches.filter((pattern) => /^(\*|https?|file|ftp):/.test(pattern))).toEqual([]);
  });

  test("keeps the default content security policy", async () => {
    const { parsed } = await manifest();
    // MV3's default (script-src 'self'; object-src 'self') already forbids remote and eval'd code.
    expect(parsed).not.toHaveProperty("content_security_policy");
  });

  test("loads no remote code", async () => {
    await manifest();
    const offenders: string[] = [];
    for (const file of await filesUnder(dir)) {
      if (!/\.(html|js)$/.test(file)) continue;
      const text = await readFile(file, "utf8");
      if (/<script[^>]+src=["']?(https?:)?\/\//i.test(text)) offenders.push(`${file}: remote <script src>`);
      if (/importScripts\(\s*["'`]https?:/i.test(text)) offenders.push(`${file}: importScripts(http…)`);
      if (/\bimport\(\s*["'`]https?:/i.test(text)) offenders.push(`${file}: import(http…)`);
    }
    expect(offenders).toEqual([]);
  });

  test("lets only the add-in origin talk to the bridge", async () => {
    const { parsed } = await manifest();
    const connectable = parsed.externally_connectable as { matches?: string[]; ids?: string[] } | undefined;
    for (const pattern of connectable?.matches ?? []) {
      expect(pattern).toMatch(/^https:\/\/[^*/]+\/\*$/);
    }
    expect(connectable?.ids ?? []).toEqual([]);
  });

  test("allows an origin on this machine only when it is a development build and says so", async () => {
    const { parsed } = await manifest();
    const connectable = parsed.externally_connectable as { matches?: string[] } | undefined;
    const local = (connectable?.matches ?? []).filter((pattern) =>
      /^https:\/\/(localhost|127\.)/.test(pattern),
    );
    if (local.length > 0) expect(parsed.name).toMatch(/\(development\)$/);
    else expect(parsed.name).not.toMatch(/development/);
  });

  test("declares the clip shortcut and the side panel", async () => {
    const { parsed } = await manifest();
    expect(parsed.commands).toMatchObject({ "clip-page": { suggested_key: { default: "Alt+Shift+V" } } });
    expect(parsed.side_panel).toEqual({ default_path: "sidepanel.html" });
  });
});
