import { VendorLibrary } from "../db/library";
import { VendorScoutDb } from "../db/vendorscout-db";

let library: VendorLibrary | undefined;

/**
 * The one VendorLibrary of this extension context (service worker, popup or side panel); each context
 * opens the same IndexedDB database.
 */
export function openLibrary(): VendorLibrary {
  library ??= new VendorLibrary(new VendorScoutDb());
  return library;
}
