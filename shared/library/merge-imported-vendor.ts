/**
 * One job: the rules by which a vendor from an imported pack joins the library (only adding, never
 * "manual" provenance).
 */
import type { Provenance } from "../schema/common";
import { describeIssues } from "../schema/issues";
import type { Vendor, VendorCandidate } from "../schema/vendor";
import { vendorSchema } from "../schema/vendor";
import { isEmptyValue, unionBy } from "./field-merge-rules";
import { mergeCapturedFields } from "./merge-captured-fields";
import { sameValue } from "./same-value";

/** Single-valued captured fields: an import fills them when empty and never replaces what is there. */
const SCALAR_FIELDS = ["name", "website", "function", "description", "location", "timeZone", "logo"] as const;

/**
 * A field's provenance as an import records it: method "import" whatever the pack said (a pack cannot
 * claim the owner's hand: "manual" would freeze the field against every later clip, issue 19 finding 4),
 * the pack's page address kept, and a capture time no later than now.
 *
 * @example
 * importedProvenance({ method: "manual", capturedAt: "2099-01-01T00:00:00Z" }, now)
 * //=> { method: "import", capturedAt: now.toISOString() }
 */
export function importedProvenance(provenance: Provenance, now: Date): Provenance {
  const claimed = Date.parse(provenance.capturedAt);
  const capturedAt = claimed <= now.getTime() ? provenance.capturedAt : now.toISOString();
  return { ...(provenance.url === undefined ? {} : { url: provenance.url }), capturedAt, method: "import" };
}

/**
 * A vendor from a pack as the library stores it when it is new here: the layers its clips found are
 * kept (an exported library reads back as it was), but "manual" becomes "import" and no capture time is
 * later than now, so later clips refresh those fields as they would any other.
 */
export function asImportedVendor(incoming: Vendor, now: Date): Vendor {
  const provenance = Object.fromEntries(
    Object.entries(incoming.provenance).map(([field, value]) => [
      field,
      value.method === "manual" || Date.parse(value.capturedAt) > now.getTime()
        ? importedProvenance(value, now)
        : value,
    ]),
  );
  return { ...incoming, provenance };
}

/**
 * Merges a vendor from an imported pack into the library's vendor with the same identity.
 *
 * An import only adds: it fills captured fields the library has empty, adds list items (languages,
 * contacts, certifications, price plans, ratings from sources the library has none of) and never replaces
 * a value already here, whatever the pack claims about its source, time or the owner's hand there. What
 * it brings is marked "import", so a later clip refreshes it as usual. Owner-only fields only fill gaps:
 * tags are united, notes and status are taken only when the library has none (status "researching"
 * counts as none), criterion ratings only for criteria not yet rated.
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
  const fallback: Provenance = importedProvenance({ method: "import", capturedAt: incoming.updatedAt }, now);
  const recorded = (field: string): Provenance => {
    const claimed = incoming.provenance[field];
    return claimed === undefined ? fallback : importedProvenance(claimed, now);
  };
  // Ranked without the page address: a same-page "newer" claim would otherwise replace a clipped value.
  const ranked = (field: string): Provenance => ({
    capturedAt: recorded(field).capturedAt,
    method: "import",
  });
  const merged = mergeCapturedFields(stored, onlyAdditions(stored, incoming), ranked);
  const vendor: Vendor = { ...merged.vendor, provenance: { ...merged.vendor.provenance } };
  for (const field of merged.changedFields) vendor.provenance[field] = recorded(field);

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

/** The incoming vendor without values that would replace the library's: filled fields and known rating sources. */
function onlyAdditions(stored: Vendor, incoming: Vendor): VendorCandidate {
  const offered: Vendor = { ...incoming };
  for (const field of SCALAR_FIELDS) {
    if (!isEmptyValue(stored[field])) Object.assign(offered, { [field]: stored[field] });
  }
  const knownSources = new Set(stored.ratings.map((rating) => rating.source));
  offered.ratings = incoming.ratings.filter((rating) => !knownSources.has(rating.source));
  return offered;
}
