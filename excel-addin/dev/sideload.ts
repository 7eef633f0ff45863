/**
 * Sideloading manifest.xml into desktop Excel, the way office-addin-debugging does it through
 * office-addin-dev-settings (which cannot be installed from every registry: a dependency of it is
 * missing from some). Same places, so `npm stop` of either tool undoes the other's registration:
 * - Windows: a REG_SZ value named by the add-in id, holding the manifest's real path, under
 *   HKCU\SOFTWARE\Microsoft\Office\16.0\Wef\Developer (Excel lists it under My Add-ins > Developer
 *   Add-ins);
 * - macOS: a copy of the manifest in Excel's wef folder,
 *   ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef;
 * - elsewhere (Linux has no desktop Excel), or when Excel is not found: nothing is registered, and
 *   `npm start` prints the Excel on the web steps instead.
 *
 * Every effect goes through a `SideloadHost`, so the decisions are tested without a registry or a Mac.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";

export const WINDOWS_DEVELOPER_KEY = "HKCU\\SOFTWARE\\Microsoft\\Office\\16.0\\Wef\\Developer";
/** Where Windows installers register excel.exe; `start excel` finds it through the same key. */
export const WINDOWS_EXCEL_APP_PATH =
  "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
export const MAC_EXCEL_APP = "/Applications/Microsoft Excel.app";

export interface CommandResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** The machine, as far as sideloading needs it. */
export interface SideloadHost {
  platform: NodeJS.Platform;
  homedir: string;
  /** Runs a program with arguments (no shell) and waits for it. */
  run(command: string, args: readonly string[]): CommandResult;
  exists(path: string): boolean;
  mkdirp(path: string): void;
  copyFile(from: string, to: string): void;
  remove(path: string): void;
}

export type SideloadOutcome =
  | { state: "sideloaded"; where: string; opened: boolean; undo: string }
  | { state: "no-desktop-excel"; reason: string }
  | { state: "failed"; message: string };

/**
 * The add-in id (<Id>) of an XML manifest.
 *
 * @throws {Error} when the manifest has no GUID id, with what to do
 * @example
 * manifestId("<OfficeApp><Id>a6e54240-6232-4637-880c-3d7265e54f2d</Id></OfficeApp>")
 * //=> "a6e54240-6232-4637-880c-3d7265e54f2d"
 */
export function manifestId(manifestXml: string): string {
  const id = /<Id>\s*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*<\/Id>/i.exec(
    manifestXml,
  )?.[1];
  if (!id) {
    throw new Error(
      "manifest.xml has no <Id> GUID, so it cannot be sideloaded. Run `npm run manifest` to write it again.",
    );
  }
  return id;
}

/** Excel's wef folder on a Mac, where a manifest placed there shows up under Add-ins. */
export function macWefFolder(homedir: string): string {
  return join(homedir, "Library/Containers/com.microsoft.Excel/Data/Documents/wef");
}

/** The file name the manifest is copied to in the wef folder: one per add-in id, replaced on restart. */
export function macManifestName(id: string): string {
  return `${id}.manifest.xml`;
}

/** Whether desktop Excel is installed, or why sideloading cannot happen here. */
export function findDesktopExcel(host: SideloadHost): { found: true } | { found: false; reason: string } {
  switch (host.platform) {
    case "win32":
      return host.run("reg", ["query", WINDOWS_EXCEL_APP_PATH, "/ve"]).ok
        ? { found: true }
        : { found: false, reason: "Excel desktop is not installed here (no excel.exe is registered)." };
    case "darwin":
      return host.exists(MAC_EXCEL_APP)
        ? { found: true }
        : { found: false, reason: `Excel desktop is not installed here (no ${MAC_EXCEL_APP}).` };
    default:
      return { found: false, reason: `There is no desktop Excel for ${host.platform}.` };
  }
}

/**
 * Registers the manifest with desktop Excel and opens Excel. Never throws: a step that fails gives a
 * sentence saying what to do, and nothing half-done is left behind on Windows (one registry write).
 *
 * @param manifestPath the manifest's real path (Excel reads it from there on every start, on Windows)
 */
