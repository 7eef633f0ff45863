/**
 * Adapts the extension's library to what the capture pipeline needs from it, in the words the popup shows.
 */
import type { ClipLibrary } from "../capture/clip-tab";
import { knownVendorForUrl } from "../services/known-vendor";
import { openLibrary } from "../services/library";

/** The library as the capture pipeline sees it: what a clip saved, in the words the popup shows. */
export function clipLibrary(): ClipLibrary {
  const library = openLibrary();
  return {
    saveCapture: async (capture) => {
      const saved = await library.saveCapture(capture);
      return {
        vendorId: saved.vendor.id,
        vendorName: saved.vendor.name,
        created: saved.created,
        reviewsAdded: saved.newReviews,
      };
    },
    findVendorForUrl: async (url) => {
      const vendor = await knownVendorForUrl(library, url);
      return vendor ? { id: vendor.id, name: vendor.name } : undefined;
    },
    vendorById: async (id) => {
      const vendor = await library.getVendor(id);
      return vendor ? { id: vendor.id, name: vendor.name } : undefined;
    },
    saveSelectionAsReview: async (vendorId, review) => {
      await library.saveSelectionAsReview(vendorId, review);
    },
    saveSelectionAsNote: async (vendorId, text, url) => {
      await library.saveSelectionAsNote(vendorId, text, url);
    },
  };
}
