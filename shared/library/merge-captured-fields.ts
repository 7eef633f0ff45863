/**
 * One job: merge the captured fields of a vendor candidate into a library vendor, field by field, by
 * provenance.
 */
import type { Provenance } from "../schema/common";
import {
  type Certification,
  type ContactPart,
  type Contacts,
  contactPartField,
  type Pricing,
  type Vendor,
  type VendorCandidate,
  type VendorCapturedField,
} from "../schema/vendor";
import {
  certificationKey,
  isEmptyValue,
  languageKey,
  mayReplace,
  mergeContacts,
  mergePricing,
  mergeRatings,
  unionBy,
} from "./field-merge-rules";
import { sameValue } from "./same-value";

/** Captured fields holding one value: the better layer (or a newer re-clip of the same page) wins. */
const SCALAR_FIELDS = ["name", "website", "function", "description", "location", "timeZone", "logo"] as const;

/**
 * Merges what a page (or a pack) says about a vendor into a stored vendor, field by field:
 * - a field the owner edited (provenance method "manual") is never touched, nor is a part of the
 *   contacts the owner edited (the other parts still merge);
 * - an empty field is filled;
 * - a single-valued field is replaced only by a better capture layer or a newer clip of the same page
 *   (see `mayReplace`); a stored value without provenance is kept;
 * - languages, contacts, certifications and price plans are merged without duplicates;
 * - ratings keep one per source, the latest.
 * Owner-only fields (status, tags, notes, criterionRatings) and identity (id, domain, createdAt) are
 * left as they are. `updatedAt` is not changed here; the caller decides.
 *
 * @example
 * mergeCapturedFields(vendor, { name: "Acme Ltd", languages: ["German"], ... }, () => jsonLdProvenance)
 * //=> { vendor: { ...vendor, languages: ["English", "German"] }, changedFields: ["languages"] }
 */
export function mergeCapturedFields(
  stored: Vendor,
  incoming: VendorCandidate,
  provenanceFor: (field: VendorCapturedField | "ratings") => Provenance,
): { vendor: Vendor; changedFields: string[] } {
  const vendor: Vendor = { ...stored, provenance: { ...stored.provenance } };
  const changedFields: string[] = [];
  const set = (field: VendorCapturedField | "ratings", value: unknown) => {
    Object.assign(vendor, { [field]: value });
    vendor.provenance[field] = provenanceFor(field);
    changedFields.push(field);
  };
  const ownerEdited = (field: string) => stored.provenance[field]?.method === "manual";

  for (const field of SCALAR_FIELDS) {
    const value = incoming[field];
    if (isEmptyValue(value) || ownerEdited(field) || sameValue(value, stored[field])) continue;
    if (isEmptyValue(stored[field]) || mayReplace(stored.provenance[field], provenanceFor(field))) {
      set(field, value);
    }
  }

  const mergeCollection = <T>(
    field: VendorCapturedField,
    value: T,
    merge: (current: T, refresh: boolean) => T,
  ) => {
    if (isEmptyValue(value) || ownerEdited(field)) return;
    const current = stored[field as keyof Vendor] as T;
    if (isEmptyValue(current)) {
      set(field, value);
      return;
    }
    const refresh = mayReplace(stored.provenance[field], provenanceFor(field));
    const merged = merge(current, refresh);
    if (!sameValue(merged, current)) set(field, merged);
  };
  mergeCollection<string[]>("languages", incoming.languages, (current) =>
    unionBy(current, incoming.languages, languageKey, 30),
  );
  // Contacts the owner edited before parts had their own provenance are all the owner's (the
  // "contacts" key); otherwise only the parts the owner edited are left as they are.
  const contacts = openContactParts(incoming.contacts, (part) => ownerEdited(contactPartField(part)));
  mergeCollection<Contacts>("contacts", contacts, (current) => mergeContacts(current, contacts));
  mergeCollection<Certification[]>("certifications", incoming.certifications, (current) =>
    unionBy(current, incoming.certifications, certificationKey, 30),
  );
  mergeCollection<Pricing>("pricing", incoming.pricing, (current, refresh) =>
    mergePricing(current, incoming.pricing, refresh),
  );

  if (incoming.ratings.length > 0 && !ownerEdited("ratings")) {
    const ratings = mergeRatings(stored.ratings, incoming.ratings);
    if (!sameValue(ratings, stored.ratings)) {
      vendor.ratings = ratings;
      changedFields.push("ratings");
    }
  }
  return { vendor, changedFields };
}

/**
 * The incoming contacts without the parts the owner edited: what a clip may still add.
 *
 * @example
 * openContactParts({ emails: ["a@x.com"], phones: [{ shown: "+44 20 7946 0958" }] }, (part) => part === "emails")
 * //=> { emails: [], phones: [{ shown: "+44 20 7946 0958" }] }
 */
function openContactParts(incoming: Contacts, ownerEdited: (part: ContactPart) => boolean): Contacts {
  const open: Contacts = {
    emails: ownerEdited("emails") ? [] : incoming.emails,
    phones: ownerEdited("phones") ? [] : incoming.phones,
  };
  if (incoming.address !== undefined && !ownerEdited("address")) open.address = incoming.address;
  return open;
}
