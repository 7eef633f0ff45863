/**
 * The service worker's composition root: binds the capture pipeline, badge, side panel and context menus to
 * the chrome APIs, and registers every listener synchronously at start-up as MV3 requires.
 */
import { clipBadge, knownVendorBadge } from "../capture/clip-announcement";
import {
  type ClipDeps,
  type ClipOptions,
  type ClipOutcome,
  clipSelection,
  clipTab,
  saveHeldClip,
} from "../capture/clip-tab";
import { CLIP_COMMAND, RECENT_VENDORS_IN_MENU, routeMenuClick } from "../capture/menu-routing";
import { answerPendingClip } from "../capture/pending-clip";
import { VENDORSCOUT_DB_NAME } from "../db/vendorscout-db";
import { showBadge } from "../services/action-badge";
import { setClipWarnings } from "../services/clip-warnings";
import { installContextMenus } from "../services/context-menus";
import { setFocusVendor } from "../services/focus-vendor";
import { openLibrary } from "../services/library";
import { onLibraryChanged } from "../services/library-changes";
import { offscreenExtractor } from "../services/offscreen-extractor";
import { readPageSnapshot } from "../services/page-snapshot";
import { clearPendingClip, getPendingClip, holdPendingClip } from "../services/pending-clip-store";
import { listenForUiRequests } from "../services/runtime-client";
import { openSidePanel } from "../services/side-panel";
import { clipLibrary } from "./clip-library";

/**
 * The service worker's composition root: binds clipTab to the chrome APIs and registers every listener
 * synchronously at start-up, as MV3 requires for events to wake the worker.
 */
export function startBackground(): void {
  const offscreen = offscreenExtractor({ offscreen: chrome.offscreen, runtime: chrome.runtime });
  /** The pipeline for a clip the owner asked for at `askedAt` (the click, shortcut or menu item). */
  const deps = (askedAt: Date): ClipDeps => ({
    readPage: (tabId) => readPageSnapshot((injection) => chrome.scripting.executeScript(injection), tabId),
    extract: (request) => offscreen.extract(request),
    library: clipLibrary(),
    now: () => new Date(),
    announce: async (tabId, outcome) => {
      await announce(tabId, outcome, askedAt);
      refreshMenus();
    },
  });

  chrome.runtime.onInstalled.addListener(refreshMenus);
  chrome.runtime.onStartup.addListener(refreshMenus);
  // Chrome has no "menu shown" event: switching tabs is when a vendor changed in the side panel joins
  // the review submenu.
  chrome.tabs.onActivated.addListener(refreshMenus);
  // An edit, import or delete in the side panel reaches a running worker through Dexie's relay, and a
  // sleeping one through the side panel's "library-changed" ping (services/library.ts).
  onLibraryChanged(VENDORSCOUT_DB_NAME, refreshMenus);

  listenForUiRequests(chrome.runtime.onMessage, chrome.runtime.getURL(""), async (request) => {
    switch (request.type) {
      case "clip-tab":
        return clipTab(request.tabId, deps(new Date()));
      case "library-changed":
        refreshMenus();
        return { ok: true };
      case "answer-pending-clip": {
        const answer = answerPendingClip(await getPendingClip(chrome.storage.session), request);
        if (answer.kind === "stale") return { ok: false, message: answer.message };
        await clearPendingClip(chrome.storage.session);
        if (answer.kind === "drop") return { ok: false, message: "Nothing was saved." };
        return saveHeldClip(answer.pending, deps(new Date()));
      }
      case "prepare-clip":
        // Only a head start: if it fails, the clip tries again and says what went wrong.
        return offscreen.prepare().then(
          () => ({ ok: true }),
          () => ({ ok: false }),
        );
    }
  });

  /**
   * The shortcut and the menu have no popup to ask "Save anyway?" in. Chrome's sidePanel.open "may
   * only be called in response to a user action"
   * (https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open), and the same
   * page's "Open the side panel on user interaction" counts the extension's keyboard shortcut and
   * context-menu click among them. So the panel opens inside the gesture (openPanelNow, before any
   * await), and a page that does not read as a provider's waits there as a question instead of being
   * saved (issue 23).
   */
  const askFirst: ClipOptions = {
    holdUnlessProvider: (pending) => holdPendingClip(chrome.storage.session, pending),
  };

  chrome.commands.onCommand.addListener((command, tab) => {
    if (command !== CLIP_COMMAND || tab?.id === undefined) return;
    openPanelNow(tab.id);
    void clipTab(tab.id, deps(new Date()), askFirst);
  });

  chrome.contextMenus.onClicked.addListener((info, tab) => {
    const action = routeMenuClick(info.menuItemId);
    if (!action || tab?.id === undefined) return;
    openPanelNow(tab.id);
    const asked = deps(new Date());
    if (action.kind === "clip-page") void clipTab(tab.id, asked, askFirst);
    else {
      const vendorId = "vendorId" in action ? action.vendorId : undefined;
      void clipSelection(tab.id, action.as, asked, info.selectionText ?? "", vendorId);
    }
  });

  // Only URLs of hosts the owner granted (the optional review-directory permission) reach here.
  chrome.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.status !== "complete" || tab.url === undefined) return;
    void markKnownVendor(tabId, tab.url);
  });
}

let menusRefresh: ReturnType<typeof setTimeout> | undefined;

/** Rebuilds the context menus with the latest recent vendors, at most once per second. */
function refreshMenus(): void {
  clearTimeout(menusRefresh);
  menusRefresh = setTimeout(() => {
    void openLibrary()
      .recentVendors(RECENT_VENDORS_IN_MENU)
      .catch(() => [])
      .then((recent) => installContextMenus(chrome.contextMenus, recent));
  }, 1_000);
}

/** The side panel may open only inside the gesture, so before the clip's first await. */
function openPanelNow(tabId: number): void {
  openSidePanel(chrome.sidePanel, { tabId }).catch(() => {
    // Another panel may already be open, or the browser has no side panel: the badge still reports.
  });
}

/**
 * The badge, and the side panel's focus on the saved vendor. The focus carries when the owner asked
 * for the clip, not now: anything they did in the panel while the clip ran outranks it.
 */
async function announce(tabId: number, outcome: ClipOutcome, askedAt: Date): Promise<void> {
  await showBadge(chrome.action, tabId, clipBadge(outcome));
  if (outcome.ok) {
    await setFocusVendor(chrome.storage.session, outcome.vendorId, askedAt);
    const { vendorId, vendorName, warnings } = outcome;
    await setClipWarnings(chrome.storage.session, {
      vendorId,
      vendorName,
      warnings,
      at: new Date().toISOString(),
    });
  }
}

async function markKnownVendor(tabId: number, url: string): Promise<void> {
  if (!/^https?:/i.test(url)) return;
  const vendor = await clipLibrary().findVendorForUrl(url);
  await showBadge(chrome.action, tabId, knownVendorBadge(vendor?.name));
}
