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
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROME_BUILD, launchExtension, requireBuild } from "../../e2e/helpers/launch-extension";
import type { BenchContext } from "../harness/measurement";
import type { MeasurementOutput } from "../harness/metric";
import { median } from "../harness/stats";
import { loadPageSet, shortPageName } from "./page-set";

/** Clips of each page after its first, for the page's median. */
const CLIPS_PER_PAGE = 7;

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

/** A copy of the build that may script every page, for the bench only. */
async function benchCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "vendorscout-bench-clip-"));
  await cp(CHROME_BUILD, dir, { recursive: true });
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Record<string, unknown>;
  manifest.host_permissions = ["<all_urls>"];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  await requireBuild();
  const { pages, missing } = loadPageSet(context.repoRoot);
  if (pages.length === 0) throw new Error("No page of the page set was found.");
  const copy = await benchCopy();
  const extension = await launchExtension(copy).catch(async (error: unknown) => {
    await rm(copy, { recursive: true, force: true });
    throw error;
  });
  const timings: ClipTiming[] = [];
  let sessionFirstMs = 0;
  try {
    const origin = `chrome-extension://${extension.extensionId}`;
    let current = { url: "", html: "" };
    await extension.context.route(/^https?:/, (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.url() === current.url) {
        return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: current.html });
      }
      return route.abort();
    });
    const sender = await extension.context.newPage();
    await sender.goto(`${origin}/manifest.json`);
    const devtools = await extension.context.newCDPSession(sender);
    await devtools.send("ServiceWorker.enable");
    context.log(`extract.clip: ${pages.length} pages, 1 + ${CLIPS_PER_PAGE} clips each, through clipTab`);

    for (const fixture of pages) {
      current = { url: new URL(fixture.url).href, html: fixture.html };
      const tab = await extension.context.newPage();
      try {
        await tab.goto(current.url, { waitUntil: "load" });
        const clipOnce = () =>
          sender.evaluate(async (pageUrl) => {
            const [found] = await chrome.tabs.query({ url: pageUrl });
            if (found?.id === undefined) throw new Error(`no tab for ${pageUrl}`);
            const start = performance.now();
            const outcome = (await chrome.runtime.sendMessage({ type: "clip-tab", tabId: found.id })) as {
              ok: boolean;
              message?: string;
            };
            return { ms: performance.now() - start, ok: outcome.ok, message: outcome.message };
          }, tab.url());
        const times: number[] = [];
        const outcomes = new Set<boolean>();
        for (let clip = 0; clip <= CLIPS_PER_PAGE; clip++) {
          const result = await clipOnce();
          outcomes.add(result.ok);
          times.push(result.ms);
        }
        await devtools.send("ServiceWorker.stopAllWorkers");
        const afterSleep = await clipOnce();
        outcomes.add(afterSleep.ok);
        if (outcomes.size > 1) {
          throw new Error(
            `${shortPageName(fixture.id)} was saved by one clip and refused by another; the clips must agree.`,
          );
        }
        const [firstMs, ...again] = times as [number, ...number[]];
        if (timings.length === 0) sessionFirstMs = firstMs;
        timings.push({
          page: shortPageName(fixture.id),
          bytes: Buffer.byteLength(fixture.html),
          firstMs,
          againMs: median(again),
          afterSleepMs: afterSleep.ms,
          saved: outcomes.has(true),
        });
      } finally {
        await tab.close();
      }
    }
  } finally {
    await extension.close();
    await rm(copy, { recursive: true, force: true });
  }

  const saved = timings.filter((t) => t.saved);
  if (saved.length === 0) throw new Error("No page of the page set was saved as a vendor.");
  const slowest = saved.reduce((worst, t) => (t.againMs > worst.againMs ? t : worst));
  const absent = missing.length > 0 ? `; missing: ${missing.join(", ")}` : "";
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
        value: sessionFirstMs,
        unit: "ms",
        note: `the first clip after the browser started (${timings[0]?.page}), which also creates the offscreen document and loads the extractor; one run`,
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
