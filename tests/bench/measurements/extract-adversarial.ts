/**
 * extract.adversarial_worst_ms / extract.adversarial_growth (issue 19, finding 2): the extractor on
 * pages built to make it slow (tests/hardening/adversarial-pages.ts) at n = 2.5 MB and 2n = 5 MB,
 * the snapshot limit. The worst case is the slowest page at 5 MB; the growth is the largest
 * time(2n) / time(n) over the pages: about 2 when the work is linear, about 4 when it is quadratic.
 * Times are of extractCapture on a parsed document (median of 3); jsdom's own parse is left out, as
 * the browser parses with its own parser.
 */
import { parseHtml } from "../../../extension/cli/parse-html";
import { extractCapture } from "../../../shared/extract";
import { ADVERSARIAL_PAGES } from "../../hardening/adversarial-pages";
import type { BenchContext } from "../harness/measurement";
import { below, type MeasurementOutput } from "../harness/metric";

const N = 2_500_000;
const RUNS = 3;

function medianMs(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  const rows: string[][] = [];
  let worst = { ms: 0, name: "" };
  let growth = { ratio: 0, name: "" };
  for (const page of ADVERSARIAL_PAGES) {
    context.log(`extract.adversarial: ${page.name}`);
    const times = [N, 2 * N].map((size) => {
      const document = parseHtml(page.build(size));
      return medianMs(() => extractCapture(document, page.url, { capturedAt: new Date(0) }));
    });
    const [small, large] = times as [number, number];
    // Below 50 ms the ratio is timer noise, not growth; such a page cannot be slow at 5 MB either.
    const ratio = large < 50 ? 1 : large / small;
    rows.push([page.name, small.toFixed(0), large.toFixed(0), ratio.toFixed(2)]);
    if (large > worst.ms) worst = { ms: large, name: page.name };
    if (ratio > growth.ratio) growth = { ratio, name: page.name };
  }
  return {
    metrics: [
      {
        key: "extract.adversarial_worst_ms",
        value: worst.ms,
        unit: "ms",
        target: below(worst.ms, 2000),
        note: `slowest at 5 MB: ${worst.name} (${ADVERSARIAL_PAGES.length} pages, median of ${RUNS})`,
      },
      {
        key: "extract.adversarial_growth",
        value: growth.ratio,
        unit: "ratio",
        target: below(growth.ratio, 2.5),
        note: `largest time(5 MB) / time(2.5 MB): ${growth.name}`,
      },
    ],
    details: [{ title: "Adversarial pages", header: ["page", "2.5 MB ms", "5 MB ms", "growth"], rows }],
  };
}
