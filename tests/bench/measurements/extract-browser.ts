/**
 * extract.browser_ms_median, extract.floor_ratio: extraction time per page in real Chromium, against the
 * floor any structured-data reader pays on the same page: querySelectorAll of the JSON-LD scripts and a
 * JSON.parse of each. shared/extract is bundled with esbuild (as the extension bundles it) and evaluated
 * in each fixture page, served at its own address with every other request refused and the page's own
 * scripts off, so only our code and the floor run.
 *
 * Both sides run in the page, interleaved (the order comes from the harness), each sample repeating its
 * side enough times to take a few milliseconds: Chromium coarsens performance.now() to 100 µs outside
 * cross-origin isolation, coarser than the floor on a small page.
 */
import { type Browser, chromium } from "playwright-core";
import { bundleForPage } from "../harness/bundle-for-page";
import { interleavedOrder } from "../harness/interleave";
import { CHROMIUM_PATH } from "../harness/machine";
import type { BenchContext } from "../harness/measurement";
import { atMost, type MeasurementOutput } from "../harness/metric";
import { median, ratio } from "../harness/stats";
import { loadPageSet, servePagesAtTheirAddresses, shortPageName } from "./page-set";

const WARMUP_ROUNDS = 3;
const ROUNDS = 15;
/** Milliseconds one sample should last at least. */
const SAMPLE_MS = 4;
/** Milliseconds each side runs on each page before its repetitions are calibrated. */
const WARM_MS = 50;

interface PageTiming {
  page: string;
  bytes: number;
  jsonLdScripts: number;
  extractMs: number;
  floorMs: number;
  /** One TreeWalker pass over the page's text nodes: the floor of reading the page's text. */
  textWalkMs: number;
}

