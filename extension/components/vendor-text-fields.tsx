/** The vendor page's editable text fields as a table of specs, so each field is one entry instead of one repeated block. */
import type { VendorOwnerPatch } from "../../shared/library/apply-owner-edit";
import { readPhones } from "../../shared/schema/phone";
import type { Vendor } from "../../shared/schema/vendor";
import { phonesHint, phonesText } from "../../shared/words/vendor-text";
import { OwnerTextField } from "./owner-text-field";
import { splitList } from "./vendor-pages";

/**
 * One editable text field of the vendor page: where its error is filed (`name`), how the stored value
 * reads as text, and the patch the owner's text makes. The page lists these instead of repeating the
 * same field block for each value.
 */
export interface VendorTextFieldSpec {
  name: string;
  label: string;
  /** A fixed hint, or one that depends on what the vendor holds. */
  hint?: string | ((vendor: Vendor) => string);
  multiline?: boolean;
  text(vendor: Vendor): string;
  patch(vendor: Vendor, text: string): VendorOwnerPatch;
}

const optional = (text: string) => text || undefined;
const trimmed = (text: string) => text.trim() || undefined;

export const ABOUT_FIELDS: readonly VendorTextFieldSpec[] = [
  { name: "name", label: "Name", text: (v) => v.name, patch: (_, t) => ({ name: t }) },
  {
    name: "website",
    label: "Website",
    text: (v) => v.website ?? "",
    patch: (_, t) => ({ website: optional(t) }),
  },
];

export const NOTE_FIELDS: readonly VendorTextFieldSpec[] = [
  {
    name: "tags",
    label: "Tags",
    hint: "Separate tags with commas.",
    text: (v) => v.tags.join(", "),
    patch: (_, t) => ({ tags: splitList(t) }),
  },
  {
    name: "description",
    label: "Description",
    multiline: true,
    text: (v) => v.description ?? "",
    patch: (_, t) => ({ description: optional(t) }),
  },
  { name: "notes", label: "Notes", multiline: true, text: (v) => v.notes, patch: (_, t) => ({ notes: t }) },
];

const locationField = (part: "city" | "region" | "country", label: string): VendorTextFieldSpec => ({
  name: `location.${part}`,
  label,
  text: (v) => v.location?.[part] ?? "",
  patch: (v, t) => ({ location: { ...v.location, [part]: optional(t) } }),
});

export const PLACE_FIELDS: readonly VendorTextFieldSpec[] = [
  locationField("city", "City"),
  locationField("region", "Region"),
  locationField("country", "Country"),
  {
    name: "timeZone",
    label: "Time zone",
    text: (v) => v.timeZone ?? "",
    patch: (_, t) => ({ timeZone: optional(t) }),
  },
];

export const LANGUAGE_AND_LOGO_FIELDS: readonly VendorTextFieldSpec[] = [
  {
    name: "languages",
    label: "Languages",
    hint: "Separate languages with commas.",
    text: (v) => v.languages.join(", "),
    patch: (_, t) => ({ languages: splitList(t) }),
  },
  {
    name: "logo",
    label: "Logo address (http or https)",
    text: (v) => v.logo ?? "",
    patch: (_, t) => ({ logo: trimmed(t) }),
  },
];

export const CONTACT_FIELDS: readonly VendorTextFieldSpec[] = [
  {
    name: "contacts.emails",
    label: "Emails",
    hint: "Separate addresses with commas.",
    text: (v) => v.contacts.emails.join(", "),
    patch: (v, t) => ({ contacts: { ...v.contacts, emails: splitList(t) } }),
  },
  {
    name: "contacts.phones",
    label: "Phones",
    hint: phonesHint,
    text: (v) => phonesText(v, ", "),
    // A number kept as written keeps its E.164; a new or changed one is read for the vendor's country.
    patch: (v, t) => ({
      contacts: { ...v.contacts, phones: readPhones(splitList(t), v.contacts.phones, v.website) },
    }),
  },
  {
    name: "contacts.address",
    label: "Address",
    text: (v) => v.contacts.address ?? "",
    patch: (v, t) => ({ contacts: { ...v.contacts, address: optional(t) } }),
  },
];

export const PRICE_FIELDS: readonly VendorTextFieldSpec[] = [
  {
    name: "pricing.setupFee",
    label: "Setup fee",
    text: (v) => (v.pricing.setupFee === undefined ? "" : String(v.pricing.setupFee)),
    patch: (v, t) => ({ pricing: { ...v.pricing, setupFee: t.trim() === "" ? undefined : Number(t) } }),
  },
  {
    name: "pricing.currency",
    label: "Pricing currency",
    text: (v) => v.pricing.currency ?? "",
    patch: (v, t) => ({
      pricing: { ...v.pricing, currency: t.trim() === "" ? undefined : t.trim().toUpperCase() },
    }),
  },
];

/** The fields of `specs`, each saving its own patch under its own name. */
export function VendorTextFields({
  specs,
  vendor,
  errors,
  save,
}: {
  specs: readonly VendorTextFieldSpec[];
  vendor: Vendor;
  errors: Record<string, string>;
  save(field: string, patch: VendorOwnerPatch): Promise<void>;
}) {
  return (
    <>
      {specs.map((spec) => (
        <OwnerTextField
          key={spec.name}
          name={spec.name}
          label={spec.label}
          hint={typeof spec.hint === "function" ? spec.hint(vendor) : spec.hint}
          multiline={spec.multiline}
          value={spec.text(vendor)}
          errors={errors}
          onSave={(text) => save(spec.name, spec.patch(vendor, text))}
        />
      ))}
    </>
  );
}
