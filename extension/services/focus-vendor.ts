/**
 * Which vendor the side panel should show: the service worker writes it after a clip, the popup when
 * the owner asks to open a vendor, and the side panel listens. storage.session lives as long as the
 * browser session and is readable by extension pages.
 */
const KEY = "vendorscout.focusVendor";

export interface FocusVendor {
  vendorId: string;
  /**
   * When the owner asked for it: the click, shortcut or menu item that started the clip (not when
   * the clip finished, seconds later), so the side panel can tell it from what the owner did since.
   */
  at: string;
  /** The tab to show it on: the popup's "Create an evaluation" asks for Evaluations; else Vendors. */
  view?: "evaluations";
}

export type SessionArea = Pick<chrome.storage.StorageArea, "get" | "set">;

export async function setFocusVendor(
  area: SessionArea,
  vendorId: string,
  at: Date,
  view?: FocusVendor["view"],
): Promise<void> {
  const focus: FocusVendor = { vendorId, at: at.toISOString(), ...(view ? { view } : {}) };
  await area.set({ [KEY]: focus });
}

export async function getFocusVendor(area: SessionArea): Promise<FocusVendor | undefined> {
  const stored = await area.get(KEY);
  return readFocus(stored[KEY]);
}

/**
 * How old a focus may be for a side panel that is just opening to follow it: the clip that opened the
 * panel wrote it moments before. An older one is from an earlier clip; the owner opening the panel
 * from the toolbar the next day wants the list, not the vendor clipped last.
 */
export const OPENING_FOCUS_MAX_AGE_MS = 2 * 60 * 1000;

/** The focus an opening side panel should follow, if it is recent; otherwise none. */
export function recentFocusVendor(focus: FocusVendor | undefined, now: Date): FocusVendor | undefined {
  if (focus === undefined) return undefined;
  const age = now.getTime() - Date.parse(focus.at);
  return age >= 0 && age <= OPENING_FOCUS_MAX_AGE_MS ? focus : undefined;
}

/**
 * Whether the side panel should follow a focus: only if the owner asked for it at or after the
 * latest thing they did in the panel (`latestIntentAt`, ms since the epoch: a click or key press
 * there, or an earlier focus it followed). A clip takes seconds and the panel reads the focus
 * asynchronously; whatever the owner did in the panel meanwhile wins, and an older focus that
 * arrives after a newer one does not replace it. The panel never takes the owner away from where
 * they went after asking.
 *
 * @example
 * followsFocus({ vendorId: "acme.com", at: "2026-12-06T10:00:05.000Z" }, Date.parse("2026-12-06T10:00:00.000Z")) //=> true
 * followsFocus({ vendorId: "acme.com", at: "2026-12-06T10:00:00.000Z" }, Date.parse("2026-12-06T10:00:05.000Z")) //=> false
 * followsFocus({ vendorId: "acme.com", at: "not a time" }, undefined) //=> false
 */
export function followsFocus(focus: FocusVendor, latestIntentAt: number | undefined): boolean {
  const askedAt = Date.parse(focus.at);
  if (Number.isNaN(askedAt)) return false;
  return latestIntentAt === undefined || askedAt >= latestIntentAt;
}

/** Calls back with each new focus; returns the unsubscribe function. */
export function onFocusVendor(
  onChanged: Pick<typeof chrome.storage.onChanged, "addListener" | "removeListener">,
  callback: (focus: FocusVendor) => void,
): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
    if (areaName !== "session") return;
    const focus = readFocus(changes[KEY]?.newValue);
    if (focus) callback(focus);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

function readFocus(value: unknown): FocusVendor | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { vendorId, at, view } = value as Record<string, unknown>;
  if (typeof vendorId !== "string" || typeof at !== "string") return undefined;
  return view === "evaluations" ? { vendorId, at, view } : { vendorId, at };
}
