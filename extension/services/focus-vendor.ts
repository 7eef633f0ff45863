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
