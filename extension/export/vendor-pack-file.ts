/**
 * How a vendor pack is saved as a file: its name (safe on every file system, ending in `.vendorpack.json`)
 * and its text.
 */
import { VENDOR_PACK_EXTENSION, type VendorPack } from "../../shared/schema/vendor-pack";

/**
 * The file name a vendor pack is saved under: the evaluation's name (or "library") made safe for every
 * file system, and the export date (UTC), ending in `.vendorpack.json` so the task pane's file picker finds it.
 *
 * @example
 * vendorPackFileName("Payroll: Q3 / 2026 — Zürich", new Date("2026-03-01T12:00:00Z"))
 * //=> "vendorscout-payroll-q3-2026-zurich-2026-03-01.vendorpack.json"
 * vendorPackFileName(undefined, new Date("2026-03-01T12:00:00Z"))
 * //=> "vendorscout-library-2026-03-01.vendorpack.json"
 */
export function vendorPackFileName(evaluationName: string | undefined, date: Date): string {
  const day = Number.isNaN(date.getTime()) ? "undated" : date.toISOString().slice(0, 10);
  const slug =
    evaluationName === undefined
      ? "library"
      : evaluationName
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-+|-+$/g, "")
          .slice(0, 60)
          .replace(/-+$/, "") || "evaluation";
  return `vendorscout-${slug}-${day}${VENDOR_PACK_EXTENSION}`;
}

/**
 * The pack as the file's text: compact JSON (10,000 vendors stay a few MB) with a final newline.
 *
 * @example
 * serializeVendorPack(pack).endsWith("}\n") //=> true
 */
export function serializeVendorPack(pack: VendorPack): string {
  return `${JSON.stringify(pack)}\n`;
}
