import type { BrowserContext, Page } from "playwright-core";
import { closeOnFailure } from "./close-on-failure";
import type { StaticServer } from "./https-static";
import {
  copyWithTestHostAccess,
  type LaunchedExtension,
  launchExtension,
  requireBuild,
} from "./launch-extension";
import { type PageServer, serveStatic } from "./serve-static";
import { serveTaskPane } from "./task-pane";

/** What a browser test file starts before its tests, and stops after them. */
export interface ExtensionSession {
  extension: LaunchedExtension;
  context: BrowserContext;
  /** The provider and directory pages of tests/fixtures, on http://localhost. */
  pages: PageServer;
  /** The built task pane on https://localhost:<addinPort>, when asked for. */
  addin?: StaticServer;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Stops Chromium and the servers and removes the extension copy; safe after a partial start. */
  close(): Promise<void>;
}

/**
 * The one set-up of the browser tests: the built extension copied with TEST-ONLY host access to
 * localhost (headless Chromium cannot give the toolbar click, shortcut or menu choice that grants
 * activeTab; see copyWithTestHostAccess), the test pages served, optionally the built task pane on
 * https (`addinPort`; each file its own port, so files can run side by side), and Chromium started
 * with the copy, accepting the test certificate when the task pane is served.
 *
 * Whatever had started when a step fails is stopped again before the error is thrown.
 */
export async function startExtensionSession(options: { addinPort?: number } = {}): Promise<ExtensionSession> {
  await requireBuild();
  const stops: Array<() => Promise<unknown>> = [];
  const close = async () => {
    // Chromium first: it holds pages from the servers open.
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };
  try {
    const copy = await copyWithTestHostAccess();
    stops.push(() => copy.remove());
    const pages = await serveStatic();
    stops.push(() => pages.close());
    let addin: StaticServer | undefined;
    if (options.addinPort !== undefined) {
      addin = await serveTaskPane(options.addinPort);
      const served = addin;
      stops.push(() => served.close());
    }
    const extension = await launchExtension(copy.dir, { acceptTestCertificates: addin !== undefined });
    stops.push(() => extension.close());
    return {
      extension,
      context: extension.context,
      pages,
      addin,
      extensionUrl: (path) => `chrome-extension://${extension.extensionId}/${path}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A session whose task pane is served, for the journeys that go on from the extension into the pane. */
export type SessionWithTaskPane = ExtensionSession & { addin: StaticServer };

/**
 * startExtensionSession with the built task pane on https://localhost:<addinPort> (a port of the
 * file's own: the files run side by side).
 */
export async function startSessionWithTaskPane(addinPort: number): Promise<SessionWithTaskPane> {
  const session = await startExtensionSession({ addinPort });
  const { addin } = session;
  if (addin === undefined) {
    await session.close();
    throw new Error(`The task pane was not served on port ${addinPort}.`);
  }
  return { ...session, addin };
}

/** A session for the files that clip by message: an extension page to send from, and clip(). */
export interface ClipSession extends ExtensionSession {
  /** The popup's page, open in a tab: its own active tab is itself, so it never clips on its own. */
  sender: Page;
  /** clipByMessage from `sender`. */
  clip(pagePath: string): Promise<Record<string, unknown>>;
}

/**
 * startExtensionSession with the popup's page open to send "clip-tab" from, as the popup does; the
 * service worker then runs the same clipTab the toolbar button, shortcut and menu call.
 */
export async function startClipSession(): Promise<ClipSession> {
  return closeOnFailure(await startExtensionSession(), async (session) => {
    const sender = await session.context.newPage();
    await sender.goto(session.extensionUrl("popup.html"));
    return { ...session, sender, clip: (pagePath: string) => clipByMessage(session, sender, pagePath) };
  });
}

/**
 * Clips a served page by sending the popup's own "clip-tab" message from an extension page: the
 * service worker then runs clipTab, the same function the toolbar button, the shortcut and the
 * context menu call. `from` is an extension page (chrome.tabs and chrome.runtime are there).
 */
export async function clipByMessage(
  session: ExtensionSession,
  from: Page,
  pagePath: string,
): Promise<Record<string, unknown>> {
  const tab = await session.context.newPage();
  await tab.goto(`${session.pages.origin}/${pagePath}`);
  const url = tab.url();
  const outcome = await from.evaluate(async (pageUrl) => {
    const [found] = await chrome.tabs.query({ url: pageUrl });
    if (found?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
    return chrome.runtime.sendMessage({ type: "clip-tab", tabId: found.id });
  }, url);
  await tab.close();
  return outcome as Record<string, unknown>;
}

/** The vendors straight from IndexedDB, read in an extension page (the library's own origin). */
export function storedVendors(from: Page): Promise<Array<{ id: string; name: string; domain?: string }>> {
  return from.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open("vendorscout");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("vendors").objectStore("vendors").getAll();
          request.onsuccess = () => {
            done(request.result);
            open.result.close();
          };
          request.onerror = () => fail(request.error);
        };
      }),
  );
}
