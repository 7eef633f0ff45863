/**
 * One job: bring a vendor stored by an earlier database version up to the current schema without
 * losing it.
 */
import { isoDateTimeSchema } from "../schema/common";
import { migrateVendor, type Vendor, vendorSchema } from "../schema/vendor";

/**
 * Brings a vendor record stored by an earlier database version up to the current schema, without
 * losing it: `migrateVendor` first; a field that is still not valid (say a version-1 category that is
 * no longer an outsourced function) is removed from the record and its old value written into the
 * notes, so the owner can see and re-enter it. Missing dates become `now`, a missing name the domain or id.
 * Returns `undefined` only when the record is not an object with a valid record id; the caller keeps it as it is.
 *
 * @example
 * migrateStoredVendor({ id: "acme.com", name: "Acme", category: "hr", rating: 4, ... }, 1, now)
 * //=> { vendor: { id: "acme.com", name: "Acme", function: "hr", ratings: [{ source: "other", value: 4, ... }], ... }, repaired: [] }
 * migrateStoredVendor({ id: "acme.com", name: "Acme", category: "bookkeeping", ... }, 1, now)
 * //=> { vendor: { ..., notes: "…\nKept from an earlier VendorScout version: function: \"bookkeeping\"" }, repaired: ["function"] }
 */
export function migrateStoredVendor(
  record: unknown,
  fromVersion: number,
  now: Date,
): { vendor: Vendor; repaired: string[] } | undefined {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return undefined;
  // Dates first: migrateVendor dates the migrated rating with updatedAt, which must then be valid.
  const dated: Record<string, unknown> = { ...record };
  const repaired: string[] = [];
  for (const field of ["createdAt", "updatedAt"]) {
    if (!isoDateTimeSchema.safeParse(dated[field]).success) {
      dated[field] = now.toISOString();
      repaired.push(field);
    }
  }
  const migrated = migrateVendor(dated, fromVersion);
  if (typeof migrated.id !== "string" || migrated.id === "") return undefined;
  const first = vendorSchema.safeParse(migrated);
  if (first.success) return { vendor: first.data, repaired };

  const repairedRecord: Record<string, unknown> = { ...migrated };
  const kept: string[] = [];
  for (const issue of first.error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || repaired.includes(field)) continue;
    repaired.push(field);
    if (field === "name") {
      repairedRecord.name = typeof migrated.domain === "string" ? migrated.domain : migrated.id;
    } else {
      if (migrated[field] !== undefined) kept.push(`${field}: ${JSON.stringify(migrated[field])}`);
      delete repairedRecord[field];
    }
  }
  if (kept.length > 0) {
    const notes = typeof repairedRecord.notes === "string" ? repairedRecord.notes : "";
    const note = `Kept from an earlier VendorScout version: ${kept.join("; ")}`;
    repairedRecord.notes = (notes === "" ? note : `${notes}\n${note}`).slice(0, 20_000);
  }
  const second = vendorSchema.safeParse(repairedRecord);
  // Only the id can still be wrong here (every other failing field was removed or replaced).
  return second.success ? { vendor: second.data, repaired } : undefined;
}
