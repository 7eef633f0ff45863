/**
 * One job: decide what importing a vendor pack does to the library (add, update, refuse, and why),
 * from a snapshot of the records the import could touch. Pure: the Dexie adapter reads the snapshot
 * (`packImportReads` says which records) and applies the plan; the side panel's preview shows the same plan.
 */
import type { Evaluation } from "../schema/evaluation";
import { type Review, reviewId } from "../schema/review";
import type { Vendor } from "../schema/vendor";
import type { VendorPack } from "../schema/vendor-pack";
import { describeVendorChanges, type FieldChange } from "./describe-vendor-changes";
import { asImportedVendor, mergeImportedVendor } from "./merge-imported-vendor";
import { groupReviews, type ReviewGroup, withNewReviews } from "./review-group";
import { sameValue } from "./same-value";

/** The most vendors an evaluation compares (evaluationSchema's limit). */
const MAX_EVALUATION_VENDORS = 10_000;

/** The library's records an import of one pack could touch, as the adapter read them. */
export interface PackImportSnapshot {
  /** Library vendors having the id of a pack vendor. */
  vendorsById: ReadonlyMap<string, Vendor>;
  /** Library vendors holding a domain `packImportReads(...).domains` names, by domain. */
  vendorsByDomain: ReadonlyMap<string, Vendor>;
  /** Library review groups of the vendor ids `packImportReads(...).reviewGroupIds` names. */
  reviewGroups: ReadonlyMap<string, ReviewGroup>;
  /** Library evaluations having the id of a pack evaluation. */
  evaluations: ReadonlyMap<string, Evaluation>;
}

/** A library record the import changes: as it is, and as the import would store it. */
export interface RecordUpdate<T> {
  before: T;
  after: T;
}

/** A library vendor the import changes, with the fields it changes (old -> new) for the preview. */
export interface VendorUpdate extends RecordUpdate<Vendor> {
  fields: FieldChange[];
}

/** A pack record the import leaves out, and a sentence saying why and what to do. */
export interface RefusedRecord {
  id?: string;
  reason: string;
}

export interface PackImportPlan {
  /** Pack vendor id -> the library vendor id it lands on; a refused vendor has none. */
  vendorIds: ReadonlyMap<string, string>;
  add: { vendors: Vendor[]; reviewGroups: ReviewGroup[]; evaluations: Evaluation[] };
  update: {
    vendors: VendorUpdate[];
    reviewGroups: RecordUpdate<ReviewGroup>[];
    evaluations: RecordUpdate<Evaluation>[];
  };
  /** Library vendors the pack names that the import leaves as they are. */
  unchangedVendors: number;
  /** Reviews the import adds, over every group it adds or updates. */
  newReviews: number;
  refused: RefusedRecord[];
}

/**
 * Which records the adapter must read for `planPackImport`, in two steps: the vendors with the pack's
 * ids first (`vendorIds`), then the `domains` those leave unsettled and the review groups of the vendors
 * the pack's reviews could go to.
 *
 * @example
 * packImportReads(pack).vendorIds                         //=> every pack vendor's id
 * packImportReads(pack, vendorsById).domains              //=> pack domains no same-id library vendor has
 * packImportReads(pack, vendorsById, byDomain).reviewGroupIds //=> library ids of reviewed pack vendors
 */
