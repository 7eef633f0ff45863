import type { Vendor } from "../schema/vendor";

/**
 * Mean of the per-source ratings on a 5-point scale, weighted by review count when every source has
 * one: the Vendors sheet's "Average rating" and the reputation gate's rating.
 */
export function averageRating(vendor: Vendor): number | undefined {
  if (vendor.ratings.length === 0) return undefined;
  const counted = vendor.ratings.every((rating) => (rating.count ?? 0) > 0);
  let sum = 0;
  let weight = 0;
  for (const rating of vendor.ratings) {
    const w = counted ? (rating.count ?? 0) : 1;
    sum += (rating.value / rating.scale) * 5 * w;
    weight += w;
  }
  return weight > 0 ? sum / weight : undefined;
}

/** The reviews behind the ratings, summed over sources that give a count. */
export function reviewCount(vendor: Vendor): number | undefined {
  const counts = vendor.ratings.map((rating) => rating.count).filter((c): c is number => c !== undefined);
  return counts.length > 0 ? counts.reduce((a, b) => a + b, 0) : undefined;
}
