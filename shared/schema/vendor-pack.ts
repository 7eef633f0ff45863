/**
 * The vendor pack file (`.vendorpack.json`): its schema and version, how a pack is built from library
 * records, and how a file is read safely, refusing oversized, deeply nested, invalid or newer packs with
 * sentences that say what to do.
 */
import * as z from "zod";
import { plainPackIssues } from "../words/pack-issues";
import { isoDateTimeSchema, lineSchema } from "./common";
import { type EvaluationInput, evaluationSchema, migrateEvaluation } from "./evaluation";
import { type Review, reviewSchema } from "./review";
import { migrateVendor, type Vendor, vendorSchema } from "./vendor";

export const VENDOR_PACK_FORMAT = "vendorscout.vendorpack";
/**
 * A pack carries vendors of the vendor schema version of the same number: version 1 packs (0.0.x
 * previews) version-1 vendors, version 2 packs phones kept only as written; see `migrateVendor`.
 */
export const VENDOR_PACK_VERSION = 3;
export const VENDOR_PACK_EXTENSION = ".vendorpack.json";
/** Larger files are refused before parsing: 10,000 vendors with 50,000 reviews fit in well under this. */
export const VENDOR_PACK_MAX_BYTES = 40 * 1024 * 1024;

export const vendorPackSchema = z
  .object({
    format: z.literal(VENDOR_PACK_FORMAT),
    version: z.literal(VENDOR_PACK_VERSION),
    exportedAt: isoDateTimeSchema,
    appVersion: lineSchema(40),
    evaluations: z.array(evaluationSchema).max(1000),
    vendors: z.array(vendorSchema).max(100_000),
    reviews: z.array(reviewSchema).max(1_000_000),
  })
  .superRefine((pack, ctx) => {
    const vendorIds = collectUniqueIds(pack.vendors, "vendor", "vendors", ctx);
    collectUniqueIds(pack.reviews, "review", "reviews", ctx);
    collectUniqueIds(pack.evaluations, "evaluation", "evaluations", ctx);
    pack.reviews.forEach((review, index) => {
      if (!vendorIds.has(review.vendorId)) {
        ctx.addIssue({
          code: "custom",
          message: `review belongs to vendor "${review.vendorId}", which is not in the pack`,
          path: ["reviews", index, "vendorId"],
        });
      }
    });
    pack.evaluations.forEach((evaluation, index) => {
      evaluation.vendorIds.forEach((vendorId, position) => {
        if (!vendorIds.has(vendorId)) {
          ctx.addIssue({
            code: "custom",
            message: `evaluation names vendor "${vendorId}", which is not in the pack`,
            path: ["evaluations", index, "vendorIds", position],
          });
        }
      });
    });
  });

/** The ids of `records`, with an issue for each id seen before: ids key the library and the workbook rows. */
function collectUniqueIds(
  records: readonly { id: string }[],
  noun: string,
  field: string,
  ctx: z.core.$RefinementCtx,
): Set<string> {
  const ids = new Set<string>();
  records.forEach((record, index) => {
    if (ids.has(record.id)) {
      ctx.addIssue({
        code: "custom",
        message: `${noun} id "${record.id}" appears twice`,
        path: [field, index, "id"],
      });
    }
    ids.add(record.id);
  });
  return ids;
}
export type VendorPack = z.infer<typeof vendorPackSchema>;

export type VendorPackResult =
  | { ok: true; pack: VendorPack; migratedFrom?: number }
  | { ok: false; errors: string[] };

/**
 * Builds a pack from library records; the records are checked so a pack we write is one we can read.
 *
 * @example
 * buildVendorPack({ vendors, reviews, evaluations, appVersion: "0.1.0", exportedAt: new Date() }).version
 * //=> 3
 */
