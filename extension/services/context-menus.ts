/**
 * Rebuilds VendorScout's context-menu items with the recent vendors in the review submenu; Chrome has no
 * "menu shown" event, so the background calls it whenever the list may have changed.
 */
import { menuItems } from "../capture/menu-routing";

export type ContextMenusApi = Pick<typeof chrome.contextMenus, "create" | "removeAll">;

/**
 * (Re)creates VendorScout's context-menu items with the review submenu's recent vendors. Chrome has
 * no "menu shown" event, so the background calls this on install and start-up, after every clip and
 * when the owner switches tabs (a library changed in the side panel shows up then).
 */
export async function installContextMenus(
  contextMenus: ContextMenusApi,
  recentVendors: ReadonlyArray<{ id: string; name: string }> = [],
): Promise<void> {
  await contextMenus.removeAll();
  for (const item of menuItems(recentVendors)) {
    contextMenus.create({
      id: item.id,
      title: item.title,
      contexts: item.contexts,
      ...(item.parentId ? { parentId: item.parentId } : {}),
      ...(item.type === "separator" ? { type: "separator" } : {}),
    });
  }
}
