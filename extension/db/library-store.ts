/**
 * One job: what every part of the vendor library shares: the database, the clock and app version,
 * turning a full disk into a sentence the owner can act on, and the reads that refuse a missing record.
 */
import packageJson from "../../package.json";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { isQuotaExceeded, STORAGE_FULL_MESSAGE } from "./storage-errors";
import type { VendorScoutDb } from "./vendorscout-db";

export interface LibraryOptions {
  now?: () => Date;
  appVersion?: string;
}

/** The most records one page of a list or a bridge pull may ask for. */
export const MAX_PAGE_SIZE = 5000;

export class LibraryStore {
  readonly now: () => Date;
  readonly appVersion: string;

  constructor(
    readonly db: VendorScoutDb,
    options: LibraryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.appVersion = options.appVersion ?? packageJson.version;
  }

  /** Turns a full-storage failure into the sentence the owner can act on; other errors pass through. */
  async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isQuotaExceeded(error)) throw new Error(STORAGE_FULL_MESSAGE, { cause: error });
      throw error;
    }
  }

  async requireVendor(id: string): Promise<Vendor> {
    const vendor = await this.db.vendors.get(id);
    if (vendor === undefined) {
      throw new Error(
        `There is no vendor "${id}" in the library (it may have been deleted). Reload the list and try again.`,
      );
    }
    return vendor;
  }

  async requireEvaluation(id: string): Promise<Evaluation> {
    const evaluation = await this.db.evaluations.get(id);
    if (evaluation === undefined) {
      throw new Error(
        `There is no evaluation "${id}" in the library (it may have been deleted). Reload the list and pick another.`,
      );
    }
    return evaluation;
  }

  /** The ids, once each, of vendors the library has. */
  async existingVendorIds(ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await this.db.vendors.bulkGet(unique);
    return unique.filter((_, index) => found[index] !== undefined);
  }
}

/** Refuses a page window that is not whole, starts before 0, or asks for more than MAX_PAGE_SIZE. */
export function checkWindow(offset: number, limit: number): void {
  if (
    !Number.isInteger(offset) ||
    offset < 0 ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > MAX_PAGE_SIZE
  ) {
    throw new Error(
      `Cannot list vendors from position ${offset}, ${limit} at a time: use a whole offset from 0 and a page size from 1 to ${MAX_PAGE_SIZE}.`,
    );
  }
}

export function isPresent<T>(value: T | undefined): value is T {
  return value !== undefined;
}
