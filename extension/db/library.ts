import packageJson from "../../package.json";
import { applyOwnerEdit, type VendorOwnerPatch } from "../../shared/library/apply-owner-edit";
import { describeVendorChanges, type FieldChange } from "../../shared/library/describe-vendor-changes";
import { asImportedVendor, mergeImportedVendor } from "../../shared/library/merge-imported-vendor";
import { mergeVendorClip } from "../../shared/library/merge-vendor-clip";
import { withOwnValue } from "../../shared/library/own-value";
import { byId, byNameThenId } from "../../shared/library/record-order";
import { sameValue } from "../../shared/library/same-value";
import type { SearchQuery } from "../../shared/library/search-index";
import { queryWords } from "../../shared/library/search-words";
import { vendorIdForDomain } from "../../shared/library/vendor-id-for-domain";
import { type Capture, captureSchema } from "../../shared/schema/capture";
import { httpUrlSchema, type OutsourcedFunction, type PipelineStatus } from "../../shared/schema/common";
import { type Evaluation, type EvaluationInput, evaluationSchema } from "../../shared/schema/evaluation";
import { describeIssues } from "../../shared/schema/issues";
import {
  type Review,
  type ReviewCandidate,
  reviewCandidateSchema,
  reviewId,
  reviewSchema,
} from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";
import {
  buildVendorPack,
  parseVendorPack,
  type VendorPack,
  type VendorPackResult,
} from "../../shared/schema/vendor-pack";
import { SearchIndexCache, searchMatches } from "./search-index";
import { isQuotaExceeded, STORAGE_FULL_MESSAGE } from "./storage-errors";
import { type ClipRecord, groupReviews, type ReviewGroup, type VendorScoutDb } from "./vendorscout-db";

export type ImportPreview =
  | {
      ok: true;
      newVendors: number;
      updatedVendors: number;
      unchangedVendors: number;
      newReviews: number;
      evaluations: number;
      rejected: { id?: string; reason: string }[];
      /** Per updated vendor, the fields the import changes (old -> new); at most IMPORT_CHANGES_LISTED. */
      changes: VendorImportChanges[];
      migratedFrom?: number;
    }
  | { ok: false; errors: string[] };

export interface VendorImportChanges {
  vendorId: string;
  name: string;
  fields: FieldChange[];
}

/** Vendors whose changes a preview lists one by one; the counts cover the rest. */
export const IMPORT_CHANGES_LISTED = 200;

/**
 * What the latest import changed, kept (in `settings`, key IMPORT_UNDO_KEY) so the side panel can undo
 * it in one step: the records as they were before, the ids it added, and the `updatedAt` each record
 * got, so an undo can tell whether the owner or a clip changed a record since.
 */
export interface ImportUndo {
  at: string;
  summary: string;
  vendorsBefore: Vendor[];
  addedVendorIds: string[];
  vendorsWritten: Record<string, string>;
  groupsBefore: ReviewGroup[];
  addedGroupIds: string[];
  evaluationsBefore: Evaluation[];
  addedEvaluationIds: string[];
  evaluationsWritten: Record<string, string>;
}
export const IMPORT_UNDO_KEY = "undo:last-import";

/** A deleted vendor with everything the delete took, for the side panel's undo bar. */
export interface DeletedVendor {
  vendor: Vendor;
  reviewGroup: ReviewGroup | undefined;
  clips: ClipRecord[];
  evaluationIds: string[];
}

/** An evaluation as the UI edits it: the library sets the dates (a full `EvaluationInput` fits too). */
export type EvaluationDraft = Omit<EvaluationInput, "createdAt" | "updatedAt"> &
  Partial<Pick<EvaluationInput, "createdAt" | "updatedAt">>;

export interface VendorSearchFilter {
  text?: string;
  function?: OutsourcedFunction;
  status?: PipelineStatus;
  tag?: string;
  evaluationId?: string;
}

/** Review groups read per request while filling one page of the bridge's reviews. */
const REVIEW_GROUPS_PER_READ = 100;
const MAX_PAGE_SIZE = 5000;

/**
 * The owner's vendor library on top of `VendorScoutDb`: clips, owner edits, evaluations, the Excel
 * bridge's read-only paging, and vendor-pack export/import. Each write is one Dexie transaction, so a
 * failure leaves nothing half-written. Merge rules live in shared/library (pure, tested there).
 *
 * @example
 * const library = new VendorLibrary(new VendorScoutDb());
 * const { vendor, created } = await library.saveCapture(capture);
 */
export class VendorLibrary {
  private readonly now: () => Date;
  private readonly appVersion: string;
  private readonly searchIndex = new SearchIndexCache();
  /**
   * The pack the latest preview checked, and its text. The side panel previews a file and then commits
   * the same text; checking a 10,000-vendor pack again took a quarter of the commit (BENCHMARKS.md).
   * Only the check is kept: the commit plans against the library as it is then.
   */
  private previewed: { text: string; pack: Extract<VendorPackResult, { ok: true }> } | undefined;

  constructor(
    readonly db: VendorScoutDb,
    options: { now?: () => Date; appVersion?: string } = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.appVersion = options.appVersion ?? packageJson.version;
  }

