import type { Evaluation } from "../../../shared/schema/evaluation";
import type { Review } from "../../../shared/schema/review";
import type { Vendor } from "../../../shared/schema/vendor";
import { buildVendorPack, type VendorPack } from "../../../shared/schema/vendor-pack";
import { makeEvaluation } from "../../support/bridge/records";

/**
 * A vendor pack as the extension exports one for an evaluation: the vendors, their reviews and one
 * evaluation (`evaluation` names it) holding the first `shortlisted` vendors, all of them unless told.
 * One app version and one export date, so a test's pack is the same on every run.
 */
export function packWithEvaluation(
  vendors: Vendor[],
  reviews: Review[],
  evaluation: Partial<Evaluation>,
  shortlisted = vendors.length,
): VendorPack {
  return buildVendorPack({
    vendors,
    reviews,
    evaluations: [
      makeEvaluation(
        vendors.slice(0, shortlisted).map((vendor) => vendor.id),
        evaluation,
      ),
    ],
    appVersion: "0.1.0",
    exportedAt: new Date("2026-11-02T10:00:00Z"),
  });
}
