/**
 * Issue 23's rules for a rendered screen, shared by the side panel's and the task pane's screens
 * tests: nothing wider than the page, no text cut short, no raw ISO date or stored slug in what a
 * person reads; screenshots go to test-output/screens.
 */
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./launch-extension";

export const SCREENS = resolve(ROOT, "test-output/screens");

/** Slugs a person should never read: stored values that have a readable label. */
export const SLUG =
  /\b(accounting-payroll|it-support|due-diligence|customer-service|software-development|per-seat|per-transaction|higher-is-better)\b|(?<![\w./-])(researching|shortlisted|trustpilot|capterra)(?![\w.])/;
export const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;

/**
 * What the rendered page shows that breaks the rules: an element past either edge, text cut short
 * (an element that clips or ellipsises text wider than itself, as "Cost and pricing trans…" was, or an
 * input's placeholder wider than the input), an ISO date or a slug in the visible text.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ slug, iso }) => {
      const width = document.documentElement.clientWidth;
      const problems: string[] = [];
      const named = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.getAttribute("aria-label") ? `[${element.getAttribute("aria-label")}]` : ""}`;
      if (document.documentElement.scrollWidth > width) {
        problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
      }
      // A placeholder is a label too: measured in the input's own font against its text box.
      const measure = document.createElement("canvas").getContext("2d");
      for (const input of document.querySelectorAll<HTMLInputElement>("input[placeholder]")) {
        if (!measure || input.value !== "" || input.getBoundingClientRect().width === 0) continue;
        const style = getComputedStyle(input);
        measure.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (measure.measureText(input.placeholder).width > room + 1) {
          problems.push(`${named(input)} cuts its placeholder "${input.placeholder}"`);
        }
      }
      for (const element of document.querySelectorAll("body *")) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.right > width + 1 || box.left < -1) {
          problems.push(`${named(element)} spans ${Math.round(box.left)}-${Math.round(box.right)} px`);
        }
        // Cut text: an element with its own text whose content is wider than it and does not show.
        const ownText = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "",
        );
        if (!ownText || element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
          continue;
        const style = getComputedStyle(element);
        const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
        // A fixed-height row (the virtual vendor list) may end a line in "…" when its title holds the
        // whole text; anything else cut is a problem.
        const wholeInTitle = element.getAttribute("title") === (element.textContent ?? "").trim();
        if (clips && !wholeInTitle && element.scrollWidth > element.clientWidth + 1) {
          problems.push(`${named(element)} cuts "${(element.textContent ?? "").trim().slice(0, 40)}"`);
        }
      }
      // biome-ignore lint/performance/useDomNodeTextContent: what a person reads, so rendered text only (folded sections and hidden views left out).
      const text = document.body.innerText;
      const slugFound = new RegExp(slug).exec(text);
      if (slugFound) problems.push(`a slug shows: "${slugFound[0]}"`);
      const isoFound = new RegExp(iso).exec(text);
      if (isoFound) problems.push(`a raw date shows: "${isoFound[0]}"`);
      return problems.slice(0, 10);
    },
    { slug: SLUG.source, iso: ISO_DATE.source },
  );
}

export async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENS, `${name}.png`), fullPage: true });
}