  /** Merges one clip into the library: vendor, new reviews and the clip's history row, all or nothing. */
  async saveCapture(
    capture: Capture,
  ): Promise<{ vendor: Vendor; created: boolean; newReviews: number; changedFields: string[] }> {
    const parsed = captureSchema.safeParse(capture);
    if (!parsed.success) {
      throw new Error(
        `The clip could not be read (${describeIssues(parsed.error.issues).join("; ")}). Reload the page and clip it again.`,
      );
    }
    const clip = parsed.data;
    const domain = clip.vendor.domain;
    if (domain === undefined) {
      throw new Error(
        "This page does not say which website the vendor has, so VendorScout cannot tell which vendor it is. Clip the vendor's own website, or a directory page that links to it.",
      );
    }
    if (clip.vendor.name === undefined) {
      throw new Error(
        "This page does not show the vendor's name, so VendorScout did not save it. Select the vendor's name on the page and clip the selection, or clip the vendor's own website.",
      );
    }
    return this.writing(() =>
      this.db.transaction("rw", this.db.vendors, this.db.reviewGroups, this.db.clips, async () => {
        const existing = await this.db.vendors.where("domain").equals(domain).first();
        const newVendorId = existing?.id ?? (await this.freeVendorId(vendorIdForDomain(domain)));
        const merged = mergeVendorClip(existing, clip, { now: this.now(), newVendorId });
        await this.db.vendors.put(merged.vendor);
        const fresh = await this.addReviews(merged.vendor.id, merged.reviews);
        await this.db.clips.add({
          vendorId: merged.vendor.id,
          url: clip.url,
          capturedAt: clip.capturedAt,
          capture: clip,
        } as ClipRecord);
        return {
          vendor: merged.vendor,
          created: existing === undefined,
          newReviews: fresh.length,
          changedFields: merged.changedFields,
        };
      }),
    );
  }

  /** Stores text the owner selected on a page as a review of the vendor (once, however often saved). */
  async saveSelectionAsReview(vendorId: string, review: ReviewCandidate): Promise<Review> {
    const candidate = reviewCandidateSchema.safeParse(review);
    if (!candidate.success) {
      throw new Error(
        `The selected review could not be saved (${describeIssues(candidate.error.issues).join("; ")}). Select the review text again and retry.`,
      );
    }
    return this.writing(() =>
      this.db.transaction("rw", this.db.vendors, this.db.reviewGroups, async () => {
        await this.requireVendor(vendorId);
        const id = reviewId(vendorId, candidate.data);
        const existing = (await this.listReviews(vendorId)).find((stored) => stored.id === id);
        if (existing !== undefined) return existing;
        const checked = reviewSchema.safeParse({
          ...candidate.data,
          id,
          vendorId,
          capturedAt: this.now().toISOString(),
        });
        if (!checked.success) {
          throw new Error(
            `The selected review could not be saved (${describeIssues(checked.error.issues).join("; ")}). Check its rating and retry.`,
          );
        }
        await this.addReviews(vendorId, [checked.data]);
        return checked.data;
      }),
    );
  }

  /** Appends selected text to the vendor's notes with where and when it was found. */
  async saveSelectionAsNote(vendorId: string, text: string, url: string): Promise<Vendor> {
    const quote = text.trim();
    if (quote === "") throw new Error("The selection is empty. Select some text on the page and try again.");
    if (!httpUrlSchema.safeParse(url).success) {
      throw new Error(
        "Notes can only be clipped from web pages (http or https). Open the page in a tab and try again.",
      );
    }
    return this.writing(() =>
      this.db.transaction("rw", this.db.vendors, async () => {
        const vendor = await this.requireVendor(vendorId);
        const now = this.now();
        const entry = `${quote}\n— ${url} (${now.toISOString().slice(0, 10)})`;
        const notes = vendor.notes.trim() === "" ? entry : `${vendor.notes}\n\n${entry}`;
        if (notes.length > 20_000) {
          throw new Error(
            "The vendor's notes would be longer than 20,000 characters. Shorten the notes or select less text, then try again.",
          );
        }
        const updated = applyOwnerEdit(vendor, { notes }, now);
        await this.db.vendors.put(updated);
        return updated;
      }),
    );
  }

  findVendorByDomain(domain: string): Promise<Vendor | undefined> {
    return this.db.vendors.where("domain").equals(domain.trim().toLowerCase()).first();
  }

  /**
   * One page of vendors matching every given filter, sorted by name (then id), and how many match.
   *
   * A filter is answered from the search index's few records (status, function, tag, the search
   * words: a word matches vendors having a word that starts with it) and the evaluation's vendor
   * list; the index's entries carry the names, so the matches are sorted there too. Only the page's
   * vendors are read: a search of 10,000 vendors reads 50 vendor records, not 10,000. With no filter,
   * the page comes from the name index.
   */
  async searchVendors(
    filter: VendorSearchFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; vendors: Vendor[] }> {
    checkWindow(offset, limit);
    const tag = filter.tag?.trim();
    const query: SearchQuery = {
      words: queryWords(filter.text ?? ""),
      ...(filter.status === undefined ? {} : { status: filter.status }),
      ...(filter.function === undefined ? {} : { function: filter.function }),
      ...(tag ? { tag } : {}),
    };
    return this.db.transaction("r", this.db.vendors, this.db.searchIndex, this.db.evaluations, async () => {
      const filtered =
        filter.evaluationId !== undefined ||
        query.words.length > 0 ||
        query.status !== undefined ||
        query.function !== undefined ||
        query.tag !== undefined;
      if (!filtered) {
        const [total, vendors] = await Promise.all([
          this.db.vendors.count(),
          this.db.vendors.orderBy("name").offset(offset).limit(limit).toArray(),
        ]);
        return { total, vendors };
      }
      const [within, buckets] = await Promise.all([
        filter.evaluationId === undefined
          ? undefined
          : this.requireEvaluation(filter.evaluationId).then((evaluation) => new Set(evaluation.vendorIds)),
        this.searchIndex.buckets(this.db.searchIndex),
      ]);
      // An evaluation may name a vendor deleted since: it has no entry, so it drops out here.
      const matches = searchMatches(buckets, query, within);
      const page = matches.slice(offset, offset + limit).map((match) => match.id);
      const vendors = (await this.db.vendors.bulkGet(page)).filter(isPresent);
      return { total: matches.length, vendors };
    });
  }

