import { MENU } from "../capture/menu-routing";

export type ContextMenusApi = Pick<typeof chrome.contextMenus, "create" | "removeAll">;

/** (Re)creates VendorScout's context-menu items; called on install and update. */
export async function installContextMenus(contextMenus: ContextMenusApi): Promise<void> {
  await contextMenus.removeAll();
  contextMenus.create({
    id: MENU.clipPage,
    title: "Clip vendor from this page",
    contexts: ["page", "selection"],
  });
  contextMenus.create({
    id: MENU.saveReview,
    title: "Save selection as a review of the vendor on this page",
    contexts: ["selection"],
  });
  contextMenus.create({
    id: MENU.saveNote,
    title: "Save selection as a note on the vendor on this page",
    contexts: ["selection"],
  });
}
