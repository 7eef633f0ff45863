import { expect, test } from "vitest";
import { MENU, routeMenuClick } from "./menu-routing";

test.each([
  [MENU.clipPage, { kind: "clip-page" }],
  [MENU.saveReview, { kind: "selection", as: "review" }],
  [MENU.saveNote, { kind: "selection", as: "note" }],
  ["someone-elses-item", undefined],
  [3, undefined],
])("menu item %s routes to %j", (id, expected) => {
  expect(routeMenuClick(id)).toEqual(expected);
});
