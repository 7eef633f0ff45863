import { describe, expect, test } from "vitest";
import {
  type CommandResult,
  MAC_EXCEL_APP,
  manifestId,
  type SideloadHost,
  sideloadLines,
  sideloadToDesktopExcel,
  unregisterFromDesktopExcel,
  WINDOWS_DEVELOPER_KEY,
  WINDOWS_EXCEL_APP_PATH,
} from "./sideload";

const ID = "a6e54240-6232-4637-880c-3d7265e54f2d";
const MANIFEST = `<?xml version="1.0"?><OfficeApp><Id>${ID}</Id><Version>1.0.0.0</Version></OfficeApp>`;
const OK: CommandResult = { ok: true, stdout: "", stderr: "" };
const WIN_MANIFEST = "C:\\repo\\manifest.xml";
/** The value older dev-settings named by the manifest path; absent unless a test says otherwise. */
const LEGACY_QUERY = `reg query ${WINDOWS_DEVELOPER_KEY} /v ${WIN_MANIFEST}`;

/** A host that records every effect; `fail` makes the named commands (by first arguments) fail. */
function fakeHost(
  platform: NodeJS.Platform,
  options: { files?: string[]; fail?: string[] } = {},
): SideloadHost & { log: string[]; files: Set<string> } {
  const files = new Set(options.files ?? []);
  const log: string[] = [];
  return {
    platform,
    homedir: "/Users/owner",
    log,
    files,
    run(command, args) {
      const line = [command, ...args].join(" ");
      log.push(`run ${line}`);
      const failed = options.fail?.some((prefix) => line.startsWith(prefix));
      return failed ? { ok: false, stdout: "", stderr: "ERROR: Access is denied.\r\nmore" } : OK;
    },
    exists: (path) => files.has(path),
    mkdirp: (path) => void log.push(`mkdir ${path}`),
    copyFile(from, to) {
      if (options.fail?.includes("copy")) throw new Error("EACCES: permission denied");
      log.push(`copy ${from} -> ${to}`);
      files.add(to);
    },
    remove(path) {
      if (options.fail?.includes("remove")) throw new Error("EPERM: operation not permitted");
      log.push(`remove ${path}`);
      files.delete(path);
    },
  };
}

describe("manifestId", () => {
  test("reads the add-in's GUID", () => {
    expect(manifestId(MANIFEST)).toBe(ID);
  });
  test("refuses a manifest without one, saying what to do", () => {
    expect(() => manifestId("<OfficeApp><Id>not-a-guid</Id></OfficeApp>")).toThrow(/npm run manifest/);
  });
});

