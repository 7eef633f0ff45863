/**
 * Reads and checks a `.vendorpack.json` the owner picked, without using it: the counts it would bring in, or
 * the errors that stop it.
 */
import {
  parseVendorPackBytes,
  VENDOR_PACK_MAX_BYTES,
  type VendorPack,
} from "../../../shared/schema/vendor-pack";

/** What a vendor pack would bring in, shown before the owner uses it. */
export type PackDryRun =
  | {
      ok: true;
      fileName: string;
      pack: VendorPack;
      vendors: number;
      reviews: number;
      evaluations: number;
      migratedFrom?: number;
    }
  | { ok: false; fileName: string; errors: string[] };

/** The part of a browser `File` the import reads. */
export interface PackFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const MAX_ERRORS_SHOWN = 20;

/**
 * Reads and checks a `.vendorpack.json` file without using it: counts, or the errors that stop it
 * (at most 20 listed, then how many more). Never throws.
 *
 * @example
 * await dryRunVendorPack(file)
 * //=> { ok: true, fileName: "library.vendorpack.json", vendors: 12, reviews: 80, evaluations: 2, pack }
 */
export async function dryRunVendorPack(file: PackFile): Promise<PackDryRun> {
  if (file.size > VENDOR_PACK_MAX_BYTES) {
    return {
      ok: false,
      fileName: file.name,
      errors: [
        `The file is larger than ${VENDOR_PACK_MAX_BYTES / 1024 / 1024} MB, more than any VendorScout library exports. Export one evaluation at a time instead.`,
      ],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return {
      ok: false,
      fileName: file.name,
      errors: [
        `The file could not be read (${error instanceof Error ? error.message : String(error)}). Choose it again.`,
      ],
    };
  }
  const result = parseVendorPackBytes(bytes);
  if (!result.ok) {
    const shown = result.errors.slice(0, MAX_ERRORS_SHOWN);
    const more = result.errors.length - shown.length;
    return {
      ok: false,
      fileName: file.name,
      errors: more > 0 ? [...shown, `…and ${more} more problems.`] : shown,
    };
  }
  return {
    ok: true,
    fileName: file.name,
    pack: result.pack,
    vendors: result.pack.vendors.length,
    reviews: result.pack.reviews.length,
    evaluations: result.pack.evaluations.length,
    ...(result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }),
  };
}
