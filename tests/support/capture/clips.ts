/**
 * Clips as the extension's capture code hands them on: what a saved clip reports, and a clip held as a
 * "Save anyway?" question. The popup, the side panel and the capture modules' tests all start from them.
 */
import type { ClipOutcome } from "../../../extension/capture/clip-tab";
import type { PendingClip } from "../../../extension/capture/pending-clip";
import { emptyVendorCandidate } from "../../../shared/schema";

/** What the clip pipeline reports for a saved clip. */
export type SavedClip = Extract<ClipOutcome, { ok: true }>;

/** A page clip that added a new vendor to the library: no reviews, no warnings. */
export function newVendorClipped(vendorId: string, vendorName: string): SavedClip {
  return { ok: true, kind: "page", vendorId, vendorName, created: true, reviewsAdded: 0, warnings: [] };
}

/**
 * A shortcut clip of a local newspaper's article (no provider signs), held until the owner answers:
 * question "7-1" for tab 7, its capture naming the paper as the vendor.
 */
export function heldArticleClip(overrides: Partial<PendingClip> = {}): PendingClip {
  return {
    id: "7-1",
    tabId: 7,
    pageTitle: "Council raises business rates",
    askedAt: "2026-11-22T08:00:00.000Z",
    found: ["an article"],
    capture: {
      url: "https://riverside-gazette.example/2026/rates",
      capturedAt: "2026-11-22T08:00:00.000Z",
      pageKind: "vendor-site",
      vendor: {
        ...emptyVendorCandidate(),
        name: "Riverside Gazette",
        domain: "riverside-gazette.example",
      },
      reviews: [],
      warnings: [],
    },
    ...overrides,
  };
}
