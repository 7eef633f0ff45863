/**
 * Vendors as a CSV file Excel opens right (RFC 4180, UTF-8 byte-order mark), with the owner's ratings per
 * criterion for an evaluation and page text kept from running as a formula.
 */
import { ownValue } from "../../shared/library/own-value";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { valueLabel } from "../../shared/words/value-labels";
import {
  certificationsText,
  locationText,
  phonesE164Text,
  phonesText,
  pricingText,
  ratingsText,
} from "../../shared/words/vendor-text";

type Cell = string | number | undefined;

const BASE_COLUMNS: readonly [string, (vendor: Vendor) => Cell][] = [
  ["Vendor id", (v) => v.id],
  ["Name", (v) => v.name],
  ["Domain", (v) => v.domain],
  ["Website", (v) => v.website],
  ["Function", (v) => (v.function ? valueLabel(v.function) : undefined)],
  ["Status", (v) => valueLabel(v.status)],
  ["Tags", (v) => v.tags.join("; ")],
  ["Ratings", (v) => ratingsText(v)],
  ["Location", (v) => locationText(v)],
  ["Time zone", (v) => v.timeZone],
  ["Languages", (v) => v.languages.join("; ")],
  ["E-mails", (v) => v.contacts.emails.join("; ")],
  ["Phones", (v) => phonesText(v, "; ")],
  ["Phones (E.164)", (v) => phonesE164Text(v, "; ")],
  ["Certifications", (v) => certificationsText(v)],
  ["Plans", (v) => pricingText(v)],
  ["Setup fee", (v) => v.pricing.setupFee],
  ["Description", (v) => v.description],
  ["Notes", (v) => v.notes],
  ["Updated", (v) => v.updatedAt],
];

/**
 * Vendors as a CSV file (RFC 4180: CRLF lines, fields with comma, quote or line break quoted, quotes
 * doubled) with a UTF-8 byte-order mark so Excel reads accents right. With an evaluation, one column per
 * criterion holds the owner's 1-5 rating. Text that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) gets a leading single quote, so it shows as text (OWASP CSV injection).
 *
 * @example
 * vendorsToCsv([acme])
 * //=> "\uFEFFVendor id,Name,...\r\nacme.com,Acme,...\r\n"
 * vendorsToCsv([{ ...acme, notes: "=HYPERLINK(\"http://evil\")" }]).includes("\"'=HYPERLINK(\"\"http://evil\"\")\"")
 * //=> true
 */
export function vendorsToCsv(vendors: readonly Vendor[], evaluation?: Evaluation): string {
  const criteria = evaluation?.criteria ?? [];
  const header = [...BASE_COLUMNS.map(([name]) => name), ...criteria.map((criterion) => criterion.name)];
  const rows = vendors.map((vendor) => [
    ...BASE_COLUMNS.map(([, read]) => read(vendor)),
    ...criteria.map((criterion) => ownValue(vendor.criterionRatings, criterion.id)),
  ]);
  const lines = [header, ...rows].map((cells) => cells.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * One CSV field: numbers as written, text neutralised against formula injection, then quoted if needed.
 *
 * @example
 * csvField('say "hi", ok') //=> "\"say \"\"hi\"\", ok\""
 * csvField("-1+2") //=> "'-1+2"
 * csvField(-1) //=> "-1"
 */
export function csvField(value: Cell): string {
  if (value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // Every text field is quoted: where Excel's list separator is ";" (German, French, Dutch settings) an
  // unquoted "x;=cmd|…" would split and start a formula in the next cell.
  return `"${text.replace(/"/g, '""')}"`;
}
