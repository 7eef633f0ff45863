/**
 * The one capture pipeline for a page or a selection, whether the owner used the popup, the shortcut or the
 * context menu: read the tab, extract offscreen, save to the library, announce. Never throws; failures come
 * back as sentences.
 */
import { decideGestureClip, NOT_A_PROVIDER_QUESTION } from "../../shared/extract/clip-decision";
import type { Capture } from "../../shared/schema/capture";
import type { ReviewCandidate } from "../../shared/schema/review";
import type { PageSnapshot } from "../services/page-snapshot";
import { clipErrorMessage } from "./clip-errors";
import type { ExtractRequest, ExtractResponse } from "./extract-messages";
import type { PendingClip } from "./pending-clip";

/** What the library reports after saving a clip; `services/library.ts` adapts VendorLibrary to it. */
export interface SavedClip {
  vendorId: string;
  vendorName: string;
  created: boolean;
  reviewsAdded: number;
}

/** The library calls the capture pipeline needs. */
export interface ClipLibrary {
  saveCapture(capture: Capture): Promise<SavedClip>;
  findVendorForUrl(url: string): Promise<{ id: string; name: string } | undefined>;
  /** A vendor the owner picked by id (the review submenu); undefined once deleted. */
  vendorById(id: string): Promise<{ id: string; name: string } | undefined>;
  saveSelectionAsReview(vendorId: string, review: ReviewCandidate): Promise<void>;
  saveSelectionAsNote(vendorId: string, text: string, url: string): Promise<void>;
}

export type ClipOutcome =
  | {
      ok: true;
      kind: "page" | "review" | "note";
      vendorId: string;
      vendorName: string;
      created: boolean;
      reviewsAdded: number;
      pageKind?: Capture["pageKind"];
      warnings: string[];
    }
  | {
      ok: false;
      message: string;
      /** Nothing saved yet: the page does not read as a provider's and the side panel asks first. */
      asking?: true;
    };

export interface ClipDeps {
  readPage(tabId: number): Promise<PageSnapshot>;
  extract(request: ExtractRequest): Promise<ExtractResponse>;
  library: ClipLibrary;
  now(): Date;
  /** Badge, side panel focus: told every outcome, success or not. */
  announce(tabId: number, outcome: ClipOutcome): Promise<void>;
}

const TRUNCATED_WARNING =
  "The page is larger than 5 MB; VendorScout read its first 5 MB. Check the vendor's details in the library.";

/**
 * The one capture pipeline, whether the owner used the toolbar popup, the shortcut or the context menu:
 * read the tab, extract in the offscreen document, save to the library, announce the result.
 * Never throws: every failure comes back as a sentence in `message`.
 *
 * @example
 * await clipTab(42, deps)
 * //=> { ok: true, kind: "page", vendorId: "brightbooks.example", vendorName: "BrightBooks", created: true, ... }
 */
export async function clipTab(
  tabId: number,
  deps: ClipDeps,
  options: ClipOptions = {},
): Promise<ClipOutcome> {
  return finish(tabId, deps, await runClip(tabId, deps, options));
}

export interface ClipOptions {
  /**
   * Given by the shortcut and the context menu, which have no popup to ask in: a page that does not
   * read as a provider's is handed here, unsaved, for the side panel to ask "Save anyway?". The popup
   * asks before it clips, so it leaves this out and its clip saves.
   */
  holdUnlessProvider?(pending: PendingClip): Promise<void>;
}

/** What the badge and a clip's caller hear while the side panel asks. */
export const ASKING_MESSAGE = `${NOT_A_PROVIDER_QUESTION} Answer in VendorScout's side panel; nothing is saved until you do.`;

/**
 * Saves a clip the owner confirmed with "Save anyway": the capture read at the gesture, announced as
 * any clip is (badge, the side panel's focus on the vendor).
 */
export async function saveHeldClip(pending: PendingClip, deps: ClipDeps): Promise<ClipOutcome> {
  let outcome: ClipOutcome;
  try {
    const saved = await deps.library.saveCapture(pending.capture);
    outcome = {
      ok: true,
      kind: "page",
      ...saved,
      pageKind: pending.capture.pageKind,
      warnings: [...pending.capture.warnings],
    };
  } catch (error) {
    outcome = { ok: false, message: clipErrorMessage(error, pending.capture.url) };
  }
  return finish(pending.tabId, deps, outcome);
}

