/**
 * Binds the side panel's LibraryPort to VendorLibrary: errors become sentences, records become summaries, and
 * reading ahead waits for the page to be idle.
 */
import type { ImportSummary, LibraryPort } from "../components/library-port";
import type { DeletedVendor, ImportPreview, VendorLibrary } from "../db/library";

/** Runs work when the page is next idle; the side panel's is requestIdleCallback. */
export type WhenIdle = (work: () => void) => void;

const whenPageIdle: WhenIdle = (work) => {
  requestIdleCallback(work, { timeout: 2000 });
};

/**
 * Binds the side panel's LibraryPort to VendorLibrary (Dexie): errors become sentences, records
 * summaries, and reading ahead waits for the page to be idle.
 */
export function libraryPort(library: VendorLibrary, whenIdle: WhenIdle = whenPageIdle): LibraryPort {
  return {
    searchVendors: (filter, offset, limit) => library.searchVendors(filter, offset, limit),
    firstVendors: (limit) => library.firstVendors(limit),
    countVendors: () => library.db.vendors.count(),
    prepareSearch: () =>
      new Promise<void>((resolve, reject) => {
        whenIdle(() => library.prepareSearch().then(resolve, reject));
      }),
    getVendor: (id) => library.getVendor(id),
    updateVendor: async (id, patch) => {
      try {
        return { ok: true, vendor: await library.updateVendor(id, patch) };
      } catch (error) {
        return { ok: false, errors: { edit: messageOf(error) } };
      }
    },
    rateVendor: async (id, criterionId, rating) => {
      await library.rateVendor(id, criterionId, rating);
    },
    deleteVendor: (id) => library.deleteVendor(id),
    listReviews: (vendorId) => library.listReviews(vendorId),
    clipHistory: async (vendorId) =>
      (await library.clipHistory(vendorId)).map((clip) => ({
        url: clip.url,
        capturedAt: clip.capturedAt,
        summary: `${clip.capture.pageKind === "directory" ? "review site" : "vendor's own site"}, ${clip.capture.reviews.length} review${clip.capture.reviews.length === 1 ? "" : "s"}`,
      })),
    listEvaluations: () => library.listEvaluations(),
    saveEvaluation: async (evaluation) => {
      await library.saveEvaluation(evaluation);
    },
    deleteEvaluation: (id) => library.deleteEvaluation(id),
    addToEvaluation: async (evaluationId, vendorId) => {
      await library.addToEvaluation(evaluationId, [vendorId]);
    },
    removeFromEvaluation: async (evaluationId, vendorId) => {
      await library.removeFromEvaluation(evaluationId, [vendorId]);
    },
    exportPack: (options) => library.exportPack(options),
    previewImport: async (text) => importSummary(await library.previewImport(text)),
    commitImport: async (text) => {
      const result = await library.commitImport(text);
      if (!result.ok) return { ok: false, errors: result.errors };
      return {
        ok: true,
        message: `Imported ${result.newVendors} new vendor${result.newVendors === 1 ? "" : "s"}, updated ${result.updatedVendors}, added ${result.newReviews} review${result.newReviews === 1 ? "" : "s"} and ${result.evaluations} evaluation${result.evaluations === 1 ? "" : "s"}.`,
      };
    },
    discardImportPreview: () => library.discardImportPreview(),
    lastImport: () => library.lastImport(),
    // The snapshot came from this library's deleteVendor, through the side panel unchanged.
    restoreDeletedVendor: (deleted) => library.restoreDeletedVendor(deleted as unknown as DeletedVendor),
    undoLastImport: () => library.undoLastImport(),
    listTags: () => library.listTags(),
  };
}

/** The dry run in the side panel's terms. */
export function importSummary(preview: ImportPreview): ImportSummary {
  if (!preview.ok) {
    return {
      ok: false,
      errors: preview.errors,
      newVendors: 0,
      updatedVendors: 0,
      unchangedVendors: 0,
      newReviews: 0,
      evaluations: 0,
      rejected: [],
    };
  }
  return {
    ok: true,
    errors: [],
    newVendors: preview.newVendors,
    updatedVendors: preview.updatedVendors,
    unchangedVendors: preview.unchangedVendors,
    newReviews: preview.newReviews,
    evaluations: preview.evaluations,
    rejected: preview.rejected.map((rejected) => ({
      label: rejected.id ?? "a record",
      reasons: [rejected.reason],
    })),
    changes: preview.changes,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
