/**
 * A vendor pack's schema problems in plain words (issue 23, item 7): "Vendor 1 has no name." rather
 * than "vendors[0].name: Invalid input: expected string, received undefined". Each sentence names the
 * record the owner would recognise (its place in the file and its name when it has one), what is wrong
 * with it, and the sentence after the list says what to do.
 */
import type * as z from "zod";

const RECORDS: Readonly<Record<string, string>> = {
  vendors: "Vendor",
  reviews: "Review",
  evaluations: "Evaluation",
};

const FIELDS: Readonly<Record<string, string>> = {
  vendors: "a vendor list",
  reviews: "a review list",
  evaluations: "an evaluation list",
  id: "an id",
  name: "a name",
  website: "a website address",
  domain: "a web domain",
  status: "a pipeline status",
  function: "an outsourced function",
  ratings: "review-site ratings",
  value: "a rating value",
  scale: "a rating scale",
  count: "a review count",
  capturedAt: "a capture date",
  createdAt: "a creation date",
  updatedAt: "a last-changed date",
  exportedAt: "an export date",
  date: "a date",
  vendorId: "the vendor it belongs to",
  vendorIds: "its list of vendors",
  criteria: "criteria",
  weight: "a weight",
  body: "a text",
  title: "a title",
  url: "a page address",
  source: "a review site",
  rating: "a rating",
  pricing: "pricing",
  plans: "price plans",
  price: "a price",
  currency: "a currency code",
  period: "a price period",
  emails: "e-mail addresses",
  phones: "phone numbers",
  shown: "a phone number",
  e164: "a phone number's international (E.164) form",
  certifications: "certifications",
  criterionRatings: "your ratings",
  termMonths: "a contract length",
  logo: "a logo address",
  appVersion: "the version of VendorScout that made it",
};

type Issue = z.core.$ZodIssue;

/**
 * @param issues the pack schema's issues
 * @param raw the pack as read, to name the records the issues are about
 * @param limit sentences at most; the rest are counted in one more sentence
 *
 * @example
 * plainPackIssues(vendorPackSchema.safeParse(pack).error.issues, pack)
 * //=> ["Vendor 1 has no name.", "Vendor 2 (“Acme”) has a website address that is not valid."]
 */
export function plainPackIssues(issues: readonly Issue[], raw: unknown, limit = 10): string[] {
  const sentences = [...new Set(issues.map((issue) => plainIssue(issue, raw)))];
  const shown = sentences.slice(0, limit);
  if (sentences.length > limit) shown.push(`And ${sentences.length - limit} more problems like these.`);
  return shown;
}

function plainIssue(issue: Issue, raw: unknown): string {
  const [list, index, ...rest] = issue.path;
  const recordNoun = typeof list === "string" ? RECORDS[list] : undefined;
  const inRecord = recordNoun !== undefined && typeof index === "number";
  const who = inRecord ? `${recordNoun} ${index + 1}${nameOf(raw, list as string, index)}` : "The pack";
  const fieldKey = [...(inRecord ? rest : issue.path)].reverse().find((key) => typeof key === "string");
  const rated = issue.path.includes("criterionRatings") && fieldKey !== "criterionRatings";
  const field =
    typeof fieldKey !== "string"
      ? undefined
      : rated
        ? `your rating for “${fieldKey}”`
        : (FIELDS[fieldKey] ?? `a “${fieldKey}” value`);
  // A field's own rule ("must be an http(s) URL") reads after the field; a rule about the record
  // ("review belongs to vendor …") is a sentence of its own.
  if (issue.code === "custom" && field && /^must\b/.test(issue.message)) {
    return `${who} has ${field} that is not valid: it ${issue.message.replace(/[.]$/, "")}.`;
  }
  if (issue.code === "custom") return `${who}: ${sentence(issue.message)}`;
  if (!field) return `${who} cannot be read.`;
  const missing = issue.code === "invalid_type" && /received undefined/.test(issue.message);
  if (missing) return `${who} has no ${withoutArticle(field)}.`;
  switch (issue.code) {
    case "too_big":
      return `${who} has ${field} that is ${issue.origin === "number" ? "too large" : issue.origin === "string" ? "too long" : "too long a list"}.`;
    case "too_small":
      return `${who} has ${field} that is ${issue.origin === "number" ? "too small" : "empty or too short"}.`;
    case "invalid_value":
      return `${who} has ${field} VendorScout does not know.`;
    default:
      return `${who} has ${field} that is not valid.`;
  }
}

/** ` (“Acme”)` when the record has a readable name; nothing otherwise. */
function nameOf(raw: unknown, list: string, index: number): string {
  const records = (raw as Record<string, unknown> | null)?.[list];
  const record = Array.isArray(records) ? records[index] : undefined;
  const name = (record as { name?: unknown; title?: unknown } | undefined)?.name;
  return typeof name === "string" && name.trim() !== "" ? ` (“${name.trim().slice(0, 60)}”)` : "";
}

function withoutArticle(field: string): string {
  return field.replace(/^(a|an|the) /, "");
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
