/**
 * One job: the side panel's contract with the library and the platform (ports), as types, so
 * components never call Dexie or chrome.
 */
import type { VendorOwnerPatch } from "../../shared/library/apply-owner-edit";
import type { VendorFilter } from "../../shared/library/vendor-filter";
import type { Evaluation, EvaluationInput } from "../../shared/schema/evaluation";
import type { Review } from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";
import type { VendorPack } from "../../shared/schema/vendor-pack";
import type { FocusVendor } from "../services/focus-vendor";
import type { PairingsPort } from "./bridge-pairings";

export type { VendorFilter } from "../../shared/library/vendor-filter";

/** One clip of a vendor: which page, when, and what it changed. */
export interface ClipHistoryEntry {
  url?: string;
  capturedAt: string;
  summary: string;
}

/** A dry run of an import: nothing is written until `commitImport`. */
export interface ImportSummary {
  ok: boolean;
  /** Problems with the file itself; nothing can be imported. */
  errors: string[];
  newVendors: number;
  updatedVendors: number;
  unchangedVendors: number;
  newReviews: number;
  evaluations: number;
  rejected: Array<{ label: string; reasons: string[] }>;
  /** Per updated vendor, what the import would change: "field: old -> new". */
  changes?: Array<{
    vendorId: string;
    name: string;
    fields: Array<{ field: string; from: string; to: string }>;
  }>;
}

export type SaveResult = { ok: true; vendor: Vendor } | { ok: false; errors: Record<string, string> };

/** What the side panel asks of the library; sidepanel.tsx binds it to VendorLibrary. */
export interface LibraryPort {
  searchVendors(
    filter: VendorFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; vendors: Vendor[] }>;
  /**
   * The unfiltered list's first `limit` vendors (by name) without counting the library: reading 50
   * vendors is quicker than counting 10,000, so the panel shows its first rows before the count.
   */
  firstVendors(limit: number): Promise<Vendor[]>;
  /** How many vendors the library holds. */
  countVendors(): Promise<number>;
  /**
   * Reads the search index ahead of the owner's first search or filter, when the page is next idle,
   * so that search waits for less.
   */
  prepareSearch(): Promise<void>;
  getVendor(id: string): Promise<Vendor | undefined>;
  updateVendor(id: string, patch: VendorOwnerPatch): Promise<SaveResult>;
  rateVendor(id: string, criterionId: string, rating: number | null): Promise<void>;
  /** Resolves with what the delete took, for the undo bar (a test double may resolve with nothing). */
  deleteVendor(id: string): Promise<DeletedVendorSnapshot | undefined>;
  listReviews(vendorId: string): Promise<Review[]>;
  clipHistory(vendorId: string): Promise<ClipHistoryEntry[]>;
  listEvaluations(): Promise<Evaluation[]>;
  saveEvaluation(evaluation: EvaluationInput): Promise<void>;
  deleteEvaluation(id: string): Promise<void>;
  addToEvaluation(evaluationId: string, vendorId: string): Promise<void>;
  removeFromEvaluation(evaluationId: string, vendorId: string): Promise<void>;
  exportPack(options: { evaluationId?: string }): Promise<VendorPack>;
  previewImport(text: string): Promise<ImportSummary>;
  commitImport(text: string): Promise<{ ok: true; message: string } | { ok: false; errors: string[] }>;
  /** The owner left the preview without importing: the library lets go of the pack it checked. */
  discardImportPreview(): void;
  /** Tags in use, for the tag filter. */
  listTags(): Promise<string[]>;
  /** The latest import, while it can still be undone in one step. */
  lastImport?(): Promise<{ at: string; summary: string } | undefined>;
  undoLastImport?(): Promise<{ ok: true; message: string } | { ok: false; error: string }>;
  /** Puts back a vendor deleted moments ago (the undo bar after Delete). */
  restoreDeletedVendor?(deleted: DeletedVendorSnapshot): Promise<void>;
}

/** What a delete took, as the library returned it; opaque to the UI. */
export interface DeletedVendorSnapshot {
  readonly vendor: Vendor;
}

/** Platform edges the side panel uses besides the library. */
export interface PanelPorts {
  library: LibraryPort;
  /**
   * Calls back with each vendor the owner asked to see (a clip just saved it, or the popup's "Open
   * in library"), and when they asked; returns the unsubscribe function.
   */
  onFocusVendor(callback: (focus: FocusVendor) => void): () => void;
  /** Calls back when the evaluations change here or elsewhere (the popup); returns the unsubscribe. */
  onEvaluationsChanged?(callback: () => void): () => void;
  /** The focus a panel that is just opening may follow: a recent one, else none. */
  focusedVendor(): Promise<FocusVendor | undefined>;
  download(fileName: string, contents: string | Uint8Array, type: string): void;
  directoryAccess: {
    has(): Promise<boolean>;
    request(): Promise<boolean>;
    drop(): Promise<boolean>;
  };
  /** Builds the advisor-safe scorecard workbook for an evaluation. */
  scorecardXlsx(pack: VendorPack, evaluationId: string): Promise<Uint8Array>;
  vendorsCsv(vendors: Vendor[], evaluation?: Evaluation): string;
  packFile(pack: VendorPack, name: string | undefined): { fileName: string; text: string };
  now(): Date;
  /** Excel add-ins asking for, or holding, access to the library over the bridge. */
  pairings?: PairingsPort;
}
