/**
 * One job: finding vendors in the library: the side panel's filtered and paged list, its first page,
 * the tags, the recent vendors, and a vendor by id or domain. Reads only.
 */
import { narrowsList, searchQueryOf, type VendorFilter } from "../../shared/library/vendor-filter";
import type { Vendor } from "../../shared/schema/vendor";
import { checkWindow, isPresent, type LibraryStore } from "./library-store";
import { SearchIndexCache, searchMatches } from "./search-index";

export class LibrarySearch {
  private readonly searchIndex = new SearchIndexCache();

  constructor(private readonly store: LibraryStore) {}

  findVendorByDomain(domain: string): Promise<Vendor | undefined> {
    return this.store.db.vendors.where("domain").equals(domain.trim().toLowerCase()).first();
  }

  getVendor(id: string): Promise<Vendor | undefined> {
    return this.store.db.vendors.get(id);
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
    filter: VendorFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; vendors: Vendor[] }> {
    checkWindow(offset, limit);
    const query = searchQueryOf(filter);
    const { db } = this.store;
    return db.transaction("r", db.vendors, db.searchIndex, db.evaluations, async () => {
      if (!narrowsList(filter, query)) {
        const [total, vendors] = await Promise.all([
          db.vendors.count(),
          db.vendors.orderBy("name").offset(offset).limit(limit).toArray(),
        ]);
        return { total, vendors };
      }
      const [within, buckets] = await Promise.all([
        filter.evaluationId === undefined
          ? undefined
          : this.store
              .requireEvaluation(filter.evaluationId)
              .then((evaluation) => new Set(evaluation.vendorIds)),
        this.searchIndex.buckets(db.searchIndex),
      ]);
      // An evaluation may name a vendor deleted since: it has no entry, so it drops out here.
      const matches = searchMatches(buckets, query, within);
      const page = matches.slice(offset, offset + limit).map((match) => match.id);
      const vendors = (await db.vendors.bulkGet(page)).filter(isPresent);
      return { total: matches.length, vendors };
    });
  }

  /**
   * Reads the search index into this library's copy of it, so the first filtered search does not
   * wait for the whole index (about 2 MB for 10,000 vendors; BENCHMARKS.md,
   * library.search_10k_first_ms). Later searches read only what changed since, as after any search.
   */
  async prepareSearch(): Promise<void> {
    const { db } = this.store;
    await db.transaction("r", db.searchIndex, () => this.searchIndex.buckets(db.searchIndex));
  }

  /** Every tag a vendor of the library has, once each as written, in code-unit order. */
  async listTags(): Promise<string[]> {
    return (await this.store.db.vendors.orderBy("tags").uniqueKeys()).map(String);
  }

  /** The first `limit` vendors by name (then id), as the unfiltered search's first page, without a count. */
  async firstVendors(limit: number): Promise<Vendor[]> {
    checkWindow(0, limit);
    return this.store.db.vendors.orderBy("name").limit(limit).toArray();
  }

  /** The vendors the owner clipped or changed last, newest first: the review submenu's choices. */
  async recentVendors(limit: number): Promise<Array<{ id: string; name: string }>> {
    const vendors = await this.store.db.vendors.orderBy("updatedAt").reverse().limit(limit).toArray();
    return vendors.map((vendor) => ({ id: vendor.id, name: vendor.name }));
  }
}
