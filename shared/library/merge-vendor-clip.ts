/**
 * One job: merge one clip (vendor candidate and reviews) into the library's vendor, or make a new one.
 */
import type { Capture } from "../schema/capture";
import type { Provenance } from "../schema/common";
import { describeIssues } from "../schema/issues";
import { type Review, reviewId, reviewSchema } from "../schema/review";
import { emptyVendorCandidate, type Vendor, vendorSchema } from "../schema/vendor";
import { mergeCapturedFields } from "./merge-captured-fields";

export interface VendorClipMerge {
  vendor: Vendor;
  /** The capture's reviews as library records, ids from `reviewId`, each once. */
  reviews: Review[];
  /** Captured fields whose value changed (every filled field for a new vendor), plus "ratings". */
  changedFields: string[];
  /** Reviews the capture held that are not valid records (e.g. a rating above its scale); not stored. */
  skippedReviews: number;
}

/**
 * Merges one clip into the library's record of its vendor (or starts one).
 *
 * Vendors are identified by the registrable domain of their own site (`capture.vendor.domain`).
 * A clip fills empty fields; replaces a single-valued field only when it comes from a better layer
 * (json-ld > microdata > opengraph > meta > adapter > heuristic > selection) or from a newer clip of
 * the same page; merges languages, contacts, certifications and price plans without duplicates; keeps
 * one rating per source (the latest). A field the owner edited (provenance method "manual") and the
 * owner-only fields (status, tags, notes, criterionRatings) are never overwritten. A capture cannot
 * claim "manual" or "import" provenance: such fields count as "selection".
 *
 * Pure; throws an Error sentence when the capture names no domain, or no name for a new vendor.
 *
 * @example
 * mergeVendorClip(undefined, capture, { now, newVendorId: "acme.com" })
 * //=> { vendor: { id: "acme.com", name: "Acme", status: "researching", ... }, reviews: [...], changedFields: ["name", ...] }
 * mergeVendorClip(ownerEditedAcme, captureWithOtherName, { now, newVendorId: "acme.com" }).vendor.name
 * //=> the owner's name, unchanged
 */
export function mergeVendorClip(
  existing: Vendor | undefined,
  capture: Capture,
  context: { now: Date; newVendorId: string },
): VendorClipMerge {
  const domain = capture.vendor.domain;
  if (domain === undefined) {
    throw new Error(
      "This page does not say which website the vendor has, so VendorScout cannot tell which vendor it is. Clip the vendor's own website, or a directory page that links to it.",
    );
  }
  const now = context.now.toISOString();
  const base: Vendor = existing ?? newVendorShell(context.newVendorId, domain, now);
  const provenanceFor = (field: string): Provenance => {
    const given = capture.vendor.provenance[field];
    const method = given === undefined ? "heuristic" : given.method;
    return {
      url: given?.url ?? capture.url,
      capturedAt: given?.capturedAt ?? capture.capturedAt,
      method: method === "manual" || method === "import" ? "selection" : method,
    };
  };
  const merged = mergeCapturedFields(base, capture.vendor, provenanceFor);
  if (merged.vendor.name === "") {
    throw new Error(
      "This page does not show the vendor's name, so VendorScout did not add it. Select the vendor's name on the page and clip the selection, or clip the vendor's own website.",
    );
  }
  let vendor = merged.vendor;
  if (existing !== undefined && existing.domain === undefined) vendor = { ...vendor, domain };
  if (existing === undefined || merged.changedFields.length > 0) vendor = { ...vendor, updatedAt: now };
  const checked = vendorSchema.safeParse(vendor);
  if (!checked.success) {
    throw new Error(
      `The clipped vendor is not a valid record (${describeIssues(checked.error.issues).join("; ")}). Clip the page again; if it keeps failing, add the vendor by hand.`,
    );
  }

  const reviews = new Map<string, Review>();
  let skippedReviews = 0;
  for (const candidate of capture.reviews) {
    const id = reviewId(checked.data.id, candidate);
    if (reviews.has(id)) continue;
    const review = reviewSchema.safeParse({
      ...candidate,
      id,
      vendorId: checked.data.id,
      capturedAt: capture.capturedAt,
    });
    if (review.success) reviews.set(id, review.data);
    else skippedReviews += 1;
  }
  return {
    vendor: checked.data,
    reviews: [...reviews.values()],
    changedFields: merged.changedFields,
    skippedReviews,
  };
}

function newVendorShell(id: string, domain: string, now: string): Vendor {
  return {
    id,
    name: "",
    domain,
    status: "researching",
    tags: [],
    notes: "",
    criterionRatings: {},
    ...emptyVendorCandidate(),
    createdAt: now,
    updatedAt: now,
  };
}
