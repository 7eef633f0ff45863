import { expect, test } from "vitest";
import { MENU, REVIEW_OF_VENDOR } from "../capture/menu-routing";
import { installContextMenus } from "./context-menus";

test("installs the menu afresh: the review submenu's items under their parent, a vendor's & shown as itself", async () => {
  const calls: unknown[] = [];
  await installContextMenus(
    {
      removeAll: async () => {
        calls.push("removeAll");
      },
      create: ((properties: unknown) => {
        calls.push(properties);
        return "";
      }) as typeof chrome.contextMenus.create,
    },
    [{ id: "smith.co.uk", name: "Smith & Co" }],
  );
  expect(calls).toEqual([
    "removeAll",
    { id: MENU.clipPage, title: "Clip vendor from this page", contexts: ["page", "selection"] },
    { id: MENU.saveReview, title: "Save selection as a review of…", contexts: ["selection"] },
    {
      id: MENU.saveReviewOfPage,
      parentId: MENU.saveReview,
      title: "The vendor on this page",
      contexts: ["selection"],
    },
    {
      id: `${MENU.saveReview}-separator`,
      parentId: MENU.saveReview,
      title: "",
      contexts: ["selection"],
      type: "separator",
    },
    {
      id: `${REVIEW_OF_VENDOR}smith.co.uk`,
      parentId: MENU.saveReview,
      title: "Smith && Co",
      contexts: ["selection"],
    },
    {
      id: MENU.saveNote,
      title: "Save selection as a note on the vendor on this page",
      contexts: ["selection"],
    },
  ]);
});
