import type { Page } from "playwright-core";
import type { LaunchedExtension } from "./launch-extension";

/**
 * The side panel's Vendors tab showing the list with at least `rows` rows, from wherever the panel
 * is. A panel opened just after a clip shows the clipped vendor, and a vendor page stays open behind
 * the other tabs. The click on the tab is the owner's: from then on a clip's focus asked for earlier
 * cannot move the panel (followsFocus), so what <main> says (data-view, data-vendor-id) holds.
 */
export async function showVendorList(panel: Page, rows = 1): Promise<void> {
  await panel.getByRole("tab", { name: "Vendors" }).click();
  const main = panel.locator('main[data-view="vendors"]');
  await main.waitFor({ timeout: 10_000 });
  if ((await main.getAttribute("data-vendor-id")) !== "") {
    // Clicking waits for the vendor page to finish opening: its button is there once it has.
    await panel.getByTestId("vendor-detail").getByRole("button", { name: "← All vendors" }).click();
  }
  await panel.locator('main[data-view="vendors"][data-vendor-id=""]').waitFor({ timeout: 10_000 });
  await panel
    .getByTestId("vendor-row")
    .nth(rows - 1)
    .waitFor({ timeout: 10_000 });
}

/**
 * The side panel's page in a tab of `extension`'s browser, at `size` when given. A test cannot open
 * Chrome's side panel itself (chrome.sidePanel.open needs the owner's gesture), so it opens
 * sidepanel.html in a tab: the same page on the same origin, so the same library.
 */
export async function openSidePanel(
  extension: LaunchedExtension,
  size?: { width: number; height: number },
): Promise<Page> {
  const panel = await extension.context.newPage();
  if (size) await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  return panel;
}
