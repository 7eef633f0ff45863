/**
 * One job: apply the owner's edit to a vendor, marking what the owner changed so clips and imports
 * never overwrite it.
 */
import type * as z from "zod";
import { describeIssues } from "../schema/issues";
import {
  CONTACT_PARTS,
  type ContactPart,
  type Contacts,
  contactPartField,
  VENDOR_CAPTURED_FIELDS,
  type Vendor,
  type VendorCapturedField,
  vendorSchema,
} from "../schema/vendor";
import { sameValue } from "./same-value";

/** Fields only the owner sets; clips and imports never overwrite them. */
export const OWNER_ONLY_FIELDS = ["status", "tags", "notes", "criterionRatings"] as const;
export type OwnerOnlyField = (typeof OWNER_ONLY_FIELDS)[number];

/**
 * What the owner may change on a vendor: captured fields, the per-source ratings and owner-only
 * fields; never id, domain or dates.
 */
export type VendorOwnerPatch = Partial<Pick<Vendor, VendorCapturedField | "ratings" | OwnerOnlyField>>;

// Ratings are captured per source; once the owner corrects them, clips and imports leave them be
// (mergeCapturedFields checks the "ratings" provenance), as for any other captured field.
const CAPTURED = new Set<string>([...VENDOR_CAPTURED_FIELDS, "ratings"]);
const EDITABLE = new Set<string>([...CAPTURED, ...OWNER_ONLY_FIELDS]);

/**
 * Applies the owner's edit to a vendor: checks every patched field with the vendor schema, marks each
 * captured field whose value the owner changed as `method: "manual"` (so later clips and imports keep
 * it) and bumps `updatedAt`. Contacts are marked part by part (`contactPartField`): correcting the
 * e-mails leaves the phones and address open to later clips. A patched field set to `undefined` clears
 * an optional field (and stays cleared: it is marked manual too). Unknown or read-only keys (id, domain,
 * createdAt, updatedAt, provenance, clip history) are refused. Pure; throws an Error sentence naming the
 * field and what to do.
 *
 * @example
 * applyOwnerEdit(vendor, { name: "Acme Payroll" }, now)
 * //=> { ...vendor, name: "Acme Payroll", provenance: { ...vendor.provenance, name: { capturedAt: now, method: "manual" } }, updatedAt: now }
 * applyOwnerEdit(vendor, { website: "javascript:alert(1)" }, now)
 * //=> throws Error("The vendor's website is not valid: must be an http(s) URL. Correct the website and save again.")
 */
export function applyOwnerEdit(vendor: Vendor, patch: VendorOwnerPatch, now: Date): Vendor {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) {
    throw new Error("The vendor edit is empty or not a set of fields. Change a field and save again.");
  }
  const at = now.toISOString();
  const next: Record<string, unknown> = { ...vendor, provenance: { ...vendor.provenance } };
  const provenance = next.provenance as Vendor["provenance"];
  let changed = false;
  for (const key of Object.keys(patch)) {
    if (!EDITABLE.has(key)) {
      throw new Error(
        `The vendor's "${key}" cannot be edited (it is set by VendorScout or not a vendor field). Remove it from the edit and save again.`,
      );
    }
    const shape = vendorSchema.shape[key as keyof typeof vendorSchema.shape];
    const parsed = shape.safeParse((patch as Record<string, unknown>)[key]);
    if (!parsed.success) {
      throw new Error(
        `The vendor's ${key} is not valid: ${describeOwnerIssues(parsed.error.issues, key).join("; ")}. Correct the ${key} and save again.`,
      );
    }
    if (sameValue(parsed.data, next[key])) continue;
    changed = true;
    if (parsed.data === undefined) delete next[key];
    else next[key] = parsed.data;
    if (key === "contacts") {
      for (const part of editedContactParts(vendor.contacts, parsed.data as Contacts)) {
        provenance[contactPartField(part)] = { capturedAt: at, method: "manual" };
      }
    } else if (CAPTURED.has(key)) {
      provenance[key] = { capturedAt: at, method: "manual" };
    }
  }
  if (!changed) return vendor;
  next.updatedAt = at;
  const checked = vendorSchema.safeParse(next);
  if (!checked.success) {
    throw new Error(
      `The edited vendor is not valid: ${describeIssues(checked.error.issues).join("; ")}. Correct those fields and save again.`,
    );
  }
  return checked.data;
}

/** The parts of the contacts an edit changed: only those become the owner's. */
function editedContactParts(before: Contacts, after: Contacts): ContactPart[] {
  return CONTACT_PARTS.filter((part) => !sameValue(before[part], after[part]));
}

/** What one item of a list-valued field is called in the vendor page, to name it in a message. */
const ITEM_NOUNS: Record<string, string> = {
  plans: "price plan",
  certifications: "certification",
  ratings: "rating",
  emails: "email",
  phones: "phone",
  languages: "language",
  tags: "tag",
};

/**
 * The issues of one edited field in the vendor page's words: "price plan 1, price: must be a number"
 * rather than "pricing.plans[0].price: …", as the page shows plans, certifications and ratings
 * numbered from 1.
 *
 * @example
 * describeOwnerIssues([{ path: ["plans", 0, "price"], message: "must be 0 or more", ... }], "pricing")
 * //=> ["price plan 1, price: must be 0 or more"]
 */
export function describeOwnerIssues(issues: readonly z.core.$ZodIssue[], key: string): string[] {
  return describeIssues(issues, "", 5).map((line, position) => {
    const issue = issues[position];
    if (issue === undefined) return line; // the "…and N more problems" line
    const parts: string[] = [];
    let noun = ITEM_NOUNS[key] ?? key;
    issue.path.forEach((segment, index) => {
      if (typeof segment === "number") {
        parts.push(`${noun} ${segment + 1}`);
        return;
      }
      const name = String(segment);
      noun = ITEM_NOUNS[name] ?? name;
      // A list's own name is said by its items ("price plan 1"), so only a field's name is kept.
      if (typeof issue.path[index + 1] !== "number") parts.push(inWords(name));
    });
    return parts.length === 0 ? issue.message : `${parts.join(", ")}: ${issue.message}`;
  });
}

/** Fields whose names are not the vendor page's words for them. */
const FIELD_WORDS: Record<string, string> = { shown: "number", e164: "international number" };

/** "setupFee" -> "setup fee", "shown" (of a phone) -> "number". */
function inWords(name: string): string {
  return FIELD_WORDS[name] ?? name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}