/** Runs in the page: calibrates repetitions, then times the steps in the order given. */
function timeInPage(args: {
  url: string;
  steps: { side: number; warmup: boolean }[];
  sampleMs: number;
  warmMs: number;
}) {
  type Bench = { extract(url: string): unknown };
  const bench = Reflect.get(globalThis, "__vendorScoutBench") as Bench;
  let sink = 0;
  const sides = [
    () => {
      sink += bench.extract(args.url) === undefined ? 0 : 1;
    },
    () => {
      for (const node of document.querySelectorAll('script[type="application/ld+json"]')) {
        try {
          sink += JSON.parse(node.textContent ?? "") === undefined ? 0 : 1;
        } catch {
          // Broken JSON-LD costs its failed parse, as it would for any reader.
        }
      }
    },
    () => {
      // The least any reader of the page's text pays: one pass over its text nodes, no analysis.
      const walker = document.createTreeWalker(
        document.body ?? document.documentElement,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        sink += node.nodeValue?.length ?? 0;
      }
    },
  ];
  // Each side runs for a while before it is calibrated: the extractor's cold first calls (compiling it)
  // take longer than a sample, and would otherwise set one call per sample, read on the coarse clock.
  for (const run of sides) {
    const until = performance.now() + args.warmMs;
    for (let calls = 0; calls < 3 || performance.now() < until; calls++) run();
  }
  const reps = sides.map((run) => {
    let count = 1;
    for (;;) {
      const start = performance.now();
      for (let i = 0; i < count; i++) run();
      const elapsed = performance.now() - start;
      if (elapsed >= args.sampleMs || count >= 1 << 20) return count;
      count *= elapsed < args.sampleMs / 8 ? 8 : 2;
    }
  });
  const samples: number[][] = sides.map(() => []);
  for (const step of args.steps) {
    const run = sides[step.side] as () => void;
    const count = reps[step.side] as number;
    const start = performance.now();
    for (let i = 0; i < count; i++) run();
    const perCall = (performance.now() - start) / count;
    if (!step.warmup) samples[step.side]?.push(perCall);
  }
  return {
    samples,
    sink,
    jsonLdScripts: document.querySelectorAll('script[type="application/ld+json"]').length,
  };
}

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  const { pages, missing } = loadPageSet(context.repoRoot);
  if (pages.length === 0) throw new Error("No page of the page set was found.");
  const bundle = await bundleForPage(
    context.repoRoot,
    "tests/bench/browser/extract-entry.ts",
    "shared/extract",
  );
  const steps = interleavedOrder(3, WARMUP_ROUNDS, ROUNDS);

  let browser: Browser | undefined;
  const timings: PageTiming[] = [];
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ["--no-sandbox"],
    });
    const browserContext = await browser.newContext({ javaScriptEnabled: false });
    const show = await servePagesAtTheirAddresses(browserContext);
    const page = await browserContext.newPage();
    context.log(
      `extract.browser: ${pages.length} pages in ${CHROMIUM_PATH}, ${WARMUP_ROUNDS} warm-up + ${ROUNDS} rounds each`,
    );
    for (const fixture of pages) {
      await page.goto(show(fixture), { waitUntil: "load" });
      await page.evaluate(bundle);
      const result = await page.evaluate(timeInPage, {
        url: fixture.url,
        steps,
        sampleMs: SAMPLE_MS,
        warmMs: WARM_MS,
      });
      const [extract, floor, textWalk] = result.samples as [number[], number[], number[]];
      timings.push({
        page: shortPageName(fixture.id),
        bytes: Buffer.byteLength(fixture.html),
        jsonLdScripts: result.jsonLdScripts,
        extractMs: median(extract),
        floorMs: median(floor),
        textWalkMs: median(textWalk),
      });
    }
  } finally {
    await browser?.close();
  }

  const pageMedian = median(timings.map((t) => t.extractMs));
  const totalExtract = timings.reduce((sum, t) => sum + t.extractMs, 0);
  const totalFloor = timings.reduce((sum, t) => sum + t.floorMs, 0);
  const floorRatio = ratio(totalExtract, totalFloor);
  const totalTextWalk = timings.reduce((sum, t) => sum + t.textWalkMs, 0);
  const perPageRatios = timings.map((t) => ratio(t.extractMs, t.floorMs));
  const absent = missing.length > 0 ? `; missing: ${missing.join(", ")}` : "";
  return {
    metrics: [
      {
        key: "extract.browser_ms_median",
        value: pageMedian,
        unit: "ms",
        note: `median over ${timings.length} pages of each page's median extraction time (slowest ${Math.max(...timings.map((t) => t.extractMs)).toFixed(2)} ms)${absent}`,
      },
      {
        key: "extract.floor_ratio",
        value: floorRatio,
        unit: "ratio",
        target: atMost(floorRatio, 3),
        note: `whole page set: sum of per-page medians, ours ${totalExtract.toFixed(2)} ms vs JSON-LD floor ${totalFloor.toFixed(2)} ms; per-page ratios: median ${median(perPageRatios).toFixed(1)}x, ${perPageRatios.filter((r) => r <= 3).length} of ${perPageRatios.length} pages <= 3; one bare pass over the text nodes alone is ${ratio(totalTextWalk, totalFloor).toFixed(0)}x the JSON-LD floor`,
      },
      {
        key: "extract.text_walk_ratio",
        value: ratio(totalExtract, totalTextWalk),
        unit: "ratio",
        note: `interleaved in the same pages: ours ${totalExtract.toFixed(2)} ms vs one TreeWalker pass over each page's text nodes with no analysis ${totalTextWalk.toFixed(2)} ms (what any reader of contacts, prices or reviews in the page text pays at least)`,
      },
    ],
    details: [
      {
        title: `Extraction in Chromium per page (medians of ${ROUNDS}; floor = JSON-LD querySelectorAll + JSON.parse; text walk = one TreeWalker pass over the text nodes)`,
        header: ["page", "size", "JSON-LD scripts", "ours", "floor", "ratio", "text walk"],
        rows: timings.map((t, index) => [
          t.page,
          `${(t.bytes / 1024).toFixed(1)} KiB`,
          String(t.jsonLdScripts),
          `${t.extractMs.toFixed(3)} ms`,
          `${t.floorMs.toFixed(4)} ms`,
          `${(perPageRatios[index] as number).toFixed(1)}x`,
          `${t.textWalkMs.toFixed(4)} ms`,
        ]),
      },
    ],
  };
}
