/** Context-menu item ids. */
export const MENU = {
  clipPage: "vendorscout-clip-page",
  /** The parent of the "Save selection as a review of…" submenu. */
  saveReview: "vendorscout-save-review",
  /** Submenu item: the vendor of the page the selection is on. */
  saveReviewOfPage: "vendorscout-save-review-page",
  saveNote: "vendorscout-save-note",
} as const;

/** Submenu items for one library vendor: this prefix, then the vendor id. */
export const REVIEW_OF_VENDOR = "vendorscout-review-of:";

/** Vendors offered in the submenu besides the page's own. */
export const RECENT_VENDORS_IN_MENU = 8;

export type MenuAction =
  | { kind: "clip-page" }
  | { kind: "selection"; as: "review" | "note" }
  | { kind: "selection"; as: "review"; vendorId: string };

/**
 * Which pipeline a context-menu click runs; undefined for an id that is not ours.
 *
 * @example
 * routeMenuClick("vendorscout-save-note") //=> { kind: "selection", as: "note" }
 * routeMenuClick("vendorscout-review-of:acme.com") //=> { kind: "selection", as: "review", vendorId: "acme.com" }
 */
export function routeMenuClick(menuItemId: string | number): MenuAction | undefined {
  if (typeof menuItemId === "string" && menuItemId.startsWith(REVIEW_OF_VENDOR)) {
    const vendorId = menuItemId.slice(REVIEW_OF_VENDOR.length);
    return vendorId ? { kind: "selection", as: "review", vendorId } : undefined;
  }
  switch (menuItemId) {
    case MENU.clipPage:
      return { kind: "clip-page" };
    case MENU.saveReview:
    case MENU.saveReviewOfPage:
      return { kind: "selection", as: "review" };
    case MENU.saveNote:
      return { kind: "selection", as: "note" };
    default:
      return undefined;
  }
}

export interface MenuItem {
  id: string;
  parentId?: string;
  title: string;
  type?: "normal" | "separator";
  contexts: ["selection"] | ["page", "selection"];
}

/**
 * Every VendorScout menu item, in order: clip, the review submenu (the page's vendor, then the
 * owner's most recently changed vendors by name), the note. Vendor names come from web pages: in a
 * menu title "&" marks an access key, so it is doubled to show as itself, and long names are cut.
 *
 * @example
 * menuItems([{ id: "acme.com", name: "Acme & Sons" }]).map((item) => item.title)
 * //=> ["Clip vendor from this page", "Save selection as a review of…", "The vendor on this page", "", "Acme && Sons", "Save selection as a note on the vendor on this page"]
 */
export function menuItems(recent: ReadonlyArray<{ id: string; name: string }>): MenuItem[] {
  const vendors = recent.slice(0, RECENT_VENDORS_IN_MENU);
  return [
    { id: MENU.clipPage, title: "Clip vendor from this page", contexts: ["page", "selection"] },
    { id: MENU.saveReview, title: "Save selection as a review of…", contexts: ["selection"] },
    {
      id: MENU.saveReviewOfPage,
      parentId: MENU.saveReview,
      title: "The vendor on this page",
      contexts: ["selection"],
    },
    ...(vendors.length > 0
      ? [
          {
            id: `${MENU.saveReview}-separator`,
            parentId: MENU.saveReview,
            title: "",
            type: "separator" as const,
            contexts: ["selection"] as ["selection"],
          },
        ]
      : []),
    ...vendors.map(
      (vendor): MenuItem => ({
        id: `${REVIEW_OF_VENDOR}${vendor.id}`,
        parentId: MENU.saveReview,
        title: menuTitle(vendor.name),
        contexts: ["selection"],
      }),
    ),
    {
      id: MENU.saveNote,
      title: "Save selection as a note on the vendor on this page",
      contexts: ["selection"],
    },
  ];
}

/** Characters (as the reader sees them) a vendor's name may take in a menu title. */
const MENU_TITLE_LENGTH = 60;

/**
 * A name as a menu shows it: one line, at most 60 characters, "&" shown as itself, and "%s" kept as
 * typed. Chrome puts the selected text in place of every "%s" in a selection menu's title and has no
 * escape for it, so a zero-width space goes between the two. The cut never splits an emoji or an
 * accented letter: it counts grapheme clusters, not UTF-16 units.
 */
export function menuTitle(name: string): string {
  const line = name.replace(/\s+/g, " ").trim();
  const characters = Array.from(GRAPHEMES.segment(line), (part) => part.segment);
  const cut =
    characters.length > MENU_TITLE_LENGTH ? `${characters.slice(0, MENU_TITLE_LENGTH - 1).join("")}…` : line;
  return cut.replaceAll("&", "&&").replaceAll("%s", "%\u200Bs");
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The shortcut declared under "commands" in package.json's manifest. */
export const CLIP_COMMAND = "clip-page";
