import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, ImpactValue, Result } from "axe-core";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What fails a page: axe's two highest impacts (https://github.com/dequelabs/axe-core/blob/develop/doc/issue_impact.md). */
export const BLOCKING_IMPACTS: readonly ImpactValue[] = ["serious", "critical"];

/**
 * One line per element of each blocking violation: rule, impact, what to do, where (axe's selector
 * and the element's opening HTML), and axe's summary of why.
 *
 * @example
 * blockingViolations({ violations: [{ id: "html-has-lang", impact: "serious", help: "<html> element must have a lang attribute", nodes: [{ target: ["html"], html: "<html>", failureSummary: "Fix any of the following: ..." }] }] })
 * //=> ["html-has-lang (serious): <html> element must have a lang attribute at html <html> (Fix any of the following: ...)"]
 */
export function blockingViolations(results: Pick<AxeResults, "violations">): string[] {
  return results.violations
    .filter((violation: Result) => violation.impact != null && BLOCKING_IMPACTS.includes(violation.impact))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(" ")} ${node.html.slice(0, 160)} (${(node.failureSummary ?? "").replace(/\s+/g, " ").trim()})`,
      ),
    );
}

/**
 * Runs axe-core on the page once it is still and returns its serious and critical violations as lines
 * (none: []). axe is evaluated through the DevTools protocol, which extension pages' CSP allows.
 */
export async function axeBlockingViolations(page: Page): Promise<string[]> {
  // Fluent eases colours in over ~100 ms (a button turning enabled): axe would measure the contrast
  // of a frame in between. Wait for every transition and finite animation to finish (a spinner's
  // never does).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished),
    ),
  );
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, {
      resultTypes: ["violations"],
    }),
  );
  return blockingViolations(results);
}
