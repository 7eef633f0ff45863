/** Context-menu item ids. */
export const MENU = {
  clipPage: "vendorscout-clip-page",
  saveReview: "vendorscout-save-review",
  saveNote: "vendorscout-save-note",
} as const;

export type MenuAction = { kind: "clip-page" } | { kind: "selection"; as: "review" | "note" };

/**
 * Which pipeline a context-menu click runs; undefined for an id that is not ours.
 *
 * @example
 * routeMenuClick("vendorscout-save-note") //=> { kind: "selection", as: "note" }
 */
export function routeMenuClick(menuItemId: string | number): MenuAction | undefined {
  switch (menuItemId) {
    case MENU.clipPage:
      return { kind: "clip-page" };
    case MENU.saveReview:
      return { kind: "selection", as: "review" };
    case MENU.saveNote:
      return { kind: "selection", as: "note" };
    default:
      return undefined;
  }
}

/** The shortcut declared under "commands" in package.json's manifest. */
export const CLIP_COMMAND = "clip-page";
