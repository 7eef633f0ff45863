import type { Provenance } from "../schema/common";
import { describeIssues } from "../schema/issues";
import { CONTACT_PARTS, contactPartField, type Vendor, vendorSchema } from "../schema/vendor";
import { unionBy } from "./field-merge-rules";
import { mergeCapturedFields } from "./merge-captured-fields";
import { sameValue } from "./same-value";

/**
 * Merges a vendor from an imported pack into the library's vendor with the same identity.
 *
 * Captured fields merge as clips do (`mergeCapturedFields`), using the pack's own provenance, so a
 * field the owner edited in this library is never overwritten by the pack, while a field the owner
 * edited where the pack was made (manual in the pack) beats a merely captured value here.
 * Owner-only fields only fill gaps: tags are united, notes and status are taken only when the library
 * has none (status "researching" counts as none), criterion ratings only for criteria not yet rated.
 * Returns the stored vendor itself when nothing changes, so callers can count unchanged vendors.
 *
 * @example
 * mergeImportedVendor(libraryAcme, packAcme, now)
 * //=> { vendor: { ...libraryAcme, tags: ["payroll", "uk"], updatedAt: now }, changed: true }
 */
export function mergeImportedVendor(
  stored: Vendor,
  incoming: Vendor,
  now: Date,
): { vendor: Vendor; changed: boolean } {
  const provenanceFor = (field: string): Provenance =>
    incoming.provenance[field] ?? { method: "import", capturedAt: incoming.updatedAt };
  const merged = mergeCapturedFields(stored, incoming, provenanceFor);
  const vendor: Vendor = { ...merged.vendor };
  // A part of the contacts the owner edited where the pack was made stays the owner's here too, as a
  // whole field edited there does (its provenance comes with it through mergeCapturedFields).
  for (const part of CONTACT_PARTS) {
    const field = contactPartField(part);
    const edited = incoming.provenance[field];
    if (edited?.method === "manual" && stored.provenance[field]?.method !== "manual") {
      vendor.provenance = { ...vendor.provenance, [field]: edited };
    }
  }
  if (vendor.domain === undefined && incoming.domain !== undefined) vendor.domain = incoming.domain;
  vendor.tags = unionBy(vendor.tags, incoming.tags, (tag) => tag.toLowerCase(), 50);
  if (vendor.notes.trim() === "" && incoming.notes.trim() !== "") vendor.notes = incoming.notes;
  if (vendor.status === "researching") vendor.status = incoming.status;
  vendor.criterionRatings = { ...incoming.criterionRatings, ...vendor.criterionRatings };
  if (sameValue(vendor, stored)) return { vendor: stored, changed: false };
  const checked = vendorSchema.safeParse({ ...vendor, updatedAt: now.toISOString() });
  if (!checked.success) {
    // Both inputs are valid vendors and every rule keeps limits, so this means a rule is wrong.
    throw new Error(
      `Merging the imported vendor "${incoming.id}" gave an invalid record (${describeIssues(checked.error.issues).join("; ")}). Report this problem; nothing was imported.`,
    );
  }
  return { vendor: checked.data, changed: true };
}
