/**
 * Opens the one VendorLibrary of each extension context, and from the popup and side panel tells the service
 * worker when the library changed so it rebuilds the review submenu.
 */
import type { UiRequest } from "../capture/ui-messages";
import { VendorLibrary } from "../db/library";
import { VENDORSCOUT_DB_NAME, VendorScoutDb } from "../db/vendorscout-db";
import { onLibraryChanged } from "./library-changes";

let library: VendorLibrary | undefined;

/**
 * The one VendorLibrary of this extension context (service worker, popup or side panel); each context
 * opens the same IndexedDB database.
 */
export function openLibrary(): VendorLibrary {
  if (library === undefined) {
    library = new VendorLibrary(new VendorScoutDb());
    if (typeof document !== "undefined") tellWorkerOfChanges();
  }
  return library;
}

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * In the popup and side panel: after the library changes, ping the service worker (debounced), which
 * wakes it if asleep so it rebuilds the "review of…" submenu; Chrome has no onShown for our menus.
 */
function tellWorkerOfChanges(): void {
  onLibraryChanged(VENDORSCOUT_DB_NAME, () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      chrome.runtime.sendMessage({ type: "library-changed" } satisfies UiRequest).catch(() => {
        // No worker to tell (it is starting); it rebuilds the menu on start anyway.
      });
    }, 300);
  });
}
