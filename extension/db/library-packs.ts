/**
 * One job: vendor packs in and out of the library: export, and import in two steps (preview, commit).
 * What an import does is decided by `planPackImport` (shared/library); this adapter only reads the
 * snapshot that plan needs and writes the plan in one Dexie transaction.
 */
import {
  type PackImportPlan,
  type PackImportSnapshot,
  type PackImportSummary,
  packImportReads,
  planPackImport,
  summarizePackImport,
} from "../../shared/library/plan-pack-import";
import { byId } from "../../shared/library/record-order";
import type { Review } from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";
import {
  buildVendorPack,
  parseVendorPack,
  type VendorPack,
  type VendorPackResult,
} from "../../shared/schema/vendor-pack";
import { IMPORT_UNDO_KEY, importUndoOf } from "./library-import-undo";
import { isPresent, type LibraryStore } from "./library-store";
import { isQuotaExceeded, STORAGE_FULL_MESSAGE } from "./storage-errors";
import type { ReviewGroup } from "./vendorscout-db";

export type ImportPreview =
  | ({ ok: true; migratedFrom?: number } & PackImportSummary)
  | { ok: false; errors: string[] };

export type VendorImportChanges = PackImportSummary["changes"][number];

/** Vendors whose changes a preview lists one by one; the counts cover the rest. */
export const IMPORT_CHANGES_LISTED = 200;

export class LibraryPacks {
  /**
   * The pack the latest preview checked, and its text. The side panel previews a file and then commits
   * the same text; checking a 10,000-vendor pack again took a quarter of the commit (BENCHMARKS.md).
   * Only the check is kept: the commit plans against the library as it is then.
   */
  private previewed: { text: string; pack: Extract<VendorPackResult, { ok: true }> } | undefined;

  constructor(private readonly store: LibraryStore) {}

  /** The whole library, or one evaluation with only its vendors and their reviews, as a checked pack. */
  async exportPack(options: { evaluationId?: string } = {}): Promise<VendorPack> {
    const { db } = this.store;
    const { vendors, reviews, evaluations } = await db.transaction(
      "r",
      db.vendors,
      db.reviewGroups,
      db.evaluations,
      async () => {
        if (options.evaluationId === undefined) {
          const [vendors, groups, evaluations] = await Promise.all([
            db.vendors.toArray(),
            db.reviewGroups.toArray(),
            db.evaluations.toArray(),
          ]);
          return { vendors, reviews: reviewsOf(groups), evaluations };
        }
        const evaluation = await this.store.requireEvaluation(options.evaluationId);
        const ids = [...new Set(evaluation.vendorIds)].sort();
        const vendors = (await db.vendors.bulkGet(ids)).filter(isPresent);
        const groups = await db.reviewGroups.bulkGet(ids);
        return { vendors, reviews: reviewsOf(groups), evaluations: [evaluation] };
      },
    );
    const present = new Set(vendors.map((vendor) => vendor.id));
    return buildVendorPack({
      vendors,
      reviews,
      // An evaluation only ever names vendors in the pack, so the pack can always be read back.
      evaluations: evaluations.map((evaluation) => ({
        ...evaluation,
        vendorIds: evaluation.vendorIds.filter((id) => present.has(id)),
      })),
      appVersion: this.store.appVersion,
      exportedAt: this.store.now(),
    });
  }

  /** What importing the pack would do; writes nothing. */
  async previewImport(text: string): Promise<ImportPreview> {
    const parsed = parseVendorPack(text);
    const kept = parsed.ok ? { text, pack: parsed } : undefined;
    this.previewed = kept;
    if (!parsed.ok) return parsed;
    const { db } = this.store;
    try {
      const plan = await db.transaction("r", db.vendors, db.reviewGroups, db.evaluations, () =>
        this.plan(parsed.pack, this.store.now()),
      );
      return previewOf(plan, parsed.migratedFrom);
    } catch (error) {
      // A preview that failed keeps nothing for a commit (a later preview's pack stays).
      if (this.previewed === kept) this.previewed = undefined;
      throw error;
    }
  }

