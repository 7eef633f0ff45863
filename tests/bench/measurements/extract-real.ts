/**
 * extract.real_facts_correct / extract.real_facts_wrong: the extractor over the real-page corpus
 * (tests/fixtures/pages/real), each page against the facts read from it by hand. Correct is a share
 * of the facts due; wrong counts the facts the capture holds but gets wrong (worse than missing).
 */
import { parseHtml } from "../../../extension/cli/parse-html";
import { extractPage } from "../../../shared/extract";
import { loadRealPages, realPageHtml, scoreCapture, totalScore } from "../../support/extract/real-facts";
import type { BenchContext } from "../harness/measurement";
import { atMost, type MeasurementOutput } from "../harness/metric";

export async function measure(context: BenchContext): Promise<MeasurementOutput> {
  const pages = loadRealPages();
  context.log(`extract.real: ${pages.length} real pages`);
  const results = pages.flatMap((page) => {
    const read = extractPage(parseHtml(realPageHtml(page)), page.url, { capturedAt: new Date() });
    return scoreCapture(page, read.ok ? read.capture : { saved: false });
  });
  const score = totalScore(results);
  const share = score.correct / score.due;
  return {
    metrics: [
      {
        key: "extract.real_facts_correct",
        value: share,
        unit: "ratio",
        target: { text: ">= 0.95", met: share >= 0.95 },
        note: `${score.correct} of ${score.due} facts correct on ${pages.length} real pages (${score.missing} missing)`,
      },
      {
        key: "extract.real_facts_wrong",
        value: score.wrong,
        unit: "count",
        target: atMost(score.wrong, score.due * 0.05),
        note: "facts the capture gave but got wrong",
      },
    ],
    details: [
      {
        title: "Real-page facts not correct",
        header: ["page", "fact", "verdict", "got"],
        rows: score.results
          .filter((result) => result.verdict !== "correct")
          .map((result) => [
            result.page,
            result.fact,
            result.verdict,
            String(JSON.stringify(result.got)).slice(0, 60),
          ]),
      },
    ],
  };
}
