/**
 * One job: the library keeps all of a vendor's reviews in one record (a review group); these pure
 * functions build groups and add reviews to one without duplicates.
 */
import type { Review } from "../schema/review";
import { byId } from "./record-order";

/** All reviews of one vendor, sorted by review id; a vendor without reviews has no group. */
export interface ReviewGroup {
  vendorId: string;
  reviews: Review[];
}

/**
 * Reviews gathered into one group per vendor, each group sorted by review id.
 *
 * @example
 * groupReviews([{ id: "b", vendorId: "v1", ... }, { id: "a", vendorId: "v1", ... }])
 * //=> [{ vendorId: "v1", reviews: [{ id: "a", ... }, { id: "b", ... }] }]
 */
export function groupReviews(reviews: readonly Review[]): ReviewGroup[] {
  const byVendor = new Map<string, Review[]>();
  for (const review of reviews) {
    const group = byVendor.get(review.vendorId);
    if (group === undefined) byVendor.set(review.vendorId, [review]);
    else group.push(review);
  }
  return [...byVendor].map(([vendorId, group]) => ({ vendorId, reviews: group.sort(byId) }));
}

/**
 * The stored reviews plus the incoming ones whose ids are new (sorted by id), and those new ones.
 *
 * @example
 * withNewReviews([{ id: "a", ... }], [{ id: "a", ... }, { id: "c", ... }])
 * //=> { reviews: [{ id: "a" }, { id: "c" }], fresh: [{ id: "c" }] }
 */
export function withNewReviews(
  stored: readonly Review[],
  incoming: readonly Review[],
): { reviews: Review[]; fresh: Review[] } {
  const ids = new Set(stored.map((review) => review.id));
  const fresh: Review[] = [];
  for (const review of incoming) {
    if (ids.has(review.id)) continue;
    ids.add(review.id);
    fresh.push(review);
  }
  return { reviews: [...stored, ...fresh].sort(byId), fresh };
}
