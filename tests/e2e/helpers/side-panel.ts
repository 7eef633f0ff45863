import type { Page } from "playwright-core";

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
