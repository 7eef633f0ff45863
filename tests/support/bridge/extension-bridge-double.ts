/**
 * The extension's end of the bridge as the add-in sees it, over a library held in memory: it answers
 * each request type the way extension/bridge/handle-bridge-request.ts does (an evaluation's vendors
 * only, the reviews of the vendors asked for), each in a single page.
 */
import { BRIDGE_PROTOCOL_VERSION, type BridgeTransport } from "../../../shared/bridge/protocol";
import type { Evaluation } from "../../../shared/schema/evaluation";
import type { Review } from "../../../shared/schema/review";
import type { Vendor } from "../../../shared/schema/vendor";

export function extensionBridgeDouble(library: {
  vendors: Vendor[];
  reviews: Review[];
  evaluations: Evaluation[];
}): BridgeTransport {
  return async (request) => {
    switch (request.type) {
      case "hello":
        return { ok: true, protocolVersion: BRIDGE_PROTOCOL_VERSION, appVersion: "0.1.0" };
      case "listEvaluations":
        return { ok: true, evaluations: library.evaluations };
      case "pageVendors": {
        const evaluation = library.evaluations.find((e) => e.id === request.evaluationId);
        if (request.evaluationId !== null && !evaluation) {
          return { ok: false, error: `No evaluation ${request.evaluationId} in the library.` };
        }
        const ids = evaluation ? new Set(evaluation.vendorIds) : null;
        return { ok: true, vendors: library.vendors.filter((v) => !ids || ids.has(v.id)), nextCursor: null };
      }
      case "pageReviews":
        return {
          ok: true,
          reviews: library.reviews.filter((r) => request.vendorIds.includes(r.vendorId)),
          nextCursor: null,
        };
    }
  };
}