describe("sideloadToDesktopExcel on Windows", () => {
  test("registers the manifest's real path under the add-in id, as office-addin-dev-settings does, then opens Excel", () => {
    const host = fakeHost("win32", { fail: [LEGACY_QUERY] });
    const outcome = sideloadToDesktopExcel(host, WIN_MANIFEST, MANIFEST);
    expect(host.log).toEqual([
      `run reg query ${WINDOWS_EXCEL_APP_PATH} /ve`,
      `run ${LEGACY_QUERY}`,
      `run reg add ${WINDOWS_DEVELOPER_KEY} /v ${ID} /t REG_SZ /d C:\\repo\\manifest.xml /f`,
      "run cmd /c start  excel",
    ]);
    expect(WINDOWS_DEVELOPER_KEY).toBe("HKCU\\SOFTWARE\\Microsoft\\Office\\16.0\\Wef\\Developer");
    expect(outcome).toEqual({
      state: "sideloaded",
      where: `registered in ${WINDOWS_DEVELOPER_KEY} as ${ID}`,
      opened: true,
      undo: "npm stop",
    });
  });

  test("a value an older dev-settings named by the manifest path is deleted first, as dev-settings does", () => {
    const host = fakeHost("win32");
    sideloadToDesktopExcel(host, WIN_MANIFEST, MANIFEST);
    expect(host.log.slice(1, 4)).toEqual([
      `run ${LEGACY_QUERY}`,
      `run reg delete ${WINDOWS_DEVELOPER_KEY} /v ${WIN_MANIFEST} /f`,
      `run reg add ${WINDOWS_DEVELOPER_KEY} /v ${ID} /t REG_SZ /d ${WIN_MANIFEST} /f`,
    ]);
  });

  test("no Excel installed: nothing is written, and the web steps are the way", () => {
    const host = fakeHost("win32", { fail: [`reg query ${WINDOWS_EXCEL_APP_PATH}`] });
    const outcome = sideloadToDesktopExcel(host, WIN_MANIFEST, MANIFEST);
    expect(outcome).toEqual({
      state: "no-desktop-excel",
      reason: "Excel desktop is not installed here (no excel.exe is registered).",
    });
    expect(host.log.some((line) => line.includes("reg add"))).toBe(false);
    expect(sideloadLines(outcome).join("\n")).toMatch(/Use Excel on the web/);
  });

  test("a refused registry write says so, with reg's own first line, and opens nothing", () => {
    const host = fakeHost("win32", { fail: ["reg add"] });
    const outcome = sideloadToDesktopExcel(host, WIN_MANIFEST, MANIFEST);
    expect(outcome.state).toBe("failed");
    expect(outcome.state === "failed" && outcome.message).toContain("ERROR: Access is denied.");
    expect(outcome.state === "failed" && outcome.message).not.toContain("more");
    expect(host.log.some((line) => line.startsWith("run cmd"))).toBe(false);
  });

  test("Excel that does not start is reported, the registration stands", () => {
    const host = fakeHost("win32", { fail: ["cmd /c start"] });
    const outcome = sideloadToDesktopExcel(host, WIN_MANIFEST, MANIFEST);
    expect(outcome).toMatchObject({ state: "sideloaded", opened: false });
    expect(sideloadLines(outcome)[1]).toMatch(/did not open by itself/);
  });

  test("npm stop deletes the value it wrote, and only that one", () => {
    const host = fakeHost("win32", { fail: [LEGACY_QUERY] });
    expect(unregisterFromDesktopExcel(host, WIN_MANIFEST, MANIFEST)).toBe(
      `Removed the add-in's registration (${ID}) from desktop Excel.`,
    );
    expect(host.log).toEqual([
      `run reg query ${WINDOWS_DEVELOPER_KEY} /v ${ID}`,
      `run reg delete ${WINDOWS_DEVELOPER_KEY} /v ${ID} /f`,
      `run ${LEGACY_QUERY}`,
    ]);
  });

  test("npm stop also deletes a value named by the manifest path, as dev-settings' unregister does", () => {
    const host = fakeHost("win32", { fail: [`reg query ${WINDOWS_DEVELOPER_KEY} /v ${ID}`] });
    expect(unregisterFromDesktopExcel(host, WIN_MANIFEST, MANIFEST)).toMatch(/^Removed/);
    expect(host.log.at(-1)).toBe(`run reg delete ${WINDOWS_DEVELOPER_KEY} /v ${WIN_MANIFEST} /f`);
  });

  test("npm stop with nothing registered changes nothing", () => {
    const host = fakeHost("win32", { fail: [`reg query ${WINDOWS_DEVELOPER_KEY}`] });
    expect(unregisterFromDesktopExcel(host, WIN_MANIFEST, MANIFEST)).toMatch(/nothing to undo/);
    expect(host.log.some((line) => line.includes("reg delete"))).toBe(false);
  });

  test("npm stop refused by the registry says to use regedit, not a crash", () => {
    const host = fakeHost("win32", { fail: ["reg delete"] });
    expect(unregisterFromDesktopExcel(host, WIN_MANIFEST, MANIFEST)).toBe(
      `Could not remove the add-in from ${WINDOWS_DEVELOPER_KEY} (ERROR: Access is denied.). Delete the value named ${ID} with regedit.`,
    );
  });
});

