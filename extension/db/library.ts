/**
 * One job: the owner's vendor library as callers see it (side panel, popup, background, bridge): one
 * object composing the parts that each do one job (clips, search, edits and evaluations, trash, bridge
 * paging, packs, import undo) over one `VendorScoutDb`. Callers never reach the parts.
 */
import type { VendorOwnerPatch } from "../../shared/library/apply-owner-edit";
import type { VendorFilter } from "../../shared/library/vendor-filter";
import type { Capture } from "../../shared/schema/capture";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Review, ReviewCandidate } from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";
import type { VendorPack } from "../../shared/schema/vendor-pack";
import { LibraryBridgePaging } from "./library-bridge-paging";
import { LibraryClips } from "./library-clips";
import { type EvaluationDraft, LibraryEdits } from "./library-edits";
import { LibraryImportUndo } from "./library-import-undo";
import { type ImportPreview, LibraryPacks } from "./library-packs";
import { LibrarySearch } from "./library-search";
import { type LibraryOptions, LibraryStore } from "./library-store";
import { type DeletedVendor, LibraryTrash } from "./library-trash";
import type { ClipRecord, VendorScoutDb } from "./vendorscout-db";

export type { EvaluationDraft } from "./library-edits";
export { IMPORT_UNDO_KEY, type ImportUndo } from "./library-import-undo";
export { IMPORT_CHANGES_LISTED, type ImportPreview, type VendorImportChanges } from "./library-packs";
export type { DeletedVendor } from "./library-trash";

/**
 * The owner's vendor library on top of `VendorScoutDb`. Each write is one Dexie transaction, so a
 * failure leaves nothing half-written. Merge and import rules live in shared/library (pure, tested there).
 *
 * @example
 * const library = new VendorLibrary(new VendorScoutDb());
 * const { vendor, created } = await library.saveCapture(capture);
 */
export class VendorLibrary {
  private readonly clips: LibraryClips;
  private readonly search: LibrarySearch;
  private readonly edits: LibraryEdits;
  private readonly trash: LibraryTrash;
  private readonly paging: LibraryBridgePaging;
  private readonly packs: LibraryPacks;
  private readonly undo: LibraryImportUndo;

  constructor(
    readonly db: VendorScoutDb,
    options: LibraryOptions = {},
  ) {
    const store = new LibraryStore(db, options);
    this.clips = new LibraryClips(store);
    this.search = new LibrarySearch(store);
    this.edits = new LibraryEdits(store);
    this.trash = new LibraryTrash(store);
    this.paging = new LibraryBridgePaging(store);
    this.packs = new LibraryPacks(store);
    this.undo = new LibraryImportUndo(store);
  }

  // Clips (library-clips.ts)
  saveCapture(capture: Capture) {
    return this.clips.saveCapture(capture);
  }
  saveSelectionAsReview(vendorId: string, review: ReviewCandidate): Promise<Review> {
    return this.clips.saveSelectionAsReview(vendorId, review);
  }
  saveSelectionAsNote(vendorId: string, text: string, url: string): Promise<Vendor> {
    return this.clips.saveSelectionAsNote(vendorId, text, url);
  }
  listReviews(vendorId: string): Promise<Review[]> {
    return this.clips.listReviews(vendorId);
  }
  countReviews(): Promise<number> {
    return this.clips.countReviews();
  }
  clipHistory(vendorId: string): Promise<ClipRecord[]> {
    return this.clips.clipHistory(vendorId);
  }

  // Search (library-search.ts)
  findVendorByDomain(domain: string): Promise<Vendor | undefined> {
    return this.search.findVendorByDomain(domain);
  }
  getVendor(id: string): Promise<Vendor | undefined> {
    return this.search.getVendor(id);
  }
  searchVendors(filter: VendorFilter, offset: number, limit: number) {
    return this.search.searchVendors(filter, offset, limit);
  }
  prepareSearch(): Promise<void> {
    return this.search.prepareSearch();
  }
  listTags(): Promise<string[]> {
    return this.search.listTags();
  }
  firstVendors(limit: number): Promise<Vendor[]> {
    return this.search.firstVendors(limit);
  }
  recentVendors(limit: number): Promise<Array<{ id: string; name: string }>> {
    return this.search.recentVendors(limit);
  }

  // The owner's edits and evaluations (library-edits.ts)
  updateVendor(id: string, patch: VendorOwnerPatch): Promise<Vendor> {
    return this.edits.updateVendor(id, patch);
  }
  rateVendor(id: string, criterionId: string, rating: number | null): Promise<Vendor> {
    return this.edits.rateVendor(id, criterionId, rating);
  }
  listEvaluations(): Promise<Evaluation[]> {
    return this.edits.listEvaluations();
  }
  getEvaluation(id: string): Promise<Evaluation | undefined> {
    return this.edits.getEvaluation(id);
  }
  saveEvaluation(input: EvaluationDraft): Promise<Evaluation> {
    return this.edits.saveEvaluation(input);
  }
  deleteEvaluation(id: string): Promise<void> {
    return this.edits.deleteEvaluation(id);
  }
  addToEvaluation(evaluationId: string, vendorIds: string[]): Promise<Evaluation> {
    return this.edits.addToEvaluation(evaluationId, vendorIds);
  }
  removeFromEvaluation(evaluationId: string, vendorIds: string[]): Promise<Evaluation> {
    return this.edits.removeFromEvaluation(evaluationId, vendorIds);
  }

  // Deleting and putting back (library-trash.ts)
  deleteVendor(id: string): Promise<DeletedVendor | undefined> {
    return this.trash.deleteVendor(id);
  }
  restoreDeletedVendor(deleted: DeletedVendor): Promise<void> {
    return this.trash.restoreDeletedVendor(deleted);
  }
  clearLibrary(): Promise<void> {
    return this.trash.clearLibrary();
  }

  // The Excel bridge's paging (library-bridge-paging.ts)
  pageVendors(evaluationId: string | null, cursor: string | null, pageSize: number) {
    return this.paging.pageVendors(evaluationId, cursor, pageSize);
  }
  pageReviews(vendorIds: string[], cursor: string | null, pageSize: number) {
    return this.paging.pageReviews(vendorIds, cursor, pageSize);
  }

  // Packs (library-packs.ts) and the import's undo (library-import-undo.ts)
  exportPack(options: { evaluationId?: string } = {}): Promise<VendorPack> {
    return this.packs.exportPack(options);
  }
  previewImport(text: string): Promise<ImportPreview> {
    return this.packs.previewImport(text);
  }
  commitImport(text: string): Promise<ImportPreview> {
    return this.packs.commitImport(text);
  }
  discardImportPreview(): void {
    this.packs.discardImportPreview();
  }
  lastImport(): Promise<{ at: string; summary: string } | undefined> {
    return this.undo.lastImport();
  }
  undoLastImport(): Promise<{ ok: true; message: string } | { ok: false; error: string }> {
    return this.undo.undoLastImport();
  }
}
