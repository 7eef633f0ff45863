/** Keeps the one waiting "Save anyway?" question in storage.session: hold, read and clear it. */
import { type PendingClip, readPendingClip } from "../capture/pending-clip";

/**
 * The one "Save anyway?" question waiting for the owner, in storage.session: it outlives the service
 * worker going to sleep while the owner reads the question, the side panel reads and watches it, and
 * it ends with the browser session. A newer held clip replaces an older one.
 */
const KEY = "vendorscout.pendingClip";

export type PendingArea = Pick<chrome.storage.StorageArea, "get" | "set" | "remove">;

export async function holdPendingClip(area: PendingArea, pending: PendingClip): Promise<void> {
  await area.set({ [KEY]: pending });
}

export async function getPendingClip(area: PendingArea): Promise<PendingClip | undefined> {
  return readPendingClip((await area.get(KEY))[KEY]);
}

export async function clearPendingClip(area: PendingArea): Promise<void> {
  await area.remove(KEY);
}

/** Calls back with the waiting question, or undefined once it is answered; returns the unsubscribe. */
export function onPendingClip(
  onChanged: Pick<typeof chrome.storage.onChanged, "addListener" | "removeListener">,
  callback: (pending: PendingClip | undefined) => void,
): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
    if (areaName !== "session" || !(KEY in changes)) return;
    callback(readPendingClip(changes[KEY]?.newValue));
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
