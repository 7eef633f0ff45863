/**
 * Calls back whenever the VendorScout database changes, in this extension context or another, through Dexie's
 * change relay.
 */
import Dexie, { type ObservabilitySet } from "dexie";

/**
 * Calls back whenever the VendorScout database changes, in this context or another one (the side
 * panel's edits reach the service worker, while it runs, through Dexie's BroadcastChannel relay).
 * Returns the unsubscribe function.
 */
export function onLibraryChanged(dbName: string, callback: () => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((key) => key.startsWith(`idb://${dbName}/`))) callback();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/**
 * Calls back when the evaluations change, in this context or another: the popup's "Add to evaluation"
 * reaches an open side panel's ranking this way. Returns the unsubscribe function.
 */
export function onEvaluationsChanged(dbName: string, callback: () => void): () => void {
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((key) => key.startsWith(`idb://${dbName}/evaluations/`))) callback();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