async function runClip(tabId: number, deps: ClipDeps, options: ClipOptions): Promise<ClipOutcome> {
  let snapshot: PageSnapshot | undefined;
  try {
    snapshot = await deps.readPage(tabId);
    const extracted = await deps.extract({
      type: "extract",
      target: "vendorscout-offscreen",
      html: snapshot.html,
      url: snapshot.url,
      capturedAt: deps.now().toISOString(),
      selectionAsReview: false,
    });
    if (!extracted.ok) return { ok: false, message: extracted.message };
    if (options.holdUnlessProvider && extracted.signals) {
      const inLibrary = (await deps.library.findVendorForUrl(snapshot.url)) !== undefined;
      const decision = decideGestureClip({
        looksLikeProvider: extracted.signals.looksLikeProvider,
        inLibrary,
      });
      if (decision === "ask") {
        const capture = {
          ...extracted.capture,
          warnings: withTruncation(extracted.capture.warnings, snapshot),
        };
        await options.holdUnlessProvider({
          id: `${tabId}-${deps.now().getTime()}`,
          tabId,
          pageTitle: snapshot.title.slice(0, 1_000),
          askedAt: deps.now().toISOString(),
          found: extracted.signals.found.slice(0, 20),
          capture,
        });
        return { ok: false, asking: true, message: ASKING_MESSAGE };
      }
    }
    const saved = await deps.library.saveCapture(extracted.capture);
    return {
      ok: true,
      kind: "page",
      ...saved,
      pageKind: extracted.capture.pageKind,
      warnings: withTruncation(extracted.capture.warnings, snapshot),
    };
  } catch (error) {
    return { ok: false, message: clipErrorMessage(error, snapshot?.url) };
  }
}

/**
 * The context menu's "Save selection as a review of…" and "…as a note": the vendor is the one the
 * owner picked in the submenu (`vendorId`), else the one the library already knows for this page,
 * else the one the page names (clipped first).
 */
/** What a selection on a page that is not a provider's says instead of making the page a vendor. */
export const NOT_A_PROVIDER_SELECTION_MESSAGE =
  "This page doesn't look like a provider's page, so nothing was saved. Right-click the selection again and pick the vendor it is about under the VendorScout menu, or clip that vendor's own page first.";

export async function clipSelection(
  tabId: number,
  as: "review" | "note",
  deps: ClipDeps,
  menuSelection = "",
  vendorId?: string,
): Promise<ClipOutcome> {
  let snapshot: PageSnapshot | undefined;
  let outcome: ClipOutcome;
  try {
    snapshot = await deps.readPage(tabId);
    const selectionText = (snapshot.selectionText || menuSelection).trim();
    if (!selectionText) {
      outcome = {
        ok: false,
        message: "Nothing is selected on the page. Select the review or note text, then use the menu again.",
      };
    } else {
      outcome = await saveSelection(snapshot, selectionText, as, deps, vendorId);
    }
  } catch (error) {
    outcome = { ok: false, message: clipErrorMessage(error, snapshot?.url) };
  }
  return finish(tabId, deps, outcome);
}

async function saveSelection(
  snapshot: PageSnapshot,
  selectionText: string,
  as: "review" | "note",
  deps: ClipDeps,
  vendorId: string | undefined,
): Promise<ClipOutcome> {
  const picked = vendorId === undefined ? undefined : await deps.library.vendorById(vendorId);
  if (vendorId !== undefined && !picked) {
    return {
      ok: false,
      message:
        'That vendor is no longer in your library. Pick another one from the menu, or choose "The vendor on this page".',
    };
  }
  const extracted = await deps.extract({
    type: "extract",
    target: "vendorscout-offscreen",
    html: snapshot.html,
    url: snapshot.url,
    capturedAt: deps.now().toISOString(),
    selectionText,
    selectionAsReview: as === "review",
  });
  if (!extracted.ok) return { ok: false, message: extracted.message };
  const known = picked ?? (await deps.library.findVendorForUrl(snapshot.url));
  // Saving a selection from a page that is no vendor's would make that page a vendor (issue 23, item 1).
  // The menu has no popup to ask in, and the selection has a home already: one of the owner's vendors.
  if (
    !known &&
    extracted.signals &&
    decideGestureClip({ ...extracted.signals, inLibrary: false }) === "ask"
  ) {
    return { ok: false, message: NOT_A_PROVIDER_SELECTION_MESSAGE };
  }
  const vendor = known
    ? { vendorId: known.id, vendorName: known.name, created: false, reviewsAdded: 0 }
    : await deps.library.saveCapture(extracted.capture);
  if (as === "note") {
    await deps.library.saveSelectionAsNote(vendor.vendorId, selectionText, snapshot.url);
  } else {
    if (!extracted.review) {
      return {
        ok: false,
        message:
          "VendorScout could not turn the selection into a review. Select the review's text (not just its title) and try again.",
      };
    }
    await deps.library.saveSelectionAsReview(vendor.vendorId, extracted.review);
  }
  return {
    ok: true,
    kind: as,
    ...vendor,
    reviewsAdded: vendor.reviewsAdded + (as === "review" ? 1 : 0),
    pageKind: extracted.capture.pageKind,
    warnings: snapshot.truncated ? [TRUNCATED_WARNING] : [],
  };
}

function withTruncation(warnings: readonly string[], snapshot: PageSnapshot): string[] {
  return snapshot.truncated ? [TRUNCATED_WARNING, ...warnings] : [...warnings];
}

async function finish(tabId: number, deps: ClipDeps, outcome: ClipOutcome): Promise<ClipOutcome> {
  try {
    await deps.announce(tabId, outcome);
  } catch {
    // The badge and side panel are a courtesy; the clip itself is saved (or reported) either way.
  }
  return outcome;
}
