/**
 * extract.clip_ms_median, extract.first_clip_ms: what the owner waits for when they clip a page, end to
 * end in the built extension: the popup's "clip-tab" message to the service worker, which reads the tab
 * (chrome.scripting), parses and extracts in the offscreen document, saves to the library (IndexedDB)
 * and updates the toolbar badge; timed in an extension page from sending the message to its answer.
 *
 * Every page of the extraction page set is opened at the address it was saved from, fulfilled from the
 * fixture with every other request refused, so site adapters see the host they know and nothing loads
 * from the network. The bench's copy of the build may script any page (host permission <all_urls>):
 * headless Chromium cannot give the toolbar click that grants activeTab.
 *
 * The first clip of the session also creates the offscreen document and loads the extractor; each page
 * is then clipped again (its vendor is merged, as when the owner clips a page twice), and its median
 * is the page's figure. extract.clip_after_sleep_ms: Chromium stops an extension's idle service worker
 * after 30 s, so an owner's clip usually starts it again: each page is clipped once more after the
 * worker was stopped (DevTools' ServiceWorker.stopAllWorkers); the offscreen document stays.
 *
 * extract.first_clip_ms and extract.first_clip_from_popup_ms: the first clip after the browser starts,
 * in fresh browsers, alternating, POPUP_TO_CLICK_MS after the page is open: as from the shortcut or the
 * context menu, and as from the popup, which asks the worker to get ready ("prepare-clip") as it opens.
 * The bench sends that message as soon as the page is open; the real popup first loads its own script
 * and reads the active tab, which takes part of the owner's half second.
 */
import type { Page } from "playwright-core";
import {
  CHROME_BUILD,
  copyWithTestHostAccess,
  type LaunchedExtension,
  launchExtension,
  requireBuild,
} from "../../e2e/helpers/launch-extension";
import type { BenchContext } from "../harness/measurement";
import type { MeasurementOutput } from "../harness/metric";
import { median, ratio } from "../harness/stats";
import { type BenchPage, loadPageSet, servePagesAtTheirAddresses, shortPageName } from "./page-set";

/** Clips of each page after its first, for the page's median. */
const CLIPS_PER_PAGE = 7;
/** From the popup opening to the owner's click on "Clip this page": a quick owner's half second. */
const POPUP_TO_CLICK_MS = 500;
/** Fresh browsers for each way of making the first clip. */
const FIRST_CLIP_SESSIONS = 3;

interface ClipTiming {
  page: string;
  bytes: number;
  /** The page's first clip: a new vendor (or the first clip of the session, for the first page). */
  firstMs: number;
  /** Median of the clips after it. */
  againMs: number;
  /** One clip right after the service worker was stopped. */
  afterSleepMs: number;
  /** Whether the clips saved a vendor; a page that names no vendor's website is refused with a sentence. */
  saved: boolean;
}

interface ClipResult {
  ms: number;
  ok: boolean;
}

/** A browser with the extension, an extension page to send from, and the fixture pages at their addresses. */
interface ClipSession {
  /** Opens the page in a new tab at the address it was saved from. */
  open(fixture: BenchPage): Promise<Page>;
  /** The popup's "clip-tab" message for the tab, timed from sending to the answer. */
  clip(tab: Page): Promise<ClipResult>;
  /** The popup's "prepare-clip" message, sent as the popup sends it: without waiting for the answer. */
  prepare(): Promise<void>;
  /** Stops the extension's service worker, as Chromium does after 30 s idle. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

async function openSession(copy: string): Promise<ClipSession> {
  const extension: LaunchedExtension = await launchExtension(copy);
  try {
    const show = await servePagesAtTheirAddresses(extension.context);
    const sender = await extension.context.newPage();
    await sender.goto(`chrome-extension://${extension.extensionId}/manifest.json`);
    const devtools = await extension.context.newCDPSession(sender);
    await devtools.send("ServiceWorker.enable");
    return {
      async open(fixture) {
        const tab = await extension.context.newPage();
        await tab.goto(show(fixture), { waitUntil: "load" });
        return tab;
      },
      clip: (tab) =>
        sender.evaluate(async (pageUrl) => {
          const [found] = await chrome.tabs.query({ url: pageUrl });
          if (found?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
          const start = performance.now();
          const outcome = (await chrome.runtime.sendMessage({ type: "clip-tab", tabId: found.id })) as {
            ok: boolean;
          };
          return { ms: performance.now() - start, ok: outcome.ok };
        }, tab.url()),
      async prepare() {
        await sender.evaluate(() => {
          void chrome.runtime.sendMessage({ type: "prepare-clip" });
        });
      },
      stopWorker: async () => {
        await devtools.send("ServiceWorker.stopAllWorkers");
      },
      close: () => extension.close(),
    };
  } catch (error) {
    await extension.close();
    throw error;
  }
}

/** Every page clipped once, CLIPS_PER_PAGE more times, then once after the worker was stopped. */
async function clipEveryPage(session: ClipSession, pages: readonly BenchPage[]): Promise<ClipTiming[]> {
  const timings: ClipTiming[] = [];
  for (const fixture of pages) {
    const tab = await session.open(fixture);
    try {
      const results: ClipResult[] = [];
      for (let clip = 0; clip <= CLIPS_PER_PAGE; clip++) results.push(await session.clip(tab));
      await session.stopWorker();
      const afterSleep = await session.clip(tab);
      const outcomes = new Set([...results, afterSleep].map((result) => result.ok));
      if (outcomes.size > 1) {
        throw new Error(
          `${shortPageName(fixture.id)} was saved by one clip and refused by another; the clips must agree.`,
        );
      }
      const [first, ...again] = results as [ClipResult, ...ClipResult[]];
      timings.push({
        page: shortPageName(fixture.id),
        bytes: Buffer.byteLength(fixture.html),
        firstMs: first.ms,
        againMs: median(again.map((result) => result.ms)),
        afterSleepMs: afterSleep.ms,
        saved: outcomes.has(true),
      });
    } finally {
      await tab.close();
    }
  }
  return timings;
}

/**
 * The first clip of the page in a fresh browser, POPUP_TO_CLICK_MS after the page is open, with or
 * without the popup's prepare-clip at the start of that wait.
 */
async function firstClip(copy: string, fixture: BenchPage, fromPopup: boolean): Promise<number> {
  const session = await openSession(copy);
  try {
    const tab = await session.open(fixture);
    // Both ways wait as long before the click, so only the popup's message differs.
    if (fromPopup) await session.prepare();
    await new Promise((done) => setTimeout(done, POPUP_TO_CLICK_MS));
    const result = await session.clip(tab);
    if (!result.ok) throw new Error(`The first clip of ${shortPageName(fixture.id)} was refused.`);
    return result.ms;
  } finally {
    await session.close();
  }
}

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  await requireBuild();
  const { pages, missing } = loadPageSet(context.repoRoot);
  if (pages.length === 0) throw new Error("No page of the page set was found.");
  const copy = await copyWithTestHostAccess(CHROME_BUILD, ["<all_urls>"]);
  try {
    context.log(`extract.clip: ${pages.length} pages, 1 + ${CLIPS_PER_PAGE} clips each, through clipTab`);
    const session = await openSession(copy.dir);
    const timings = await clipEveryPage(session, pages).finally(() => session.close());
    const saved = timings.filter((t) => t.saved);
    const firstPage = pages.find((page) => shortPageName(page.id) === saved[0]?.page);
    if (firstPage === undefined) throw new Error("No page of the page set was saved as a vendor.");

    context.log(
      `extract.clip: the first clip of ${shortPageName(firstPage.id)} in ${2 * FIRST_CLIP_SESSIONS} fresh browsers, alternating`,
    );
    const first = { straight: [] as number[], fromPopup: [] as number[] };
    for (let run = 0; run < 2 * FIRST_CLIP_SESSIONS; run++) {
      const fromPopup = run % 2 === 1;
      (fromPopup ? first.fromPopup : first.straight).push(await firstClip(copy.dir, firstPage, fromPopup));
    }
    return clipMetrics(timings, saved, first, missing);
  } finally {
    await copy.remove();
  }
}

