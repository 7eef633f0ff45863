/**
 * One job: say which fields of a vendor a change touches, old -> new, in short text for a preview.
 */
import type { Vendor } from "../schema/vendor";
import { sameValue } from "./same-value";

/** One field an import would change, as the preview shows it: "description: (empty) -> Payroll for …". */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const FIELDS = [
  "name",
  "domain",
  "website",
  "function",
  "description",
  "location",
  "timeZone",
  "logo",
  "languages",
  "contacts",
  "certifications",
  "pricing",
  "ratings",
  "status",
  "tags",
  "notes",
  "criterionRatings",
] as const satisfies readonly (keyof Vendor)[];

const SHOWN_CHARS = 60;

/**
 * The fields that differ between a library vendor and what an import would store, each with short
 * before and after texts (at most 60 characters; text from pages stays text, the UI renders it as such).
 *
 * @example
 * describeVendorChanges({ ...acme, notes: "" }, { ...acme, notes: "Call Ann" })
 * //=> [{ field: "notes", from: "(empty)", to: "Call Ann" }]
 */
export function describeVendorChanges(before: Vendor, after: Vendor): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    if (sameValue(before[field], after[field])) continue;
    changes.push({ field, from: shortText(before[field]), to: shortText(after[field]) });
  }
  return changes;
}

function shortText(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (Array.isArray(value) && value.length === 0) return "(empty)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > SHOWN_CHARS ? `${line.slice(0, SHOWN_CHARS - 1)}…` : line;
}
