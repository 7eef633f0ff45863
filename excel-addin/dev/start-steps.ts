/** What `npm start` prints once everything is up: pure text from what was started. */
import { DEV_DISPLAY_NAME, DEV_NAMESPACE } from "../build/manifest-dev";
import { type SideloadOutcome, sideloadLines } from "./sideload";

export interface StartSummary {
  addinOrigin: string;
  manifestPath: string;
  extensionDir: string;
  /** The demo provider pages, opened in the browser. */
  pageUrls: readonly string[];
  browser:
    | { state: "opened"; path: string; note?: string }
    | { state: "no-display" }
    | { state: "not-found"; message: string }
    | { state: "failed"; message: string };
  /** The keyboard shortcut from the extension manifest's clip command. */
  shortcut: string;
  /** What happened with desktop Excel (sideloaded, not installed here, or why it failed). */
  desktopExcel: SideloadOutcome;
}

/**
 * The steps after start-up: where things are, how to clip, how to add the add-in to Excel.
 *
 * @example
 * startSteps({ addinOrigin: "https://localhost:3000", ..., browser: { state: "no-display" } })
 * //=> "VendorScout is running.\n  Add-in: https://localhost:3000 ...\nThere is no display here ..."
 */
export function startSteps(summary: StartSummary): string {
  const lines: string[] = [
    "",
    "VendorScout is running.",
    `  Add-in (task pane and functions): ${summary.addinOrigin}`,
    `  Demo provider pages: ${summary.pageUrls.join("  ")}`,
    `  Extension build: ${summary.extensionDir}`,
    "",
  ];
  lines.push(...browserLines(summary));
  lines.push(
    "",
    "Clip a provider:",
    "  1. On a provider's page, click the VendorScout button in the toolbar (pin it from the puzzle-piece menu) > Clip this page,",
    `     or press ${summary.shortcut}, or right-click the page > VendorScout > Clip vendor from this page.`,
    "  2. The side panel lists the vendor; clip its Trustpilot or G2 page too and the reviews join the same vendor.",
    "  3. In the side panel, start an evaluation and add the vendors to compare.",
    "",
    "Add the add-in to Excel:",
    ...sideloadLines(summary.desktopExcel),
    `  Excel on the web, in this browser: Insert > Add-ins > Upload My Add-in > ${summary.manifestPath}`,
    ...(summary.desktopExcel.state === "sideloaded"
      ? []
      : [
          "  Excel desktop by hand: put that manifest in a shared-folder catalog (Windows) or the wef folder (Mac),",
          "  then Home > Add-ins.",
        ]),
    `  This is the development copy, "${DEV_DISPLAY_NAME}": its functions are =${DEV_NAMESPACE}.VENDORSCORE( and so on.`,
    "  Desktop Excel cannot see the extension: export a .vendorpack.json from the side panel and use",
    "  Import vendor pack in the task pane. In the task pane: pick the evaluation > Build scorecard.",
    "",
    "Press Ctrl+C to stop the servers and close the browser.",
    "",
  );
  return lines.join("\n");
}

function browserLines(summary: StartSummary): string[] {
  const { browser } = summary;
  switch (browser.state) {
    case "opened":
      return [
        `Opened ${browser.path} with a fresh profile and the VendorScout extension loaded.`,
        ...(browser.note ? [`Note: ${browser.note}`] : []),
      ];
    case "no-display":
      return [
        "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser was opened.",
        "The servers stay up: open the pages above from a browser that can reach this machine, or run",
        "`npm run demo` to play the whole journey headless and get screenshots and the .xlsx in out/.",
      ];
    case "not-found":
    case "failed":
      return [
        browser.message,
        `The servers stay up. To try by hand: open chrome://extensions, turn on Developer mode, "Load unpacked" > ${summary.extensionDir}.`,
      ];
  }
}

/**
 * The clip shortcut as the manifest suggests it, or a neutral phrase when the manifest has none.
 *
 * @example
 * clipShortcut({ commands: { "clip-page": { suggested_key: { default: "Alt+Shift+V" } } } }) //=> "Alt+Shift+V"
 */
export function clipShortcut(manifest: unknown): string {
  const commands = (
    manifest as { commands?: Record<string, { suggested_key?: { default?: unknown } }> } | null
  )?.commands;
  const key = commands?.["clip-page"]?.suggested_key?.default;
  return typeof key === "string" && key !== ""
    ? key
    : "the VendorScout shortcut (chrome://extensions/shortcuts)";
}