export function packImportReads(
  pack: VendorPack,
  vendorsById: ReadonlyMap<string, Vendor> = new Map(),
  vendorsByDomain: ReadonlyMap<string, Vendor> = new Map(),
): { vendorIds: string[]; domains: string[]; reviewGroupIds: string[]; evaluationIds: string[] } {
  const domains = pack.vendors.flatMap((vendor) =>
    vendor.domain !== undefined && vendorsById.get(vendor.id)?.domain !== vendor.domain
      ? [vendor.domain]
      : [],
  );
  const reviewed = new Set(pack.reviews.map((review) => review.vendorId));
  const reviewGroupIds = pack.vendors.flatMap((vendor) => {
    if (!reviewed.has(vendor.id)) return [];
    const match = matchOf(vendor, vendorsById, ownersOf(vendorsByDomain, vendorsById));
    return [match?.id ?? vendor.id];
  });
  return {
    vendorIds: pack.vendors.map((vendor) => vendor.id),
    domains: [...new Set(domains)],
    reviewGroupIds: [...new Set(reviewGroupIds)],
    evaluationIds: pack.evaluations.map((evaluation) => evaluation.id),
  };
}

/**
 * What importing `pack` into the library the snapshot shows would do. Rules:
 * - a pack vendor lands on the library vendor with its id, else the one with its domain, else is new;
 *   it keeps its pack id when new. Merging only adds (`mergeImportedVendor`); a new vendor keeps the
 *   layers its clips found but never "manual" provenance (`asImportedVendor`, issue 19 finding 4).
 * - a vendor whose domain another library vendor, or an earlier pack vendor, holds is refused, with
 *   its reviews; its evaluations go on without it.
 * - reviews follow their vendor's library id (a review moved to another vendor gets that vendor's
 *   review id); a review the library has already is not added again.
 * - a new evaluation is added with its vendors' library ids; an evaluation the library has keeps its
 *   criteria and weights (the owner's) and gains the pack's vendors, up to 10,000.
 *
 * @example
 * planPackImport(emptySnapshot, packOfAcme, now)
 * //=> { add: { vendors: [acme], reviewGroups: [...], evaluations: [] }, update: {...empty}, refused: [], ... }
 */
export function planPackImport(snapshot: PackImportSnapshot, pack: VendorPack, now: Date): PackImportPlan {
  const owners = ownersOf(snapshot.vendorsByDomain, snapshot.vendorsById);
  const vendorIds = new Map<string, string>();
  const plan: PackImportPlan = {
    vendorIds,
    add: { vendors: [], reviewGroups: [], evaluations: [] },
    update: { vendors: [], reviewGroups: [], evaluations: [] },
    unchangedVendors: 0,
    newReviews: 0,
    refused: [],
  };

  const domainsTaken = new Map<string, string>();
  for (const incoming of pack.vendors) {
    const match = matchOf(incoming, snapshot.vendorsById, owners);
    const merged =
      match === undefined ? undefined : mergeImportedVendor(match, { ...incoming, id: match.id }, now);
    const vendor = merged?.vendor ?? asImportedVendor(incoming, now);
    const domain = vendor.domain;
    if (domain !== undefined) {
      const libraryOwner = owners.get(domain)?.id ?? vendor.id;
      const packOwner = domainsTaken.get(domain) ?? vendor.id;
      if (libraryOwner !== vendor.id || packOwner !== vendor.id) {
        plan.refused.push({
          id: incoming.id,
          reason: `Vendor "${incoming.name}" has the website domain ${domain}, which another vendor in the library or the pack already has; it was not imported. Merge the two by hand if they are the same vendor.`,
        });
        continue;
      }
      domainsTaken.set(domain, vendor.id);
    }
    vendorIds.set(incoming.id, vendor.id);
    if (match === undefined) plan.add.vendors.push(vendor);
    else if (merged?.changed) {
      plan.update.vendors.push({
        before: match,
        after: vendor,
        fields: describeVendorChanges(match, vendor),
      });
    } else plan.unchangedVendors += 1;
  }

  for (const incoming of groupReviews(reviewsFor(pack.reviews, vendorIds))) {
    const stored = snapshot.reviewGroups.get(incoming.vendorId);
    const added = withNewReviews(stored?.reviews ?? [], incoming.reviews);
    if (added.fresh.length === 0) continue;
    plan.newReviews += added.fresh.length;
    const after = { vendorId: incoming.vendorId, reviews: added.reviews };
    if (stored === undefined) plan.add.reviewGroups.push(after);
    else plan.update.reviewGroups.push({ before: stored, after });
  }

  for (const incoming of pack.evaluations) {
    const mapped = incoming.vendorIds.flatMap((id) => {
      const libraryId = vendorIds.get(id);
      return libraryId === undefined ? [] : [libraryId];
    });
    const stored = snapshot.evaluations.get(incoming.id);
    if (stored === undefined) {
      plan.add.evaluations.push({ ...incoming, vendorIds: [...new Set(mapped)] });
      continue;
    }
    // The library's own criteria and weights are the owner's: only the vendor list is united.
    const united = [...new Set([...stored.vendorIds, ...mapped])].slice(0, MAX_EVALUATION_VENDORS);
    if (!sameValue(united, stored.vendorIds)) {
      plan.update.evaluations.push({
        before: stored,
        after: { ...stored, vendorIds: united, updatedAt: now.toISOString() },
      });
    }
  }
  return plan;
}