  /**
   * Reads the search index into this library's copy of it, so the first filtered search does not
   * wait for the whole index (about 2 MB for 10,000 vendors; BENCHMARKS.md,
   * library.search_10k_first_ms). Later searches read only what changed since, as after any search.
   */
  async prepareSearch(): Promise<void> {
    await this.db.transaction("r", this.db.searchIndex, () => this.searchIndex.buckets(this.db.searchIndex));
  }

  /** Every tag a vendor of the library has, once each as written, in code-unit order. */
  async listTags(): Promise<string[]> {
    return (await this.db.vendors.orderBy("tags").uniqueKeys()).map(String);
  }

  /** The first `limit` vendors by name (then id), as the unfiltered search's first page, without a count. */
  async firstVendors(limit: number): Promise<Vendor[]> {
    checkWindow(0, limit);
    return this.db.vendors.orderBy("name").limit(limit).toArray();
  }

  /** The vendors the owner clipped or changed last, newest first: the review submenu's choices. */
  async recentVendors(limit: number): Promise<Array<{ id: string; name: string }>> {
    const vendors = await this.db.vendors.orderBy("updatedAt").reverse().limit(limit).toArray();
    return vendors.map((vendor) => ({ id: vendor.id, name: vendor.name }));
  }

  getVendor(id: string): Promise<Vendor | undefined> {
    return this.db.vendors.get(id);
  }

  /** The owner's edit: captured fields the owner changes are never overwritten by later clips or imports. */
  updateVendor(id: string, patch: VendorOwnerPatch): Promise<Vendor> {
    return this.writing(() =>
      this.db.transaction("rw", this.db.vendors, async () => {
        const vendor = await this.requireVendor(id);
        const updated = applyOwnerEdit(vendor, patch, this.now());
        if (updated !== vendor) await this.db.vendors.put(updated);
        return updated;
      }),
    );
  }

  /** Sets (1-5) or clears (null) the owner's rating of a vendor on one criterion. */
  rateVendor(id: string, criterionId: string, rating: number | null): Promise<Vendor> {
    if (rating !== null && !(Number.isFinite(rating) && rating >= 1 && rating <= 5)) {
      return Promise.reject(
        new Error(`A rating must be between 1 and 5 (got ${rating}). Pick 1 to 5 stars.`),
      );
    }
    return this.writing(() =>
      this.db.transaction("rw", this.db.vendors, async () => {
        const vendor = await this.requireVendor(id);
        const criterionRatings = withOwnValue(vendor.criterionRatings, criterionId, rating ?? undefined);
        const updated = applyOwnerEdit(vendor, { criterionRatings }, this.now());
        if (updated !== vendor) await this.db.vendors.put(updated);
        return updated;
      }),
    );
  }

  /** Deletes a vendor with its reviews and clip history, and takes it out of every evaluation. */
  /**
   * Deletes a vendor with its reviews and clip history and takes it out of every evaluation; returns
   * what it took, which `restoreDeletedVendor` puts back (the side panel's undo bar). Undefined when
   * there was no such vendor.
   */
  deleteVendor(id: string): Promise<DeletedVendor | undefined> {
    return this.writing(() =>
      this.db.transaction(
        "rw",
        [this.db.vendors, this.db.reviewGroups, this.db.clips, this.db.evaluations],
        async () => {
          const vendor = await this.db.vendors.get(id);
          if (vendor === undefined) return undefined;
          const reviewGroup = await this.db.reviewGroups.get(id);
          const clips = await this.db.clips.where("vendorId").equals(id).toArray();
          const evaluationIds: string[] = [];
          await this.db.reviewGroups.delete(id);
          await this.db.clips.where("vendorId").equals(id).delete();
          const now = this.now().toISOString();
          await this.db.evaluations
            .filter((evaluation) => evaluation.vendorIds.includes(id))
            .modify((evaluation) => {
              evaluationIds.push(evaluation.id);
              evaluation.vendorIds = evaluation.vendorIds.filter((vendorId) => vendorId !== id);
              evaluation.updatedAt = now;
            });
          await this.db.vendors.delete(id);
          return { vendor, reviewGroup, clips, evaluationIds };
        },
      ),
    );
  }

