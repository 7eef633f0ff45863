/**
 * Which vendor the side panel should show: the service worker writes it after a clip, the side panel
 * listens. storage.session lives as long as the browser session and is readable by extension pages.
 */
const KEY = "vendorscout.focusVendor";

export interface FocusVendor {
  vendorId: string;
  at: string;
}

export type SessionArea = Pick<chrome.storage.StorageArea, "get" | "set">;

export async function setFocusVendor(area: SessionArea, vendorId: string, at: Date): Promise<void> {
  await area.set({ [KEY]: { vendorId, at: at.toISOString() } satisfies FocusVendor });
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

/** The vendor an opening side panel should show, if the focus is recent; otherwise none. */
export function recentFocusVendor(focus: FocusVendor | undefined, now: Date): string | undefined {
  if (focus === undefined) return undefined;
  const age = now.getTime() - Date.parse(focus.at);
  return age >= 0 && age <= OPENING_FOCUS_MAX_AGE_MS ? focus.vendorId : undefined;
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
  const { vendorId, at } = value as Record<string, unknown>;
  return typeof vendorId === "string" && typeof at === "string" ? { vendorId, at } : undefined;
}