/** The counts and changed fields a preview shows; `listed` caps the vendors whose fields are listed. */
export interface PackImportSummary {
  newVendors: number;
  updatedVendors: number;
  unchangedVendors: number;
  newReviews: number;
  evaluations: number;
  rejected: RefusedRecord[];
  changes: { vendorId: string; name: string; fields: FieldChange[] }[];
}

/**
 * The plan in the preview's terms: how many of each, and per updated vendor (the first `listed`) the
 * fields that change, named as the library knows the vendor.
 *
 * @example
 * summarizePackImport(plan, 200)
 * //=> { newVendors: 1, updatedVendors: 1, unchangedVendors: 0, newReviews: 3, evaluations: 1, rejected: [],
 * //     changes: [{ vendorId: "acme.com", name: "Acme", fields: [{ field: "notes", from: "(empty)", to: "…" }] }] }
 */
export function summarizePackImport(plan: PackImportPlan, listed: number): PackImportSummary {
  return {
    newVendors: plan.add.vendors.length,
    updatedVendors: plan.update.vendors.length,
    unchangedVendors: plan.unchangedVendors,
    newReviews: plan.newReviews,
    evaluations: plan.add.evaluations.length + plan.update.evaluations.length,
    rejected: plan.refused,
    changes: plan.update.vendors
      .slice(0, listed)
      .map((update) => ({ vendorId: update.after.id, name: update.before.name, fields: update.fields })),
  };
}

/** Library vendors by domain: those read by domain, then those read by id (the same vendor either way). */
function ownersOf(
  vendorsByDomain: ReadonlyMap<string, Vendor>,
  vendorsById: ReadonlyMap<string, Vendor>,
): Map<string, Vendor> {
  const owners = new Map(vendorsByDomain);
  for (const vendor of vendorsById.values())
    if (vendor.domain !== undefined) owners.set(vendor.domain, vendor);
  return owners;
}

function matchOf(
  incoming: Vendor,
  vendorsById: ReadonlyMap<string, Vendor>,
  owners: ReadonlyMap<string, Vendor>,
): Vendor | undefined {
  return (
    vendorsById.get(incoming.id) ?? (incoming.domain === undefined ? undefined : owners.get(incoming.domain))
  );
}

/** The pack's reviews of imported vendors under their library ids, each id once (the first wins). */
function reviewsFor(reviews: readonly Review[], vendorIds: ReadonlyMap<string, string>): Review[] {
  const byId = new Map<string, Review>();
  for (const review of reviews) {
    const vendorId = vendorIds.get(review.vendorId);
    if (vendorId === undefined) continue; // its vendor was refused, said there
    const mapped =
      vendorId === review.vendorId ? review : { ...review, vendorId, id: reviewId(vendorId, review) };
    if (!byId.has(mapped.id)) byId.set(mapped.id, mapped);
  }
  return [...byId.values()];
}