  /**
   * Puts back what `deleteVendor` took: the vendor, its reviews and clips, and its place in the
   * evaluations that still exist. Refused when a vendor with its id or domain has been added since.
   */
  restoreDeletedVendor(deleted: DeletedVendor): Promise<void> {
    return this.writing(() =>
      this.db.transaction(
        "rw",
        [this.db.vendors, this.db.reviewGroups, this.db.clips, this.db.evaluations],
        async () => {
          const { vendor } = deleted;
          const taken =
            (await this.db.vendors.get(vendor.id)) ??
            (vendor.domain === undefined
              ? undefined
              : await this.db.vendors.where("domain").equals(vendor.domain).first());
          if (taken !== undefined) {
            throw new Error(
              `${vendor.name} cannot be put back: "${taken.name}" has its place in the library now. Clip the vendor again instead.`,
            );
          }
          await this.db.vendors.add(vendor);
          if (deleted.reviewGroup !== undefined) await this.db.reviewGroups.put(deleted.reviewGroup);
          if (deleted.clips.length > 0) await this.db.clips.bulkPut(deleted.clips);
          const now = this.now().toISOString();
          await this.db.evaluations
            .where("id")
            .anyOf(deleted.evaluationIds)
            .modify((evaluation) => {
              if (evaluation.vendorIds.includes(vendor.id)) return;
              evaluation.vendorIds = [...evaluation.vendorIds, vendor.id];
              evaluation.updatedAt = now;
            });
        },
      ),
    );
  }

  /** The vendor's reviews, sorted by id. */
  async listReviews(vendorId: string): Promise<Review[]> {
    return (await this.db.reviewGroups.get(vendorId))?.reviews ?? [];
  }

  /** How many reviews the library holds in all. */
  async countReviews(): Promise<number> {
    let count = 0;
    await this.db.reviewGroups.each((group) => {
      count += group.reviews.length;
    });
    return count;
  }

  /** Every clip of the vendor, oldest first, each with its URL, time and the raw capture. */
  async clipHistory(vendorId: string): Promise<ClipRecord[]> {
    const clips = await this.db.clips.where("vendorId").equals(vendorId).toArray();
    return clips.sort((a, b) => a.id - b.id);
  }

  async listEvaluations(): Promise<Evaluation[]> {
    const evaluations = await this.db.evaluations.toArray();
    return evaluations.sort(byNameThenId);
  }

  getEvaluation(id: string): Promise<Evaluation | undefined> {
    return this.db.evaluations.get(id);
  }

  /** Creates or replaces an evaluation; vendor ids not in the library are dropped, duplicates once. */
  saveEvaluation(input: EvaluationDraft): Promise<Evaluation> {
    const now = this.now().toISOString();
    const parsed = evaluationSchema.safeParse({
      ...input,
      createdAt: input.createdAt ?? now,
      updatedAt: now,
    });
    if (!parsed.success) {
      return Promise.reject(
        new Error(
          `The evaluation could not be saved: ${describeIssues(parsed.error.issues).join("; ")}. Correct it and save again.`,
        ),
      );
    }
    return this.writing(() =>
      this.db.transaction("rw", this.db.vendors, this.db.evaluations, async () => {
        const existing = await this.db.evaluations.get(parsed.data.id);
        const vendorIds = await this.existingVendorIds(parsed.data.vendorIds);
        const evaluation: Evaluation = {
          ...parsed.data,
          vendorIds,
          createdAt: existing?.createdAt ?? parsed.data.createdAt,
        };
        await this.db.evaluations.put(evaluation);
        return evaluation;
      }),
    );
  }

  deleteEvaluation(id: string): Promise<void> {
    return this.writing(() => this.db.evaluations.delete(id));
  }

  addToEvaluation(evaluationId: string, vendorIds: string[]): Promise<Evaluation> {
    return this.changeEvaluationVendors(evaluationId, async (current) => [
      ...current,
      ...(await this.existingVendorIds(vendorIds)),
    ]);
  }

  removeFromEvaluation(evaluationId: string, vendorIds: string[]): Promise<Evaluation> {
    const removed = new Set(vendorIds);
    return this.changeEvaluationVendors(evaluationId, async (current) =>
      current.filter((id) => !removed.has(id)),
    );
  }

  /** Read-only keyset paging for the Excel bridge: vendors by id after `cursor`. */
  async pageVendors(
    evaluationId: string | null,
    cursor: string | null,
    pageSize: number,
  ): Promise<{ vendors: Vendor[]; nextCursor: string | null }> {
    checkWindow(0, pageSize);
    return this.db.transaction("r", this.db.vendors, this.db.evaluations, async () => {
      let vendors: Vendor[];
      if (evaluationId !== null) {
        const evaluation = await this.requireEvaluation(evaluationId);
        const ids = [...new Set(evaluation.vendorIds)].sort().filter((id) => cursor === null || id > cursor);
        // An id whose vendor is gone is skipped, and the page still fills from the ids after it: a short
        // page would end the pull early (issue 19, finding 7).
        vendors = [];
        for (let start = 0; start < ids.length && vendors.length <= pageSize; start += pageSize + 1) {
          const found = (await this.db.vendors.bulkGet(ids.slice(start, start + pageSize + 1))).filter(
            isPresent,
          );
          vendors.push(...found.slice(0, pageSize + 1 - vendors.length));
        }
      } else {
        const range =
          cursor === null ? this.db.vendors.orderBy(":id") : this.db.vendors.where(":id").above(cursor);
        vendors = await range.limit(pageSize + 1).toArray();
      }
      return pageOf(vendors, pageSize);
    });
  }

