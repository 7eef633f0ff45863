import { describe, expect, test } from "vitest";
import { MENU, menuItems, menuTitle, REVIEW_OF_VENDOR, routeMenuClick } from "./menu-routing";

test.each([
  [MENU.clipPage, { kind: "clip-page" }],
  [MENU.saveReview, { kind: "selection", as: "review" }],
  [MENU.saveReviewOfPage, { kind: "selection", as: "review" }],
  [`${REVIEW_OF_VENDOR}acme.com`, { kind: "selection", as: "review", vendorId: "acme.com" }],
  [REVIEW_OF_VENDOR, undefined],
  [MENU.saveNote, { kind: "selection", as: "note" }],
  ["someone-elses-item", undefined],
  [3, undefined],
])("menu item %s routes to %j", (id, expected) => {
  expect(routeMenuClick(id)).toEqual(expected);
});

describe("menuItems", () => {
  test("the review submenu offers the page's vendor, then the recent vendors, each routing to itself", () => {
    const items = menuItems([
      { id: "acme.com", name: "Acme Payroll" },
      { id: "brightbooks.co.uk", name: "BrightBooks" },
    ]);
    expect(items.map((item) => [item.id, item.parentId ?? null, item.title])).toEqual([
      [MENU.clipPage, null, "Clip vendor from this page"],
      [MENU.saveReview, null, "Save selection as a review of…"],
      [MENU.saveReviewOfPage, MENU.saveReview, "The vendor on this page"],
      [`${MENU.saveReview}-separator`, MENU.saveReview, ""],
      [`${REVIEW_OF_VENDOR}acme.com`, MENU.saveReview, "Acme Payroll"],
      [`${REVIEW_OF_VENDOR}brightbooks.co.uk`, MENU.saveReview, "BrightBooks"],
      [MENU.saveNote, null, "Save selection as a note on the vendor on this page"],
    ]);
    const sub = items.filter((item) => item.parentId && item.type !== "separator");
    expect(sub.map((item) => routeMenuClick(item.id))).toEqual([
      { kind: "selection", as: "review" },
      { kind: "selection", as: "review", vendorId: "acme.com" },
      { kind: "selection", as: "review", vendorId: "brightbooks.co.uk" },
    ]);
    // Every id is unique, as chrome.contextMenus requires.
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  test("an empty library has no separator and no vendors; more than eight are cut to eight", () => {
    expect(menuItems([]).filter((item) => item.parentId === MENU.saveReview)).toHaveLength(1);
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `v${i}.com`, name: `Vendor ${i}` }));
    expect(menuItems(many).filter((item) => item.id.startsWith(REVIEW_OF_VENDOR))).toHaveLength(8);
  });
});

describe("menuTitle", () => {
  test.each([
    ["Acme & Sons", "Acme && Sons"],
    ["  Two\nlines\there ", "Two lines here"],
    ["x".repeat(80), `${"x".repeat(59)}…`],
    ["<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"],
    ["100%s Payroll", "100%\u200Bs Payroll"],
    [`${"x".repeat(58)}👩‍💻 Tech`, `${"x".repeat(58)}👩‍💻…`],
    [`${"e\u0301".repeat(70)}`, `${"e\u0301".repeat(59)}…`],
  ])("%j -> %j", (name, title) => {
    expect(menuTitle(name)).toBe(title);
  });
});
