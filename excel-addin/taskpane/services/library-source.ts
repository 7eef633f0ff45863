/**
 * One interface for where the pane reads vendors from, the live extension or an imported vendor pack, so the
 * picker, criteria editor and writer need not know which.
 */
import { type BridgeTransport, callBridge } from "../../../shared/bridge/protocol";
import {
  type PulledVendors,
  type PullProgress,
  pullEvaluation,
} from "../../../shared/bridge/pull-evaluation";
import type { Evaluation } from "../../../shared/schema/evaluation";
import type { VendorPack } from "../../../shared/schema/vendor-pack";

/**
 * Where the pane reads vendors from: the live extension or an imported vendor pack. Both feed the
 * same picker, criteria editor and writer (DESIGN.md, "Bridge").
 */
export interface LibrarySource {
  kind: "extension" | "pack";
  /** Shown to the owner: "the VendorScout extension 0.1.0" or the pack's file name. */
  label: string;
  listEvaluations(): Promise<Evaluation[]>;
  /** An evaluation's vendors and their reviews, or the whole library's for null. */
  pull(
    evaluationId: string | null,
    onProgress?: (progress: PullProgress) => void,
    signal?: AbortSignal,
  ): Promise<PulledVendors>;
}

export function extensionSource(transport: BridgeTransport, appVersion: string): LibrarySource {
  return {
    kind: "extension",
    label: `the VendorScout extension ${appVersion}`,
    listEvaluations: async () => (await callBridge(transport, { type: "listEvaluations" })).evaluations,
    pull: (evaluationId, onProgress, signal) =>
      pullEvaluation(transport, evaluationId, {
        ...(onProgress ? { onProgress } : {}),
        ...(signal ? { signal } : {}),
      }),
  };
}

export function packSource(pack: VendorPack, fileName: string): LibrarySource {
  return {
    kind: "pack",
    label: fileName,
    listEvaluations: async () => pack.evaluations,
    pull: async (evaluationId, onProgress) => {
      const evaluation = pack.evaluations.find((candidate) => candidate.id === evaluationId);
      const wanted = evaluation ? new Set(evaluation.vendorIds) : null;
      const vendors = wanted ? pack.vendors.filter((vendor) => wanted.has(vendor.id)) : pack.vendors;
      const vendorIds = new Set(vendors.map((vendor) => vendor.id));
      const reviews = pack.reviews.filter((review) => vendorIds.has(review.vendorId));
      onProgress?.({ phase: "done", vendors: vendors.length, reviews: reviews.length, pages: 0 });
      return { vendors, reviews, pages: 0 };
    },
  };
}