  /**
   * Read-only keyset paging for the Excel bridge: the vendors' reviews, ordered by vendor id and then
   * review id. The cursor is "<vendor id>/<review id>" of the page's last review (ids never hold "/").
   */
  async pageReviews(
    vendorIds: string[],
    cursor: string | null,
    pageSize: number,
  ): Promise<{ reviews: Review[]; nextCursor: string | null }> {
    checkWindow(0, pageSize);
    const after = cursor === null ? null : readReviewCursor(cursor);
    const ids = [...new Set(vendorIds)].sort().filter((id) => after === null || id >= after.vendorId);
    if (ids.length === 0) return { reviews: [], nextCursor: null };
    return this.db.transaction("r", this.db.reviewGroups, async () => {
      const reviews: Review[] = [];
      for (let start = 0; start < ids.length && reviews.length <= pageSize; start += REVIEW_GROUPS_PER_READ) {
        const groups = await this.db.reviewGroups.bulkGet(ids.slice(start, start + REVIEW_GROUPS_PER_READ));
        for (const group of groups) {
          if (group === undefined) continue;
          for (const review of group.reviews) {
            if (after !== null && group.vendorId === after.vendorId && review.id <= after.reviewId) continue;
            reviews.push(review);
          }
        }
      }
      const page = reviews.slice(0, pageSize);
      const last = page[page.length - 1];
      return {
        reviews: page,
        nextCursor: reviews.length > pageSize && last !== undefined ? `${last.vendorId}/${last.id}` : null,
      };
    });
  }

  /** The whole library, or one evaluation with only its vendors and their reviews, as a checked pack. */
  async exportPack(options: { evaluationId?: string } = {}): Promise<VendorPack> {
    const { vendors, reviews, evaluations } = await this.db.transaction(
      "r",
      this.db.vendors,
      this.db.reviewGroups,
      this.db.evaluations,
      async () => {
        if (options.evaluationId === undefined) {
          const [vendors, groups, evaluations] = await Promise.all([
            this.db.vendors.toArray(),
            this.db.reviewGroups.toArray(),
            this.db.evaluations.toArray(),
          ]);
          return { vendors, reviews: reviewsOf(groups), evaluations };
        }
        const evaluation = await this.requireEvaluation(options.evaluationId);
        const ids = [...new Set(evaluation.vendorIds)].sort();
        const vendors = (await this.db.vendors.bulkGet(ids)).filter(isPresent);
        const groups = await this.db.reviewGroups.bulkGet(ids);
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
      appVersion: this.appVersion,
      exportedAt: this.now(),
    });
  }