  /**
   * Imports a pack in one transaction: new vendors are added, known ones merged (owner edits in the
   * library win), new reviews added. Any failure — including a full disk — leaves the library as it was.
   * A text the latest preview checked is not checked again.
   */
  async commitImport(text: string): Promise<ImportPreview> {
    const parsed = this.previewed?.text === text ? this.previewed.pack : parseVendorPack(text);
    // Held no longer than one commit: a pack of thousands of vendors is tens of megabytes.
    this.previewed = undefined;
    if (!parsed.ok) return parsed;
    const { db } = this.store;
    try {
      const plan = await db.transaction(
        "rw",
        [db.vendors, db.reviewGroups, db.evaluations, db.settings],
        async () => {
          const now = this.store.now();
          const plan = await this.plan(parsed.pack, now);
          const { add, update } = plan;
          await db.vendors.bulkPut([...add.vendors, ...update.vendors.map((vendor) => vendor.after)]);
          await db.reviewGroups.bulkPut([
            ...add.reviewGroups,
            ...update.reviewGroups.map((group) => group.after),
          ]);
          await db.evaluations.bulkPut([
            ...add.evaluations,
            ...update.evaluations.map((evaluation) => evaluation.after),
          ]);
          // Only the latest import can be undone: one step back, not a history.
          await db.settings.put({ key: IMPORT_UNDO_KEY, value: importUndoOf(plan, now) });
          return plan;
        },
      );
      return previewOf(plan, parsed.migratedFrom);
    } catch (error) {
      if (isQuotaExceeded(error)) return { ok: false, errors: [STORAGE_FULL_MESSAGE] };
      return {
        ok: false,
        errors: [
          `The import failed and nothing was imported (${error instanceof Error ? error.message : String(error)}). Try again; if it keeps failing, export your library and report the problem.`,
        ],
      };
    }
  }

  /**
   * Lets go of the pack the latest preview checked: the owner left that preview without importing,
   * and a large pack is tens of megabytes.
   */
  discardImportPreview(): void {
    this.previewed = undefined;
  }

  /** Must run inside a transaction over vendors, review groups and evaluations; reads only. */
  private async plan(pack: VendorPack, now: Date): Promise<PackImportPlan> {
    return planPackImport(await this.readSnapshot(pack), pack, now);
  }

  /** The records `planPackImport` needs, read in as few requests as IndexedDB allows. */
  private async readSnapshot(pack: VendorPack): Promise<PackImportSnapshot> {
    const { db } = this.store;
    // One getAllKeys request, then records only for ids the library has: bulkGet issues one request
    // per key, which dominated the import time in Chromium (10,000 vendors + 50,000 reviews).
    const storedVendorIds = new Set((await db.vendors.toCollection().primaryKeys()) as string[]);
    const known = pack.vendors.flatMap((vendor) => (storedVendorIds.has(vendor.id) ? [vendor.id] : []));
    const vendorsById = byIdMap((await db.vendors.bulkGet(known)).filter(isPresent), (vendor) => vendor.id);
    const vendorsByDomain = await this.domainOwners(packImportReads(pack, vendorsById).domains);
    const reads = packImportReads(pack, vendorsById, vendorsByDomain);
    // As with vendors: one request for the keys, then groups only for vendors that have some.
    const storedGroupIds = new Set((await db.reviewGroups.toCollection().primaryKeys()) as string[]);
    const groups = await db.reviewGroups.bulkGet(reads.reviewGroupIds.filter((id) => storedGroupIds.has(id)));
    const evaluations = await db.evaluations.bulkGet(reads.evaluationIds);
    return {
      vendorsById,
      vendorsByDomain,
      reviewGroups: byIdMap(groups.filter(isPresent), (group: ReviewGroup) => group.vendorId),
      evaluations: byIdMap(evaluations.filter(isPresent), (evaluation) => evaluation.id),
    };
  }

  /**
   * Library vendors owning any of these domains. Reads the domain index's keys in one pass rather than
   * `anyOf(domains)`, whose cursor jumps cost one request per domain (quadratic in fake-indexeddb).
   */
  private async domainOwners(domains: readonly string[]): Promise<Map<string, Vendor>> {
    const owners = new Map<string, Vendor>();
    if (domains.length === 0) return owners;
    const index = this.store.db.vendors.orderBy("domain");
    const [keys, ids] = await Promise.all([index.keys(), index.primaryKeys()]);
    const idByDomain = new Map(keys.map((key, position) => [String(key), ids[position] as string]));
    const wanted = domains.flatMap((domain) => {
      const id = idByDomain.get(domain);
      return id === undefined ? [] : [id];
    });
    for (const vendor of await this.store.db.vendors.bulkGet(wanted)) {
      if (vendor?.domain !== undefined) owners.set(vendor.domain, vendor);
    }
    return owners;
  }
}

function previewOf(plan: PackImportPlan, migratedFrom: number | undefined): ImportPreview {
  const preview = { ok: true as const, ...summarizePackImport(plan, IMPORT_CHANGES_LISTED) };
  return migratedFrom === undefined ? preview : { ...preview, migratedFrom };
}

function byIdMap<T>(records: readonly T[], idOf: (record: T) => string): Map<string, T> {
  return new Map(records.map((record) => [idOf(record), record]));
}

/** Every review of the groups, sorted by id, as packs list them. */
function reviewsOf(groups: readonly (ReviewGroup | undefined)[]): Review[] {
  return groups.flatMap((group) => group?.reviews ?? []).sort(byId);
}
