import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type SessionWithTaskPane, startSessionWithTaskPane } from "./helpers/extension-session";
import { readDoubleWorkbook } from "./helpers/office-host-double";
import { openPopupOver } from "./helpers/popup";
import { openSidePanel } from "./helpers/side-panel";
import { openTaskPane } from "./helpers/task-pane";

/**
 * The journey with the keyboard alone: clip from the popup, make an evaluation, tick it and rate the
 * vendor in the side panel, export the pack, and build the scorecard in the task pane. No click: every
 * control is reached with Tab (or Shift+Tab) and used with Enter, Space or the arrow keys.
 */

// Not 3000-3002 (bridge, task pane) nor 3004 (accessibility).
const ADDIN_PORT = 3005;
const EVALUATION = "Keyboard evaluation";

let session: SessionWithTaskPane;
let files: string;

beforeAll(async () => {
  session = await startSessionWithTaskPane(ADDIN_PORT);
  files = await mkdtemp(join(tmpdir(), "vendorscout-keyboard-"));
});

afterAll(async () => {
  await session?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

/** Presses `key` (Tab by default) until `target` has the focus; fails after `max` presses. */
async function pressUntilFocused(page: Page, target: Locator, key = "Tab", max = 200): Promise<void> {
  await target.waitFor({ state: "attached" });
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${max} presses of ${key} did not reach ${target}.`);
}

test("clip, rate and build the scorecard with the keyboard alone", async () => {
  // Clip: the popup over the provider's page, its "Clip this page" button pressed with Enter.
  const { popup, close } = await openPopupOver(session, "provider-brightbooks.html");
  await popup.getByText("Not in your library yet.").waitFor({ timeout: 10_000 });
  await pressUntilFocused(popup, popup.getByRole("button", { name: "Clip this page" }));
  await popup.keyboard.press("Enter");
  await popup
    .getByTestId("clip-result")
    .filter({ hasText: "Saved to your library: BrightBooks" })
    .waitFor({ timeout: 20_000 });
  await close();

  // The side panel: the tabs are one Tab stop, the arrows move between them.
  const panel = await openSidePanel(session.extension, { width: 400, height: 820 });
  const vendorsTab = panel.getByRole("tab", { name: "Vendors" });
  await pressUntilFocused(panel, vendorsTab);
  await panel.keyboard.press("ArrowRight");
  await panel.locator('main[data-view="evaluations"]').waitFor();
  await pressUntilFocused(panel, panel.getByLabel("New evaluation"));
  await panel.keyboard.type(EVALUATION);
  await pressUntilFocused(panel, panel.getByRole("button", { name: "Create evaluation" }));
  await panel.keyboard.press("Enter");
  const card = panel.getByTestId("evaluation").filter({ hasText: EVALUATION });
  await card.waitFor({ timeout: 10_000 });

  // Back to the vendors: Shift+Tab up to the tabs, ArrowLeft to Vendors.
  await pressUntilFocused(panel, panel.getByRole("tab", { name: "Evaluations" }), "Shift+Tab");
  await panel.keyboard.press("ArrowLeft");
  const vendors = panel.locator('main[data-view="vendors"]');
  await vendors.waitFor();
  // The panel opened just after the clip may show BrightBooks already; otherwise open it from the list.
  if ((await vendors.getAttribute("data-vendor-id")) === "") {
    await pressUntilFocused(panel, panel.getByTestId("vendor-row").filter({ hasText: "BrightBooks" }));
    await panel.keyboard.press("Enter");
  }
  const detail = panel.getByTestId("vendor-detail");
  await detail.getByRole("heading", { level: 2, name: "BrightBooks" }).waitFor({ timeout: 10_000 });

  // Tick the evaluation with Space; the card counts the vendor once the library holds it.
  await pressUntilFocused(panel, detail.getByRole("checkbox", { name: EVALUATION }));
  await panel.keyboard.press("Space");
  await expect.poll(() => detail.getByRole("checkbox", { name: EVALUATION }).isChecked()).toBe(true);

  // Rate: the ratings sit right under the summary that holds the evaluation's tick box, so Tab goes
  // on to the first star of the group; the arrows move along it; each star is checked once saved.
  const group = detail.getByRole("radiogroup", { name: "Expertise and quality" });
  await pressUntilFocused(panel, group.getByRole("radio").first());
  for (const stars of [2, 3, 4]) {
    await panel.keyboard.press("ArrowRight");
    await group.getByRole("radio", { name: String(stars), exact: true, checked: true }).waitFor();
  }

  // Export the evaluation's pack with Enter on its button.
  await pressUntilFocused(panel, panel.getByRole("tab", { name: "Vendors" }), "Shift+Tab");
  await panel.keyboard.press("ArrowRight");
  await card.getByText(/· 1 vendor$/).waitFor({ timeout: 10_000 });
  await pressUntilFocused(panel, card.getByRole("button", { name: "Export .vendorpack.json" }));
  const download = panel.waitForEvent("download", { timeout: 15_000 });
  await panel.keyboard.press("Enter");
  const packPath = join(files, "keyboard.vendorpack.json");
  await (await download).saveAs(packPath);
  const pack = JSON.parse(await readFile(packPath, "utf8")) as {
    vendors: Array<{ id: string; criterionRatings: Record<string, number> }>;
  };
  expect(Object.values(pack.vendors[0]?.criterionRatings ?? {})).toContain(4);

  // The task pane: "Import vendor pack…" opens the file picker from Enter, then Use and Build.
  const pane = await openTaskPane(await session.context.newPage(), session.addin, {
    platform: "PC",
    excelApi: "1.12",
  });
  // Chromium opens a file picker for the tab in front only, as for an owner.
  await pane.bringToFront();
  // The pane has settled on its source (Excel desktop: the pack) before the owner moves in it: a
  // re-render while it was still checking could take the focus from the button.
  await pane.getByTestId("fallback-reason").waitFor({ timeout: 10_000 });
  const chooser = pane.waitForEvent("filechooser", { timeout: 15_000 });
  const importButton = pane.getByRole("button", { name: "Import vendor pack…" });
  await pressUntilFocused(pane, importButton);
  await pane.keyboard.press("Enter");
  await (await chooser).setFiles(packPath);
  await pressUntilFocused(pane, pane.getByRole("button", { name: "Use this pack" }));
  await pane.keyboard.press("Enter");
  await pane.getByText("1 of 1 vendors selected").waitFor({ timeout: 10_000 });
  await pressUntilFocused(pane, pane.getByRole("button", { name: "Build scorecard" }));
  await pane.keyboard.press("Enter");
  await pane.getByText("Scorecard built").waitFor({ timeout: 30_000 });
  const workbook = await readDoubleWorkbook(pane);
  expect(workbook.sheetNames).toEqual(expect.arrayContaining(["Vendors", "Scorecard"]));
  expect((workbook.sheets.Vendors ?? []).flat()).toContain("BrightBooks");
}, 120_000);