describe("sideloadToDesktopExcel on macOS", () => {
  const wef = "/Users/owner/Library/Containers/com.microsoft.Excel/Data/Documents/wef";

  test("copies the manifest into Excel's wef folder, then opens Excel", () => {
    const host = fakeHost("darwin", { files: [MAC_EXCEL_APP] });
    const outcome = sideloadToDesktopExcel(host, "/repo/manifest.xml", MANIFEST);
    expect(host.log).toEqual([
      `mkdir ${wef}`,
      `copy /repo/manifest.xml -> ${wef}/${ID}.manifest.xml`,
      "run open -a Microsoft Excel",
    ]);
    expect(outcome).toMatchObject({ state: "sideloaded", where: `copied to ${wef}/${ID}.manifest.xml` });
  });

  test("no Excel.app: nothing copied", () => {
    const host = fakeHost("darwin");
    expect(sideloadToDesktopExcel(host, "/repo/manifest.xml", MANIFEST)).toEqual({
      state: "no-desktop-excel",
      reason: `Excel desktop is not installed here (no ${MAC_EXCEL_APP}).`,
    });
    expect(host.log).toEqual([]);
  });

  test("a copy that fails names the folder to copy into by hand", () => {
    const host = fakeHost("darwin", { files: [MAC_EXCEL_APP], fail: ["copy"] });
    const outcome = sideloadToDesktopExcel(host, "/repo/manifest.xml", MANIFEST);
    expect(outcome).toEqual({
      state: "failed",
      message: `Could not copy manifest.xml into Excel's wef folder (EACCES: permission denied). Copy it to ${wef} by hand, then restart Excel.`,
    });
  });

  test("npm stop removes the copy, and one named like the manifest, as dev-settings' unregister does", () => {
    const other = `${wef}/0f0e0d0c-0000-4000-8000-000000000000.manifest.xml`;
    const host = fakeHost("darwin", {
      files: [MAC_EXCEL_APP, `${wef}/${ID}.manifest.xml`, `${wef}/manifest.xml`, other],
    });
    expect(unregisterFromDesktopExcel(host, "/repo/manifest.xml", MANIFEST)).toBe(
      `Removed ${wef}/${ID}.manifest.xml and ${wef}/manifest.xml; Excel no longer lists the add-in after a restart.`,
    );
    expect([...host.files]).toEqual([MAC_EXCEL_APP, other]);
  });

  test("npm stop that cannot delete the copy says to delete it by hand", () => {
    const host = fakeHost("darwin", { files: [`${wef}/${ID}.manifest.xml`], fail: ["remove"] });
    expect(unregisterFromDesktopExcel(host, "/repo/manifest.xml", MANIFEST)).toMatch(
      /^Could not remove .*EPERM.*Delete it by hand/,
    );
  });

  test("npm stop with no copy changes nothing", () => {
    const host = fakeHost("darwin", { files: [MAC_EXCEL_APP] });
    expect(unregisterFromDesktopExcel(host, "/repo/manifest.xml", MANIFEST)).toMatch(/nothing to undo/);
    expect(host.log).toEqual([]);
  });
});

describe("elsewhere", () => {
  test("Linux has no desktop Excel: nothing is run", () => {
    const host = fakeHost("linux");
    const outcome = sideloadToDesktopExcel(host, "/repo/manifest.xml", MANIFEST);
    expect(outcome).toEqual({ state: "no-desktop-excel", reason: "There is no desktop Excel for linux." });
    expect(host.log).toEqual([]);
    expect(unregisterFromDesktopExcel(host, "/repo/manifest.xml", MANIFEST)).toMatch(/nothing to undo/);
  });

  test("a broken manifest on a machine with Excel is a failure with what to do, not a crash", () => {
    const host = fakeHost("darwin", { files: [MAC_EXCEL_APP] });
    const outcome = sideloadToDesktopExcel(host, "/repo/manifest.xml", "<OfficeApp/>");
    expect(outcome).toMatchObject({ state: "failed" });
    expect(sideloadLines(outcome)[0]).toMatch(/npm run manifest/);
  });
});