export function sideloadToDesktopExcel(
  host: SideloadHost,
  manifestPath: string,
  manifestXml: string,
): SideloadOutcome {
  const excel = findDesktopExcel(host);
  if (!excel.found) return { state: "no-desktop-excel", reason: excel.reason };
  let id: string;
  try {
    id = manifestId(manifestXml);
  } catch (error) {
    return { state: "failed", message: (error as Error).message };
  }
  if (host.platform === "win32") {
    // Older dev-settings named the value by the manifest path; it removes such a value first, so do we.
    removeRegistryValue(host, manifestPath);
    const added = host.run("reg", [
      "add",
      WINDOWS_DEVELOPER_KEY,
      "/v",
      id,
      "/t",
      "REG_SZ",
      "/d",
      manifestPath,
      "/f",
    ]);
    if (!added.ok) {
      return {
        state: "failed",
        message: `Could not register the add-in with Excel (reg add ${WINDOWS_DEVELOPER_KEY} said: ${firstLine(added.stderr)}). Add manifest.xml by hand as below.`,
      };
    }
    // `start` resolves "excel" through its App Paths entry, found above; "" is start's window title.
    const opened = host.run("cmd", ["/c", "start", "", "excel"]).ok;
    return {
      state: "sideloaded",
      where: `registered in ${WINDOWS_DEVELOPER_KEY} as ${id}`,
      opened,
      undo: "npm stop",
    };
  }
  const folder = macWefFolder(host.homedir);
  const target = join(folder, macManifestName(id));
  try {
    host.mkdirp(folder);
    host.copyFile(manifestPath, target);
  } catch (error) {
    return {
      state: "failed",
      message: `Could not copy manifest.xml into Excel's wef folder (${(error as Error).message}). Copy it to ${folder} by hand, then restart Excel.`,
    };
  }
  const opened = host.run("open", ["-a", "Microsoft Excel"]).ok;
  return { state: "sideloaded", where: `copied to ${target}`, opened, undo: "npm stop" };
}

/**
 * Undoes `sideloadToDesktopExcel` as dev-settings' unregister does: on Windows the value named by the
 * add-in id and any older one named by the manifest path; on macOS the wef copy named by the id and
 * any older one named like the manifest. Says what it did, or that there was nothing to undo.
 *
 * @param manifestPath the manifest's real path, as registered
 * @throws {Error} when the manifest has no GUID id, with what to do
 */
export function unregisterFromDesktopExcel(
  host: SideloadHost,
  manifestPath: string,
  manifestXml: string,
): string {
  const id = manifestId(manifestXml);
  if (host.platform === "win32") {
    const results = [id, manifestPath].map((name) => removeRegistryValue(host, name));
    const refused = results.find((result) => result.state === "failed");
    if (refused?.state === "failed") {
      return `Could not remove the add-in from ${WINDOWS_DEVELOPER_KEY} (${refused.message}). Delete the value named ${id} with regedit.`;
    }
    return results.some((result) => result.state === "removed")
      ? `Removed the add-in's registration (${id}) from desktop Excel.`
      : "The add-in was not registered with desktop Excel: nothing to undo.";
  }
  if (host.platform === "darwin") {
    const folder = macWefFolder(host.homedir);
    const copies = [macManifestName(id), basename(manifestPath)]
      .map((name) => join(folder, name))
      .filter((path) => host.exists(path));
    if (copies.length === 0) return "The add-in was not in Excel's wef folder: nothing to undo.";
    try {
      for (const path of copies) host.remove(path);
    } catch (error) {
      return `Could not remove ${copies.join(" and ")} (${(error as Error).message}). Delete it by hand, then restart Excel.`;
    }
    return `Removed ${copies.join(" and ")}; Excel no longer lists the add-in after a restart.`;
  }
  return `There is no desktop Excel for ${host.platform}: nothing to undo.`;
}

/** Deletes one value of the Developer key if it is there (reg delete of a missing value is an error). */
function removeRegistryValue(
  host: SideloadHost,
  name: string,
): { state: "absent" | "removed" } | { state: "failed"; message: string } {
  if (!host.run("reg", ["query", WINDOWS_DEVELOPER_KEY, "/v", name]).ok) return { state: "absent" };
  const removed = host.run("reg", ["delete", WINDOWS_DEVELOPER_KEY, "/v", name, "/f"]);
  return removed.ok ? { state: "removed" } : { state: "failed", message: firstLine(removed.stderr) };
}

/** What `npm start` prints about desktop Excel. */
export function sideloadLines(outcome: SideloadOutcome): string[] {
  switch (outcome.state) {
    case "sideloaded":
      return [
        `Desktop Excel: the add-in is sideloaded (${outcome.where}).`,
        outcome.opened
          ? "  Excel is opening: Home > Add-ins (or Insert > My Add-ins > Developer Add-ins) > VendorScout."
          : "  Excel did not open by itself: open it, then Home > Add-ins > VendorScout.",
        `  To remove it from Excel later: ${outcome.undo}.`,
      ];
    case "no-desktop-excel":
      return [`Desktop Excel: ${outcome.reason} Use Excel on the web, below.`];
    case "failed":
      return [`Desktop Excel: ${outcome.message}`];
  }
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/)[0] || "no message";
}

/** The real machine: programs run without a shell, files through node:fs. */
export function nodeSideloadHost(): SideloadHost {
  return {
    platform: process.platform,
    homedir: homedir(),
    run(command, args) {
      const result = spawnSync(command, args, { encoding: "utf8", timeout: 30_000, windowsHide: true });
      return {
        ok: result.status === 0,
        stdout: result.stdout ?? "",
        stderr: result.stderr || result.error?.message || "",
      };
    },
    exists: existsSync,
    mkdirp: (path) => void mkdirSync(path, { recursive: true }),
    copyFile: copyFileSync,
    remove: (path) => rmSync(path, { force: true }),
  };
}