export function buildVendorPack(input: {
  vendors: readonly Vendor[];
  reviews: readonly Review[];
  /** Records as the library holds them, or as written by hand (defaults are filled in). */
  evaluations: readonly EvaluationInput[];
  appVersion: string;
  exportedAt: Date;
}): VendorPack {
  return vendorPackSchema.parse({
    format: VENDOR_PACK_FORMAT,
    version: VENDOR_PACK_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    appVersion: input.appVersion,
    evaluations: input.evaluations,
    vendors: input.vendors,
    reviews: input.reviews,
  });
}

/**
 * Decodes a `.vendorpack.json` file's bytes: refuses an oversized file before decoding it, and invalid
 * UTF-8 rather than letting a lenient decoder turn it into replacement characters. Judging UTF-8 on the
 * bytes (not on the text) keeps a library that legitimately holds "\uFFFD" able to restore its own export.
 *
 * @example
 * decodeVendorPackBytes(new Uint8Array([0xff]))
 * //=> { ok: false, errors: ["The file is not valid UTF-8 text …"] }
 */
export function decodeVendorPackBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; errors: string[] } {
  if (bytes.byteLength > VENDOR_PACK_MAX_BYTES) return tooLarge();
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return notUtf8();
  }
}

/**
 * Reads a `.vendorpack.json` file's bytes: `decodeVendorPackBytes`, then `parseVendorPack`.
 *
 * @example
 * parseVendorPackBytes(new Uint8Array([0xff, 0xfe, 0x00]))
 * //=> { ok: false, errors: ["The file is not valid UTF-8 text …"] }
 */
export function parseVendorPackBytes(bytes: Uint8Array): VendorPackResult {
  const decoded = decodeVendorPackBytes(bytes);
  return decoded.ok ? parseVendorPack(decoded.text) : decoded;
}

/**
 * Reads a `.vendorpack.json` file's text: migrates an older version, refuses a newer, broken or
 * oversized one with sentences that say what is wrong and what to do. Never throws.
 *
 * @example
 * parseVendorPack("{}")
 * //=> { ok: false, errors: ["This file is not a VendorScout vendor pack. In the VendorScout side panel, …"] }
 */