function clipMetrics(
  timings: readonly ClipTiming[],
  saved: readonly ClipTiming[],
  first: { straight: number[]; fromPopup: number[] },
  missing: readonly string[],
): MeasurementOutput {
  const slowest = saved.reduce((worst, t) => (t.againMs > worst.againMs ? t : worst));
  const absent = missing.length > 0 ? `; missing: ${missing.join(", ")}` : "";
  const list = (samples: number[]) => samples.map((ms) => ms.toFixed(0)).join(", ");
  const straight = median(first.straight);
  const fromPopup = median(first.fromPopup);
  return {
    metrics: [
      {
        key: "extract.clip_ms_median",
        value: median(saved.map((t) => t.againMs)),
        unit: "ms",
        note: `a clip end to end (the popup's message to its answer: read the tab, parse and extract offscreen, save, badge), median over the ${saved.length} pages saved as a vendor (${timings.length - saved.length} more name no vendor's website and are refused) of each page's median of ${CLIPS_PER_PAGE} clips after its first; slowest ${slowest.page} (${(slowest.bytes / 1024).toFixed(0)} KiB) ${slowest.againMs.toFixed(0)} ms${absent}`,
      },
      {
        key: "extract.clip_after_sleep_ms",
        value: median(saved.map((t) => t.afterSleepMs)),
        unit: "ms",
        note: `a clip that starts the stopped service worker again, as after 30 s without one: median over the same ${saved.length} pages, one such clip each; slowest ${Math.max(...saved.map((t) => t.afterSleepMs)).toFixed(0)} ms`,
      },
      {
        key: "extract.first_clip_ms",
        value: straight,
        unit: "ms",
        note: `the first clip after the browser started (${saved[0]?.page}), ${POPUP_TO_CLICK_MS} ms after the page opened, as from the shortcut or the context menu: it also creates the offscreen document and loads the extractor; median of ${first.straight.length} fresh browsers (${list(first.straight)} ms)`,
      },
      {
        key: "extract.first_clip_from_popup_ms",
        value: fromPopup,
        unit: "ms",
        note: `the same first clip as from the popup, which asks the worker to get ready as it opens, sent at the start of the same wait (the real popup sends it once its script has loaded and read the active tab): median of ${first.fromPopup.length} fresh browsers alternating with the above (${list(first.fromPopup)} ms); ${ratio(straight, fromPopup).toFixed(1)}x quicker`,
      },
    ],
    details: [
      {
        title: `Clips in the built extension, per page (first clip, the median of ${CLIPS_PER_PAGE} more, one after the service worker was stopped)`,
        header: ["page", "size", "outcome", "first clip", "clips after it", "after the worker stopped"],
        rows: timings.map((t) => [
          t.page,
          `${(t.bytes / 1024).toFixed(1)} KiB`,
          t.saved ? "saved" : "refused (no vendor website)",
          `${t.firstMs.toFixed(0)} ms`,
          `${t.againMs.toFixed(0)} ms`,
          `${t.afterSleepMs.toFixed(0)} ms`,
        ]),
      },
    ],
  };
}
