import {
  Button,
  Input,
  makeStyles,
  Select,
  Spinner,
  Text,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { OUTSOURCED_FUNCTIONS, PIPELINE_STATUSES } from "../../shared/schema/common";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { valueLabel } from "../../shared/words/value-labels";
import { JourneySteps } from "./journey-steps";
import type { LibraryPort, VendorFilter } from "./library-port";
import { pagesForRange } from "./vendor-pages";

/** Vendors read per request as the list scrolls; also the first rows the panel reads on opening. */
export const VENDOR_PAGE_SIZE = 50;
const PAGE_SIZE = VENDOR_PAGE_SIZE;
const ROW_HEIGHT = 56;
const ANY = "";
/** Fluent's Dropdown has a 250px minimum; in a narrow side panel two must share a row. */
const FILL = { minWidth: 0, width: "100%" } as const;

/** An enum value as the owner reads it: "due-diligence" -> "Due diligence", "it-support" -> "IT support". */
export const label = valueLabel;

/**
 * The library as a searchable, filterable list. Rows are virtualised and fetched a page at a time
 * through searchVendors, so 10,000 vendors scroll as smoothly as 10.
 */
export function VendorList({
  library,
  evaluations,
  tags,
  version,
  openingVendors,
  onOpen,
  onAddToEvaluation,
}: {
  library: LibraryPort;
  evaluations: Evaluation[];
  tags: string[];
  /** Bumped when the library changed elsewhere (a clip, an import), to refetch. */
  version: number;
  /** The unfiltered list's first page, already read as the panel opened: shown in the first render. */
  openingVendors?: Vendor[];
  onOpen(vendorId: string): void;
  /** Puts a row's vendor in an evaluation; resolves to a sentence saying what happened. */
  onAddToEvaluation?(evaluationId: string, vendor: Vendor): Promise<string>;
}) {
  const [filter, setFilter] = useState<VendorFilter>({});
  const [text, setText] = useState("");
  const [total, setTotal] = useState<number | undefined>();
  /** Rows shown while the library is still being counted (the unfiltered list's first page). */
  const [earlyRows, setEarlyRows] = useState(openingVendors?.length ?? 0);
  /** Taken by the first fetch, which then only counts the library. */
  const opening = useRef(openingVendors);
  const [rows, setRows] = useState<Map<number, Vendor>>(
    () => new Map((openingVendors ?? []).map((vendor, index) => [index, vendor])),
  );
  const [error, setError] = useState<string | undefined>();
  /** The whole library's size, from the last unfiltered count: filters show once there is something to filter. */
  const [libraryCount, setLibraryCount] = useState<number | undefined>(openingVendors?.length);
  const requested = useRef(new Set<number>());
  const generation = useRef(0);
  const scroller = useRef<HTMLDivElement>(null);
  /** The filter the rows on screen were read with; undefined before the first read. */
  const shownFilter = useRef<VendorFilter | undefined>(undefined);
  /** The rows in view at the last render, for a refresh to read again. */
  const visible = useRef({ first: 0, last: -1 });

  // Debounce typing so each keystroke does not query the whole library.
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = text.trim() || undefined;
      // Unchanged text keeps the same filter object: a new one would refetch and reset the list,
      // as it did 200 ms after the panel opened.
      setFilter((current) => (current.text === next ? current : { ...current, text: next }));
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);

  // A tag or evaluation the filter names can disappear (its last vendor untagged, the evaluation
  // deleted). The filter lets go of it, so the select, which shows the filter, and the list agree.
  useEffect(() => {
    setFilter((current) => {
      const tagGone = current.tag !== undefined && !tags.includes(current.tag);
      const evaluationGone =
        current.evaluationId !== undefined && !evaluations.some((e) => e.id === current.evaluationId);
      if (!tagGone && !evaluationGone) return current;
      return {
        ...current,
        tag: tagGone ? undefined : current.tag,
        evaluationId: evaluationGone ? undefined : current.evaluationId,
      };
    });
  }, [tags, evaluations]);

  const fetchPage = useCallback(
    async (page: number, currentGeneration: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const store = (vendors: Vendor[]) =>
        setRows((previous) => {
          const next = new Map(previous);
          vendors.forEach((vendor, index) => {
            next.set(page * PAGE_SIZE + index, vendor);
          });
          return next;
        });
      try {
        if (page === 0 && !Object.values(filter).some(Boolean)) {
          // The whole library's first rows show before it is counted: with 10,000 vendors the count
          // takes longer than reading the 50 rows, and the owner is waiting for rows, not a number.
          // The opening rows are already in the first render's state: storing them again would render
          // every row a second time before the panel's first frame.
          const taken = opening.current;
          opening.current = undefined;
          if (!taken) {
            const vendors = await library.firstVendors(PAGE_SIZE);
            if (currentGeneration !== generation.current) return;
            store(vendors);
            setEarlyRows(vendors.length);
          }
          const count = await library.countVendors();
          if (currentGeneration !== generation.current) return;
          setTotal(count);
          setLibraryCount(count);
          return;
        }
        const result = await library.searchVendors(filter, page * PAGE_SIZE, PAGE_SIZE);
        if (currentGeneration !== generation.current) return;
        setTotal(result.total);
        store(result.vendors);
      } catch (cause) {
        requested.current.delete(page);
        setError(
          `The library could not be read (${(cause as Error).message}). Close and reopen the side panel.`,
        );
      }
    },
    [library, filter],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the refetch trigger after a clip or import.
  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    setError(undefined);
    const refresh = shownFilter.current === filter;
    shownFilter.current = filter;
    if (refresh) {
      // Only the library changed (a clip, an edit, an import): the rows in view and the total stay on
      // screen until they are read again, so the list keeps its length and the owner keeps their place.
      // Rows out of view are dropped and read again when scrolled to.
      // No row in view (the list is behind a vendor's page): the first page stands in.
      const inView = pagesForRange(visible.current.first, visible.current.last, PAGE_SIZE);
      const pages = inView.length > 0 ? inView : [0];
      const from = (pages[0] as number) * PAGE_SIZE;
      const to = ((pages.at(-1) as number) + 1) * PAGE_SIZE;
      setRows((previous) => new Map([...previous].filter(([index]) => index >= from && index < to)));
      for (const page of pages) void fetchPage(page, generation.current);
      return;
    }
    // The opening rows stay on screen while the first fetch counts the library.
    if (opening.current === undefined) {
      setRows(new Map());
      setEarlyRows(0);
    }
    setTotal(undefined);
    void fetchPage(0, generation.current);
  }, [fetchPage, version]);

  // A new search starts at the top; a refresh after an edit keeps the owner's place.
  useEffect(() => {
    if (filter) scroller.current?.scrollTo({ top: 0 });
  }, [filter]);

  const virtualizer = useVirtualizer({
    count: total ?? earlyRows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 5,
    // The list is not laid out yet at the first render: without a size it would render no rows, then
    // measure, then render again. The window's height is a little more than the list gets.
    initialRect: { width: 0, height: globalThis.innerHeight ?? 0 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  visible.current = { first, last };

  useEffect(() => {
    for (const page of pagesForRange(first, last, PAGE_SIZE)) void fetchPage(page, generation.current);
  }, [first, last, fetchPage]);

  // Once the list is on screen and counted, the search index is read ahead (in idle time): the owner's
  // first search or filter then reads only what changed since, not the whole index.
  const searchPrepared = useRef(false);
  useEffect(() => {
    if (total === undefined || searchPrepared.current) return;
    searchPrepared.current = true;
    // Not the owner's concern yet: if the index cannot be read, their first search reads it itself and
    // says what went wrong.
    library.prepareSearch().catch(() => undefined);
  }, [total, library]);

  const set = (key: keyof VendorFilter) => (_: unknown, data: { value: string }) =>
    setFilter((current) => ({ ...current, [key]: data.value || undefined }));

  const [added, setAdded] = useState<string | undefined>();
  const addToEvaluation = useCallback(
    (evaluationId: string, vendor: Vendor) => {
      if (!onAddToEvaluation) return;
      void onAddToEvaluation(evaluationId, vendor).then(setAdded);
    },
    [onAddToEvaluation],
  );
  const filtering = Object.values(filter).some(Boolean) || text.trim() !== "";
  const emptyLibrary = libraryCount === 0 && !filtering;
  // Filters appear once there is something to filter, or while one is set (so it can be cleared).
  const several = (libraryCount ?? 0) > 1;
  const showFunctionStatus = several || Boolean(filter.function || filter.status);
  const showTag = (several && tags.length > 0) || Boolean(filter.tag);
  const showEvaluation = (several && evaluations.length > 0) || Boolean(filter.evaluationId);
  const clearAll = () => {
    setText("");
    setFilter({});
  };

  return (
    <section style={{ display: "flex", flexDirection: "column", gap: 8, minHeight: 0, flex: 1 }}>
      {emptyLibrary ? (
        <JourneySteps title="Your library is empty. Start in three steps:" testId="empty-library" />
      ) : (
        <Input
          aria-label="Search vendors"
          placeholder="Search name, site, description…"
          value={text}
          onChange={(_, data) => setText(data.value)}
          contentAfter={
            text ? (
              <Button
                size="small"
                appearance="transparent"
                aria-label="Clear the search"
                onClick={() => setText("")}
              >
                ×
              </Button>
            ) : undefined
          }
        />
      )}
      {showFunctionStatus || showTag || showEvaluation ? (
        <div
          style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: 4 }}
        >
          {showFunctionStatus ? (
            <>
              <Select
                style={FILL}
                aria-label="Function"
                value={filter.function ?? ANY}
                onChange={set("function")}
              >
                <option value={ANY}>Any function</option>
                {OUTSOURCED_FUNCTIONS.map((fn) => (
                  <option key={fn} value={fn}>
                    {label(fn)}
                  </option>
                ))}
              </Select>
              <Select style={FILL} aria-label="Status" value={filter.status ?? ANY} onChange={set("status")}>
                <option value={ANY}>Any status</option>
                {PIPELINE_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {label(status)}
                  </option>
                ))}
              </Select>
            </>
          ) : null}
          {showTag ? (
            <Select style={FILL} aria-label="Tag" value={filter.tag ?? ANY} onChange={set("tag")}>
              <option value={ANY}>Any tag</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </Select>
          ) : null}
          {showEvaluation ? (
            <Select
              style={FILL}
              aria-label="Evaluation"
              value={filter.evaluationId ?? ANY}
              onChange={set("evaluationId")}
            >
              <option value={ANY}>Any evaluation</option>
              {evaluations.map((evaluation) => (
                <option key={evaluation.id} value={evaluation.id}>
                  {evaluation.name}
                </option>
              ))}
            </Select>
          ) : null}
        </div>
      ) : null}
      {error ? <Text role="alert">{error}</Text> : null}
      {total === undefined && earlyRows === 0 && !emptyLibrary ? (
        <Spinner size="tiny" label="Loading the library…" />
      ) : null}
      {total === 0 && !emptyLibrary ? (
        <div
          data-testid="no-match"
          style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 6 }}
        >
          <Text>
            {text.trim()
              ? `No vendor matches “${text.trim()}”${filter.function || filter.status || filter.tag || filter.evaluationId ? " with these filters" : ""}.`
              : "No vendor matches these filters."}
          </Text>
          <Button size="small" onClick={clearAll}>
            Clear search and filters
          </Button>
        </div>
      ) : null}
      {total ? <Text size={200}>{`${total} vendor${total === 1 ? "" : "s"}`}</Text> : null}
      {added ? (
        <Text size={200} role="status">
          {added}
        </Text>
      ) : null}
      <div ref={scroller} data-testid="vendor-list" style={{ overflowY: "auto", flex: 1, minHeight: 200 }}>
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {items.map((item) => {
            const vendor = rows.get(item.index);
            return (
              <div
                key={item.key}
                style={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {vendor ? (
                  <VendorRow
                    vendor={vendor}
                    evaluations={evaluations}
                    onOpen={onOpen}
                    onAddToEvaluation={onAddToEvaluation ? addToEvaluation : undefined}
                  />
                ) : (
                  <Text size={200}>Loading…</Text>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

/**
 * One row's styles, shared by every row. A row is plain elements with these classes rather than Fluent
 * Text and Badge components: the list renders about twenty rows at once, on opening and on every scroll
 * step, and four Fluent components per row cost about 4% of the side panel's opening. The row is a
 * button: it shows where the pointer is and, from the keyboard, where the focus is.
 */
const useRowStyles = makeStyles({
  wrap: {
    display: "flex",
    alignItems: "center",
    gap: "4px",
    height: "100%",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  add: {
    ...typographyStyles.caption1,
    flexShrink: 0,
    width: "112px",
    maxWidth: "40%",
    padding: "2px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  row: {
    appearance: "none",
    margin: 0,
    border: "none",
    backgroundColor: "transparent",
    textAlign: "left",
    boxSizing: "border-box",
    cursor: "pointer",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    flex: "1 1 0",
    minWidth: 0,
    height: "100%",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  name: {
    ...typographyStyles.body1Strong,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  details: { display: "flex", gap: "4px", alignItems: "center", minWidth: 0 },
  status: {
    ...typographyStyles.caption2Strong,
    flexShrink: 0,
    padding: "0 4px",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  meta: {
    ...typographyStyles.caption1,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

/**
 * Memoised: the list renders again as it is measured, counted and scrolled, and a row whose vendor is
 * the same object (rows are kept in a Map by index) has nothing new to show.
 */
const VendorRow = memo(function VendorRow({
  vendor,
  evaluations,
  onOpen,
  onAddToEvaluation,
}: {
  vendor: Vendor;
  evaluations: Evaluation[];
  onOpen(vendorId: string): void;
  onAddToEvaluation?(evaluationId: string, vendor: Vendor): void;
}) {
  const styles = useRowStyles();
  const open = evaluations.filter((evaluation) => !evaluation.vendorIds.includes(vendor.id));
  const meta = [vendor.function ? label(vendor.function) : undefined, vendor.domain]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className={styles.wrap}>
      <button type="button" data-testid="vendor-row" className={styles.row} onClick={() => onOpen(vendor.id)}>
        {/* Rows keep one height for the virtual list, so a long line ends in "…" with the whole in its title. */}
        <span className={styles.name} title={vendor.name}>
          {vendor.name}
        </span>
        <span className={styles.details}>
          <span className={styles.status}>{label(vendor.status)}</span>
          <span className={styles.meta} title={meta}>
            {meta}
          </span>
        </span>
      </button>
      {onAddToEvaluation && open.length > 0 ? (
        // A native select: one per row stays cheap where a Fluent menu per row would not (see useRowStyles).
        <select
          className={styles.add}
          aria-label={`Add ${vendor.name} to an evaluation`}
          value=""
          onChange={(event) => {
            const id = event.currentTarget.value;
            if (id) onAddToEvaluation(id, vendor);
          }}
        >
          <option value="">Add to evaluation</option>
          {open.map((evaluation) => (
            <option key={evaluation.id} value={evaluation.id}>
              {evaluation.name}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
});