export function parseVendorPack(text: string): VendorPackResult {
  if (text.length > VENDOR_PACK_MAX_BYTES) return tooLarge();
  // Before JSON.parse: a million nested arrays overflow the stack of a reviver (or of any recursive
  // reader after it), and a failure there must refuse the pack, never let it through (issue 19, finding 5).
  if (jsonNestingExceeds(text, VENDOR_PACK_MAX_DEPTH)) {
    return {
      ok: false,
      errors: [
        `The file nests lists or objects more than ${VENDOR_PACK_MAX_DEPTH} deep, which no VendorScout export does; nothing was imported. Export the pack again and do not edit it by hand.`,
      ],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    let forbidden: string | undefined;
    // Only when a key could spell one (plainly or through \u escapes) does the slower reviver run.
    raw = /"(?:__proto__|constructor|prototype)"\s*:|\\u/.test(body)
      ? JSON.parse(body, (key, value: unknown) => {
          if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
          return value;
        })
      : JSON.parse(body);
    if (forbidden !== undefined) {
      return {
        ok: false,
        errors: [
          `The pack contains a "${forbidden}" key, which VendorScout refuses because it can change how the app's objects behave; nothing was imported. Export the pack again and do not edit it by hand.`,
        ],
      };
    }
  } catch {
    return {
      ok: false,
      errors: [
        "The file is not valid JSON: it is damaged or was cut short. Export the pack again from VendorScout and import the new file without editing it.",
      ],
    };
  }
  return readVendorPack(raw);
}

/**
 * Keys a pack may not hold anywhere: the schema strips unknown keys, but record-typed fields
 * (provenance, criterionRatings, subRatings) copy theirs, and these could reach an object's prototype.
 */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** The deepest nesting of arrays and objects a pack may have; a real export nests about 7 deep. */
export const VENDOR_PACK_MAX_DEPTH = 64;

/**
 * Whether JSON text nests arrays or objects deeper than `limit`: one pass over the characters,
 * skipping strings, stopping as soon as the limit is passed. Not a validator: JSON.parse follows.
 *
 * @example
 * jsonNestingExceeds("[[1]]", 1)           //=> true
 * jsonNestingExceeds('{"a":"[[[["}', 1)    //=> false (brackets inside a string do not count)
 */
export function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: the next character is escaped
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth++;
      if (depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}

/** Said of a file over VENDOR_PACK_MAX_BYTES; a picker checks `file.size` against it before reading. */
export const VENDOR_PACK_TOO_LARGE = `The file is larger than ${VENDOR_PACK_MAX_BYTES / 1024 / 1024} MB, more than any VendorScout library exports. Export one evaluation at a time instead.`;

function tooLarge(): { ok: false; errors: string[] } {
  return { ok: false, errors: [VENDOR_PACK_TOO_LARGE] };
}

function notUtf8(): { ok: false; errors: string[] } {
  return {
    ok: false,
    errors: [
      "The file is not valid UTF-8 text (it may be damaged or not a vendor pack). Export the pack again.",
    ],
  };
}

/** As `parseVendorPack`, for a value already parsed from JSON. */
export function readVendorPack(raw: unknown): VendorPackResult {
  if (
    typeof raw !== "object" ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== VENDOR_PACK_FORMAT
  ) {
    return {
      ok: false,
      errors: [
        "This file is not a VendorScout vendor pack. In the VendorScout side panel, open Import / export, choose Export library (.vendorpack.json), and import that file.",
      ],
    };
  }
  const record = raw as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      errors: [
        "The pack has no valid version number, so VendorScout cannot tell how to read it. Export the pack again from VendorScout.",
      ],
    };
  }
  if (version > VENDOR_PACK_VERSION) {
    return {
      ok: false,
      errors: [
        `The pack is version ${version}, made by a newer VendorScout than this one (reads up to version ${VENDOR_PACK_VERSION}). Update VendorScout, then import it again.`,
      ],
    };
  }
  const upgraded = withCurrentEvaluations(
    version < VENDOR_PACK_VERSION ? migratePack(record, version) : record,
  );
  const parsed = vendorPackSchema.safeParse(upgraded);
  if (!parsed.success) {
    return {
      ok: false,
      errors: [
        ...plainPackIssues(parsed.error.issues, upgraded),
        "Export the pack again from VendorScout; if you edited the file, undo those edits.",
      ],
    };
  }
  return version < VENDOR_PACK_VERSION
    ? { ok: true, pack: parsed.data, migratedFrom: version }
    : { ok: true, pack: parsed.data };
}

function migratePack(record: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  const vendors = record.vendors;
  return {
    ...record,
    version: VENDOR_PACK_VERSION,
    vendors: Array.isArray(vendors)
      ? vendors.map((vendor) =>
          typeof vendor === "object" && vendor !== null
            ? migrateVendor(vendor as Record<string, unknown>, fromVersion)
            : vendor,
        )
      : vendors,
  };
}

/**
 * The pack with each evaluation brought up to the current evaluation schema (`migrateEvaluation`).
 * An evaluation carries no version of its own, and packs of version 2 were written both before and
 * after evaluations reached version 2 (issue 21), so every one is read as possibly version 1: the
 * migration changes only a record of version 1's shape and leaves a current one as it is.
 */
function withCurrentEvaluations(record: Record<string, unknown>): Record<string, unknown> {
  const evaluations = record.evaluations;
  if (!Array.isArray(evaluations)) return record;
  return {
    ...record,
    evaluations: evaluations.map((evaluation) =>
      typeof evaluation === "object" && evaluation !== null && !Array.isArray(evaluation)
        ? migrateEvaluation(evaluation as Record<string, unknown>, 1)
        : evaluation,
    ),
  };
}