  /** What importing the pack would do; writes nothing. */
  async previewImport(text: string): Promise<ImportPreview> {
    const parsed = readPackText(text);
    const kept = parsed.ok ? { text, pack: parsed } : undefined;
    this.previewed = kept;
    if (!parsed.ok) return parsed;
    try {
      const plan = await this.db.transaction(
        "r",
        this.db.vendors,
        this.db.reviewGroups,
        this.db.evaluations,
        () => this.planImport(parsed.pack),
      );
      return withMigration(plan.preview, parsed.migratedFrom);
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
    const parsed = this.previewed?.text === text ? this.previewed.pack : readPackText(text);
    // Held no longer than one commit: a pack of thousands of vendors is tens of megabytes.
    this.previewed = undefined;
    if (!parsed.ok) return parsed;
    try {
      const preview = await this.db.transaction(
        "rw",
        [this.db.vendors, this.db.reviewGroups, this.db.evaluations, this.db.settings],
        async () => {
          const plan = await this.planImport(parsed.pack);
          await this.db.vendors.bulkPut(plan.vendors);
          await this.db.reviewGroups.bulkPut(plan.reviewGroups);
          await this.db.evaluations.bulkPut(plan.evaluations);
          // Only the latest import can be undone: one step back, not a history.
          await this.db.settings.put({ key: IMPORT_UNDO_KEY, value: plan.undo });
          return plan.preview;
        },
      );
      return withMigration(preview, parsed.migratedFrom);
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

  /** The latest import that can still be undone, in words for the side panel; undefined when none. */
  async lastImport(): Promise<{ at: string; summary: string } | undefined> {
    const undo = readImportUndo((await this.db.settings.get(IMPORT_UNDO_KEY))?.value);
    return undo === undefined ? undefined : { at: undo.at, summary: undo.summary };
  }

  /**
   * Undoes the latest import in one transaction: the vendors, reviews and evaluations it added are
   * removed and those it changed go back to how they were. Refused, changing nothing, when a record the
   * import wrote has changed since (a clip or an edit): undoing would lose that change.
   */
  async undoLastImport(): Promise<{ ok: true; message: string } | { ok: false; error: string }> {
    return this.writing(() =>
      this.db.transaction(
        "rw",
        [this.db.vendors, this.db.reviewGroups, this.db.evaluations, this.db.clips, this.db.settings],
        async () => {
          const undo = readImportUndo((await this.db.settings.get(IMPORT_UNDO_KEY))?.value);
          if (undo === undefined) {
            return {
              ok: false as const,
              error: "There is no import to undo: it was undone already, or the library was cleared.",
            };
          }
          const vendorIds = Object.keys(undo.vendorsWritten);
          const current = await this.db.vendors.bulkGet(vendorIds);
          // Deleted since counts as changed: an undo would bring the vendor back.
          const changedSince = vendorIds.flatMap((id, index) => {
            const vendor = current[index];
            return vendor?.updatedAt === undo.vendorsWritten[id] ? [] : [vendor ?? { name: id }];
          });
          const evaluations = await this.db.evaluations.bulkGet(Object.keys(undo.evaluationsWritten));
          const evaluationsChanged = evaluations.filter(
            (evaluation) =>
              evaluation !== undefined && evaluation.updatedAt !== undo.evaluationsWritten[evaluation.id],
          );
          if (changedSince.length > 0 || evaluationsChanged.length > 0) {
            const names = [...changedSince.map((v) => v.name), ...evaluationsChanged.map((e) => e?.name)];
            return {
              ok: false as const,
              error: `The import cannot be undone: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""} changed since it. Undoing would lose those changes; edit or delete those vendors by hand instead.`,
            };
          }
          await this.db.vendors.bulkDelete(undo.addedVendorIds);
          await this.db.clips.where("vendorId").anyOf(undo.addedVendorIds).delete();
          await this.db.vendors.bulkPut(undo.vendorsBefore);
          await this.db.reviewGroups.bulkDelete(undo.addedGroupIds);
          await this.db.reviewGroups.bulkPut(undo.groupsBefore);
          await this.db.evaluations.bulkDelete(undo.addedEvaluationIds);
          await this.db.evaluations.bulkPut(undo.evaluationsBefore);
          await this.db.settings.delete(IMPORT_UNDO_KEY);
          return {
            ok: true as const,
            message: `Undid the import of ${undo.at.slice(0, 16).replace("T", " ")} (${undo.summary}).`,
          };
        },
      ),
    );
  }

  /**
   * Lets go of the pack the latest preview checked: the owner left that preview without importing,
   * and a large pack is tens of megabytes.
   */
  discardImportPreview(): void {
    this.previewed = undefined;
  }

  /** Removes every vendor, review, evaluation and clip, and the import undo (other settings stay). */
  clearLibrary(): Promise<void> {
    return this.writing(() =>
      this.db.transaction(
        "rw",
        [this.db.vendors, this.db.reviewGroups, this.db.evaluations, this.db.clips, this.db.settings],
        async () => {
          await Promise.all([
            this.db.vendors.clear(),
            this.db.reviewGroups.clear(),
            this.db.evaluations.clear(),
            this.db.clips.clear(),
            this.db.settings.delete(IMPORT_UNDO_KEY),
          ]);
        },
      ),
    );
  }

  /** Must run inside a transaction over vendors, review groups and evaluations; reads only. */
  private async planImport(pack: VendorPack): Promise<{
    preview: Extract<ImportPreview, { ok: true }>;
    vendors: Vendor[];
    reviewGroups: ReviewGroup[];
    evaluations: Evaluation[];
    undo: ImportUndo;
  }> {
    const now = this.now();
    const rejected: { id?: string; reason: string }[] = [];
    // One getAllKeys request, then records only for ids the library has: bulkGet issues one request
    // per key, which dominated the import time in Chromium (10,000 vendors + 50,000 reviews).
    const storedVendorIds = new Set((await this.db.vendors.toCollection().primaryKeys()) as string[]);
    const known = pack.vendors.filter((vendor) => storedVendorIds.has(vendor.id));
    const knownById = new Map(
      (await this.db.vendors.bulkGet(known.map((vendor) => vendor.id))).flatMap((vendor) =>
        vendor === undefined ? [] : [[vendor.id, vendor] as const],
      ),
    );
    const byId = pack.vendors.map((vendor) => knownById.get(vendor.id));
    const domainOwners = await this.domainOwners(
      pack.vendors.flatMap((vendor, index) =>
        vendor.domain !== undefined && byId[index]?.domain !== vendor.domain ? [vendor.domain] : [],
      ),
    );
    for (const vendor of byId) if (vendor?.domain !== undefined) domainOwners.set(vendor.domain, vendor);

    const idMap = new Map<string, string>();
    const vendorsToPut: Vendor[] = [];
    const vendorsBefore: Vendor[] = [];
    const changes: VendorImportChanges[] = [];
    const domainsTaken = new Map<string, string>();
    let newVendors = 0;
    let updatedVendors = 0;
    let unchangedVendors = 0;
    pack.vendors.forEach((incoming, index) => {
      const match =
        byId[index] ?? (incoming.domain === undefined ? undefined : domainOwners.get(incoming.domain));
      const candidate =
        match === undefined
          ? asImportedVendor(incoming, now)
          : mergeImportedVendor(match, { ...incoming, id: match.id }, now);
      const vendor = "vendor" in candidate ? candidate.vendor : candidate;
      const domain = vendor.domain;
      if (domain !== undefined) {
        const libraryOwner = domainOwners.get(domain)?.id ?? vendor.id;
        const packOwner = domainsTaken.get(domain) ?? vendor.id;
        if (libraryOwner !== vendor.id || packOwner !== vendor.id) {
          rejected.push({
            id: incoming.id,
            reason: `Vendor "${incoming.name}" has the website domain ${domain}, which another vendor in the library or the pack already has; it was not imported. Merge the two by hand if they are the same vendor.`,
          });
          return;
        }
        domainsTaken.set(domain, vendor.id);
      }
      idMap.set(incoming.id, vendor.id);
      if (match === undefined) {
        newVendors += 1;
        vendorsToPut.push(vendor);
      } else if ("changed" in candidate && candidate.changed) {
        updatedVendors += 1;
        vendorsToPut.push(vendor);
        vendorsBefore.push(match);
        if (changes.length < IMPORT_CHANGES_LISTED) {
          changes.push({
            vendorId: vendor.id,
            name: match.name,
            fields: describeVendorChanges(match, vendor),
          });
        }
      } else {
        unchangedVendors += 1;
      }
    });

    const reviewsById = new Map<string, Review>();
    for (const review of pack.reviews) {
      const vendorId = idMap.get(review.vendorId);
      if (vendorId === undefined) continue; // its vendor was rejected, said above
      const mapped =
        vendorId === review.vendorId ? review : { ...review, vendorId, id: reviewId(vendorId, review) };
      if (!reviewsById.has(mapped.id)) reviewsById.set(mapped.id, mapped);
    }
    // As with vendors: one request for the keys, then groups only for vendors that have some.
    const incomingGroups = groupReviews([...reviewsById.values()]);
    const storedGroupIds = new Set((await this.db.reviewGroups.toCollection().primaryKeys()) as string[]);
    const storedGroups = new Map(
      (
        await this.db.reviewGroups.bulkGet(
          incomingGroups.flatMap((group) => (storedGroupIds.has(group.vendorId) ? [group.vendorId] : [])),
        )
      ).flatMap((group) => (group === undefined ? [] : [[group.vendorId, group] as const])),
    );
    let newReviews = 0;
    const reviewGroups: ReviewGroup[] = [];
    const groupsBefore: ReviewGroup[] = [];
    const addedGroupIds: string[] = [];
    for (const incoming of incomingGroups) {
      const stored = storedGroups.get(incoming.vendorId);
      const added = withNewReviews(stored?.reviews ?? [], incoming.reviews);
      if (added.fresh.length === 0) continue;
      newReviews += added.fresh.length;
      reviewGroups.push({ vendorId: incoming.vendorId, reviews: added.reviews });
      if (stored === undefined) addedGroupIds.push(incoming.vendorId);
      else groupsBefore.push(stored);
    }

    const storedEvaluations = await this.db.evaluations.bulkGet(
      pack.evaluations.map((evaluation) => evaluation.id),
    );
    const evaluations: Evaluation[] = [];
    const evaluationsBefore: Evaluation[] = [];
    const addedEvaluationIds: string[] = [];
    pack.evaluations.forEach((incoming, index) => {
      const mappedIds = incoming.vendorIds.flatMap((id) => {
        const mapped = idMap.get(id);
        return mapped === undefined ? [] : [mapped];
      });
      const stored = storedEvaluations[index];
      if (stored === undefined) {
        evaluations.push({ ...incoming, vendorIds: [...new Set(mappedIds)] });
        addedEvaluationIds.push(incoming.id);
        return;
      }
      // The library's own criteria and weights are the owner's: only the vendor list is united.
      const vendorIds = [...new Set([...stored.vendorIds, ...mappedIds])].slice(0, 10_000);
      if (!sameValue(vendorIds, stored.vendorIds)) {
        evaluations.push({ ...stored, vendorIds, updatedAt: now.toISOString() });
        evaluationsBefore.push(stored);
      }
    });
    const preview = {
      ok: true as const,
      newVendors,
      updatedVendors,
      unchangedVendors,
      newReviews,
      evaluations: evaluations.length,
      rejected,
      changes,
    };

    const updatedIds = new Set(vendorsBefore.map((vendor) => vendor.id));
    return {
      preview,
      vendors: vendorsToPut,
      reviewGroups,
      evaluations,
      undo: {
        at: now.toISOString(),
        summary: `${newVendors} new vendor${newVendors === 1 ? "" : "s"}, ${updatedVendors} updated, ${newReviews} new review${newReviews === 1 ? "" : "s"}`,
        vendorsBefore,
        addedVendorIds: vendorsToPut
          .filter((vendor) => !updatedIds.has(vendor.id))
          .map((vendor) => vendor.id),
        vendorsWritten: Object.fromEntries(vendorsToPut.map((vendor) => [vendor.id, vendor.updatedAt])),
        groupsBefore,
        addedGroupIds,
        evaluationsBefore,
        addedEvaluationIds,
        evaluationsWritten: Object.fromEntries(
          evaluations.map((evaluation) => [evaluation.id, evaluation.updatedAt]),
        ),
      },
    };
  }

  /**
   * Library vendors owning any of these domains. Reads the domain index's keys in one pass rather than
   * `anyOf(domains)`, whose cursor jumps cost one request per domain (quadratic in fake-indexeddb).
   */
  private async domainOwners(domains: readonly string[]): Promise<Map<string, Vendor>> {
    const owners = new Map<string, Vendor>();
    if (domains.length === 0) return owners;
    const index = this.db.vendors.orderBy("domain");
    const [keys, ids] = await Promise.all([index.keys(), index.primaryKeys()]);
    const idByDomain = new Map(keys.map((key, position) => [String(key), ids[position] as string]));
    const wanted = [...new Set(domains)].flatMap((domain) => {
      const id = idByDomain.get(domain);
      return id === undefined ? [] : [id];
    });
    for (const vendor of await this.db.vendors.bulkGet(wanted)) {
      if (vendor?.domain !== undefined) owners.set(vendor.domain, vendor);
    }
    return owners;
  }

  private async changeEvaluationVendors(
    evaluationId: string,
    change: (current: string[]) => Promise<string[]>,
  ): Promise<Evaluation> {
    return this.writing(() =>
      this.db.transaction("rw", this.db.vendors, this.db.evaluations, async () => {
        const evaluation = await this.requireEvaluation(evaluationId);
        const vendorIds = [...new Set(await change(evaluation.vendorIds))];
        if (vendorIds.length > 10_000) {
          throw new Error("An evaluation can compare at most 10,000 vendors. Remove some vendors first.");
        }
        if (sameValue(vendorIds, evaluation.vendorIds)) return evaluation;
        const updated = { ...evaluation, vendorIds, updatedAt: this.now().toISOString() };
        await this.db.evaluations.put(updated);
        return updated;
      }),
    );
  }

  /** Adds the reviews the vendor does not have yet (by id); returns those it added. */
  private async addReviews(vendorId: string, reviews: readonly Review[]): Promise<Review[]> {
    if (reviews.length === 0) return [];
    const added = withNewReviews(await this.listReviews(vendorId), reviews);
    if (added.fresh.length > 0) await this.db.reviewGroups.put({ vendorId, reviews: added.reviews });
    return added.fresh;
  }

  private async existingVendorIds(ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await this.db.vendors.bulkGet(unique);
    return unique.filter((_, index) => found[index] !== undefined);
  }

  private async requireVendor(id: string): Promise<Vendor> {
    const vendor = await this.db.vendors.get(id);
    if (vendor === undefined) {
      throw new Error(
        `There is no vendor "${id}" in the library (it may have been deleted). Reload the list and try again.`,
      );
    }
    return vendor;
  }

  private async requireEvaluation(id: string): Promise<Evaluation> {
    const evaluation = await this.db.evaluations.get(id);
    if (evaluation === undefined) {
      throw new Error(
        `There is no evaluation "${id}" in the library (it may have been deleted). Reload the list and pick another.`,
      );
    }
    return evaluation;
  }

  /** Turns a full-storage failure into the sentence the owner can act on; other errors pass through. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isQuotaExceeded(error)) throw new Error(STORAGE_FULL_MESSAGE, { cause: error });
      throw error;
    }
  }

  /** The domain's id, or a numbered variant when a record from an older version already uses it. */
  private async freeVendorId(base: string): Promise<string> {
    if ((await this.db.vendors.get(base)) === undefined) return base;
    for (let n = 2; ; n++) {
      const id = `${base}:${n}`;
      if ((await this.db.vendors.get(id)) === undefined) return id;
    }
  }
}

/** The pack check every path shares (parseVendorPack: size, nesting depth, forbidden keys, schema). */
function readPackText(text: string): VendorPackResult {
  return parseVendorPack(text);
}

/** The stored undo record, or undefined when there is none or it is not one this version wrote. */
function readImportUndo(value: unknown): ImportUndo | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const undo = value as Partial<ImportUndo>;
  const arrays = [undo.vendorsBefore, undo.addedVendorIds, undo.groupsBefore, undo.addedGroupIds];
  const more = [undo.evaluationsBefore, undo.addedEvaluationIds];
  if (![...arrays, ...more].every(Array.isArray)) return undefined;
  if (typeof undo.at !== "string" || typeof undo.summary !== "string") return undefined;
  if (typeof undo.vendorsWritten !== "object" || typeof undo.evaluationsWritten !== "object")
    return undefined;
  return undo as ImportUndo;
}

function withMigration(
  preview: Extract<ImportPreview, { ok: true }>,
  migratedFrom: number | undefined,
): ImportPreview {
  return migratedFrom === undefined ? preview : { ...preview, migratedFrom };
}

/** The stored reviews plus the incoming ones whose ids are new (sorted by id), and those new ones. */
function withNewReviews(
  stored: readonly Review[],
  incoming: readonly Review[],
): { reviews: Review[]; fresh: Review[] } {
  const ids = new Set(stored.map((review) => review.id));
  const fresh: Review[] = [];
  for (const review of incoming) {
    if (ids.has(review.id)) continue;
    ids.add(review.id);
    fresh.push(review);
  }
  return { reviews: [...stored, ...fresh].sort(byId), fresh };
}

/** Every review of the groups, sorted by id, as packs list them. */
function reviewsOf(groups: readonly (ReviewGroup | undefined)[]): Review[] {
  return groups.flatMap((group) => group?.reviews ?? []).sort(byId);
}

/** The position a bridge cursor names, or a sentence saying the cursor is not one the library gave. */
function readReviewCursor(cursor: string): { vendorId: string; reviewId: string } {
  const slash = cursor.indexOf("/");
  if (slash <= 0 || slash === cursor.length - 1) {
    throw new Error(
      `The reviews cursor "${cursor.slice(0, 80)}" is not one the library gave out. Start the pull again from the first page.`,
    );
  }
  return { vendorId: cursor.slice(0, slash), reviewId: cursor.slice(slash + 1) };
}

function pageOf<T extends { id: string }>(
  records: T[],
  pageSize: number,
): { vendors: T[]; nextCursor: string | null } {
  const page = records.slice(0, pageSize);
  const last = page[page.length - 1];
  return { vendors: page, nextCursor: records.length > pageSize && last !== undefined ? last.id : null };
}

function checkWindow(offset: number, limit: number): void {
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

function isPresent<T>(value: T | undefined): value is T {
  return value !== undefined;
}
