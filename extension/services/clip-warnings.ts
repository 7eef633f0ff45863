/**
 * What the last clip was unsure of, for the side panel: the service worker writes the capture's
 * warnings after a clip (a field left empty rather than guessed, a claim the page made about another
 * site), the panel shows them. storage.session, like the focused vendor, lasts the browser session.
 */
const KEY = "vendorscout.clipWarnings";

export interface ClipWarnings {
  vendorId: string;
  vendorName: string;
  warnings: string[];
  at: string;
}

export type SessionArea = Pick<chrome.storage.StorageArea, "get" | "set">;

export async function setClipWarnings(area: SessionArea, value: ClipWarnings): Promise<void> {
  await area.set({ [KEY]: { ...value, warnings: value.warnings.slice(0, 20) } satisfies ClipWarnings });
}

export async function getClipWarnings(area: SessionArea): Promise<ClipWarnings | undefined> {
  return readClipWarnings((await area.get(KEY))[KEY]);
}

/** Calls back with each clip's warnings; returns the unsubscribe function. */
export function onClipWarnings(
  onChanged: Pick<typeof chrome.storage.onChanged, "addListener" | "removeListener">,
  callback: (value: ClipWarnings) => void,
): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
    if (areaName !== "session") return;
    const value = readClipWarnings(changes[KEY]?.newValue);
    if (value) callback(value);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

export function readClipWarnings(value: unknown): ClipWarnings | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { vendorId, vendorName, warnings, at } = value as Record<string, unknown>;
  if (typeof vendorId !== "string" || typeof vendorName !== "string" || typeof at !== "string")
    return undefined;
  if (!Array.isArray(warnings) || !warnings.every((warning) => typeof warning === "string")) return undefined;
  return { vendorId, vendorName, warnings: warnings.slice(0, 20), at };
}
