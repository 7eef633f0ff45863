import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildVendorPack } from "../../shared/schema/vendor-pack";
import { type StaticServer, serveHttps } from "../e2e/helpers/https-static";
import {
  CHROME_BUILD,
  type LaunchedExtension,
  launchChromium,
  launchExtension,
  ROOT,
  requireBuild,
} from "../e2e/helpers/launch-extension";
import { routeOfficeHostDouble } from "../e2e/helpers/office-host-double";
import { makeEvaluation, makeReview, makeVendor } from "../support/bridge/records";

/** Payloads from XSS cheat sheets, each a field a stranger's page or a mailed pack can fill. */
const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const JS_LINK = "javascript:alert(1)";
const SVG = '"><svg onload=alert(1)>';
const ANCHOR = '<a href="javascript:alert(1)">click me</a>';

const vendors = [
  makeVendor(1, {
    name: `${SCRIPT} Acme Payroll`,
    // A domain the popup test serves, so the popup names this vendor for its tab.
    domain: "acme-payroll.example",
    website: "https://acme-payroll.example/",
    description: `${ANCHOR} ${IMG}`,
    notes: JS_LINK,
    tags: [SVG],
  }),
  makeVendor(2, { name: `${IMG} Bolt Bookkeeping` }),
  makeVendor(3, { name: `${SVG} Copper IT` }),
  makeVendor(4, { name: `${JS_LINK} Delta HR` }),
];
const reviewOfAcme = makeReview("vendor-1", 1, {
  title: `${IMG} review title`,
  body: `${SCRIPT} ${SVG} ${ANCHOR} review body`,
  author: `${SVG} author`,
});
const base = makeEvaluation(
  vendors.map((vendor) => vendor.id),
  { name: `${SVG} IT support 2027` },
);
const evaluation = {
  ...base,
  criteria: base.criteria.map((criterion, i) =>
    i === 0 ? { ...criterion, name: `${IMG} cost` } : criterion,
  ),
};
const packText = JSON.stringify(
  buildVendorPack({
    vendors,
    reviews: [reviewOfAcme, makeReview("vendor-2", 1, { body: `${IMG} second review` })],
    evaluations: [evaluation],
    appVersion: "0.1.0",
    exportedAt: new Date("2026-11-22T08:00:00.000Z"),
  }),
);

const VENDOR_SITE = "https://acme-payroll.example/";
/** A stranger's page, served by the test, clipped through the extension's own pipeline. */
const HOSTILE_SITE = "https://evil-clip.example/";
const HOSTILE_PAGE = `<!doctype html><html><head><title>Evil Payroll | "><svg onload=alert(1)></title>
<meta property="og:description" content="&lt;img src=x onerror=alert(1)&gt;">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Evil Payroll &lt;img src=x onerror=alert(1)//&lt;&gt;","url":"${HOSTILE_SITE}","logo":"javascript:alert(1)","description":"<script>alert(1)<\\/script><a href=javascript:alert(1)>x<\\/a>","aggregateRating":{"ratingValue":4,"reviewCount":2},"review":[{"@type":"Review","reviewBody":"\\"><svg onload=alert(1)> Evil review body","author":{"name":"<img src=x onerror=alert(1)>"}}]}</script>
</head><body><h1>Evil Payroll</h1><p>Contact: <a href="javascript:alert(1)">sales</a></p></body></html>`;

/**
 * TEST ONLY: a copy of the built extension that may read and script the (test-served) vendor sites,
 * as it may after the owner's click on the toolbar button (activeTab), which headless automation
 * cannot give. The shipped build is not changed.
 */
async function copyWithSiteAccess(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "vendorscout-hardening-"));
  await cp(CHROME_BUILD, dir, { recursive: true });
  const manifestPath = join(dir, "manifest.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Record<string, unknown>;
  manifest.host_permissions = [`${VENDOR_SITE}*`, `${HOSTILE_SITE}*`];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

interface PageReport {
  text: string;
  handlerAttributes: string[];
  inlineScriptsWithPayload: number;
  injectedImages: number;
  injectedSvgs: number;
  iframes: number;
  urls: string[];
}

/** What a page holds: its visible text, and anything a payload could have turned into. */
function inspect(page: Page): Promise<PageReport> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll("*"));
    const resolveUrl = (value: string) => {
      try {
        return new URL(value, location.href).href;
      } catch {
        return value;
      }
    };
    return {
      text: document.body.textContent ?? "",
      handlerAttributes: all.flatMap((element) =>
        Array.from(element.attributes)
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.tagName} ${attribute.name}`),
      ),
      inlineScriptsWithPayload: Array.from(document.scripts).filter((script) =>
        (script.textContent ?? "").includes("alert(1)"),
      ).length,
      injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
      injectedSvgs: document.querySelectorAll("svg[onload], svg svg[onload]").length,
      iframes: document.querySelectorAll("iframe, object, embed").length,
      urls: all.flatMap((element) =>
        ["href", "src", "action", "formaction", "xlink:href"]
          .map((name) => element.getAttribute(name))
          .filter((value): value is string => value !== null)
          .map(resolveUrl),
      ),
    };
  });
}

/**
 * The page shows the records (so the check is not of an empty page), shows the payloads as text,
 * and nothing from them became an element, a handler or a script link.
 */
async function expectInert(page: Page, mustShow: string[], ownOrigin: string): Promise<void> {
  const report = await inspect(page);
  for (const text of mustShow) {
    expect(report.text, `text of ${page.url()}`).toContain(text);
    // Somewhere on screen: the same text may also sit where it is not shown, such as a filter's
    // closed <select> listing every evaluation.
    expect(
      await page.getByText(text).filter({ visible: true }).first().isVisible(),
      `${text} visible on ${page.url()}`,
    ).toBe(true);
  }
  expect(report.handlerAttributes).toEqual([]);
  expect(report.inlineScriptsWithPayload).toBe(0);
  expect(report.injectedImages).toBe(0);
  expect(report.injectedSvgs).toBe(0);
  expect(report.iframes).toBe(0);
  for (const url of report.urls) {
    expect(
      /^https?:\/\//i.test(url) || url.startsWith(`${ownOrigin}/`) || url === "about:blank",
      `${url} on ${page.url()}`,
    ).toBe(true);
  }
}

function watchDialogs(page: Page, dialogs: string[]): void {
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

describe("hostile records in the extension's side panel and popup (real Chromium)", () => {
  let extension: LaunchedExtension;
  let copy: { dir: string; remove(): Promise<void> };
  let panel: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    await requireBuild();
    copy = await copyWithSiteAccess();
    extension = await launchExtension(copy.dir);
    panel = await extension.context.newPage();
    watchDialogs(panel, dialogs);
    await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
    // The records arrive the way a mailed pack does: through the side panel's own import.
    await panel.getByRole("tab", { name: "Import / export" }).click();
    await panel.getByLabel("Vendor pack file").setInputFiles({
      name: "hostile.vendorpack.json",
      mimeType: "application/json",
      buffer: Buffer.from(packText),
    });
    await panel
      .getByTestId("import-preview")
      .filter({ hasText: "4 new vendors" })
      .waitFor({ timeout: 20_000 });
    await panel.getByRole("button", { name: "Import", exact: true }).click();
    await panel.getByText(/^Imported 4 new vendors/).waitFor({ timeout: 20_000 });
  });

  afterAll(async () => {
    await extension?.close();
    await copy?.remove();
  });

  test("the vendor list shows every hostile name as text", async () => {
    await panel.getByRole("tab", { name: "Vendors" }).click();
    await expect.poll(() => panel.getByTestId("vendor-row").count(), { timeout: 10_000 }).toBe(4);
    await expectInert(
      panel,
      vendors.map((vendor) => vendor.name),
      `chrome-extension://${extension.extensionId}`,
    );
    expect(dialogs).toEqual([]);
  });

  test("a vendor's page shows its hostile name, review title, body and author as text", async () => {
    await panel.getByTestId("vendor-row").filter({ hasText: "Acme Payroll" }).click();
    await panel.getByTestId("vendor-detail").waitFor();
    // Reviews sit in a folded section of the vendor page: unfolded, as the owner would to read them.
    await panel.getByTestId("reviews-section").locator("summary").click();
    await expect.poll(() => panel.getByTestId("review").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectInert(
      panel,
      [vendors[0]!.name, reviewOfAcme.title!, reviewOfAcme.body],
      `chrome-extension://${extension.extensionId}`,
    );
    // Fields the owner edits hold the payloads as values, not markup.
    const values = await panel.evaluate(() =>
      Array.from(document.querySelectorAll("input, textarea")).map(
        (field) => (field as HTMLInputElement).value,
      ),
    );
    expect(values).toContain(vendors[0]!.name);
    expect(values.join("\n")).toContain(JS_LINK);
    expect(dialogs).toEqual([]);
  });

  test("the evaluations tab shows the hostile evaluation name as text", async () => {
    await panel.getByRole("button", { name: "← All vendors" }).click();
    await panel.getByRole("tab", { name: "Evaluations" }).click();
    await expect.poll(() => panel.getByTestId("evaluation").count(), { timeout: 10_000 }).toBe(1);
    await expectInert(panel, [evaluation.name], `chrome-extension://${extension.extensionId}`);
    expect(dialogs).toEqual([]);
  });

  test("the popup, over the hostile vendor's own site, names it as text", async () => {
    // The vendor's site, served by the test (no network); the extension copy may read its URL.
    await extension.context.route(`${VENDOR_SITE}**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><title>Acme</title><h1>Acme</h1>",
      }),
    );
    const popup = await extension.context.newPage();
    const popupDialogs: string[] = [];
    watchDialogs(popup, popupDialogs);
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    // The popup reads the active tab of its window when it opens: open the site there, then reopen.
    await popup.evaluate(async (url) => {
      await chrome.tabs.create({ url, active: true });
    }, VENDOR_SITE);
    await expect
      .poll(
        () =>
          popup.evaluate(async (url) => {
            const [tab] = await chrome.tabs.query({ url: `${url}*` });
            return tab?.status;
          }, VENDOR_SITE),
        { timeout: 15_000 },
      )
      .toBe("complete");
    await popup.evaluate(() => location.reload());
    await expect
      .poll(() => popup.getByTestId("site-status").textContent(), { timeout: 15_000 })
      .toContain("Already in your library");
    await expectInert(
      popup,
      [`Already in your library: ${vendors[0]!.name}`],
      `chrome-extension://${extension.extensionId}`,
    );
    expect(popupDialogs).toEqual([]);
    await popup.close();
  });

  test("a hostile page clipped through the extension (Chrome's DOMParser, offscreen) shows as text in the vendor page and list", async () => {
    await extension.context.route(`${HOSTILE_SITE}**`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: HOSTILE_PAGE }),
    );
    const tab = await extension.context.newPage();
    await tab.goto(HOSTILE_SITE);
    // The popup's own "clip-tab" message: the service worker runs the same clip the toolbar button does.
    const outcome = await panel.evaluate(async (url) => {
      const [found] = await chrome.tabs.query({ url: `${url}*` });
      if (found?.id === undefined) throw new Error(`no tab for ${url}`);
      return chrome.runtime.sendMessage({ type: "clip-tab", tabId: found.id });
    }, HOSTILE_SITE);
    await tab.close();
    // The page's JSON-LD was read (its name, not the title's), so the payloads reached the library.
    expect(outcome).toMatchObject({
      ok: true,
      created: true,
      vendorName: expect.stringContaining("Evil Payroll"),
    });
    // The side panel opens on the vendor just clipped.
    await panel.reload();
    await panel.getByTestId("vendor-detail").waitFor({ timeout: 10_000 });
    await panel.getByTestId("reviews-section").locator("summary").click();
    await panel.getByText("Evil review body").first().waitFor({ timeout: 10_000 });
    await expectInert(
      panel,
      ["Evil Payroll", "Evil review body"],
      `chrome-extension://${extension.extensionId}`,
    );
    await panel.getByRole("button", { name: "← All vendors" }).click();
    await panel
      .getByTestId("vendor-row")
      .filter({ hasText: "Evil Payroll" })
      .first()
      .waitFor({ timeout: 10_000 });
    await expectInert(
      panel,
      ["Evil Payroll", vendors[1]!.name],
      `chrome-extension://${extension.extensionId}`,
    );
    expect(dialogs).toEqual([]);
  });

  test("the checks above would see an injected element and a dialog", async () => {
    await panel.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<img src="x" onerror="void 0">');
    });
    await expect(expectInert(panel, [], `chrome-extension://${extension.extensionId}`)).rejects.toThrow();
    await panel.evaluate(() => alert("probe"));
    expect(dialogs).toEqual(["alert: probe"]);
  });
});

describe("hostile records in the task pane (real Chromium, mocked Office host)", () => {
  const ADDIN_DIR = resolve(ROOT, "dist/addin");
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    if (!existsSync(resolve(ADDIN_DIR, "taskpane.html"))) {
      throw new Error(
        "dist/addin/taskpane.html is missing. Run `npm run build` first, then run the tests again.",
      );
    }
    server = await serveHttps(ADDIN_DIR, 0);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("a hostile vendor pack's names, evaluation and criteria show as text", async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 1400 },
      ignoreHTTPSErrors: true,
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    watchDialogs(page, dialogs);
    await routeOfficeHostDouble(page, { platform: "PC" });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId("pack-file-input").setInputFiles({
      name: "hostile.vendorpack.json",
      mimeType: "application/json",
      buffer: Buffer.from(packText),
    });
    await page.getByText("4 vendors, 2 reviews, 1 evaluation").waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Use this pack" }).click();
    await page.getByText("4 of 4 vendors selected").waitFor({ timeout: 15_000 });
    await expectInert(
      page,
      [...vendors.map((vendor) => vendor.name), evaluation.criteria[0]!.name],
      server.origin,
    );
    // The evaluation's name is in the picker (a combobox value or an option's text).
    const pickerText = await page.evaluate(
      () =>
        `${document.body.textContent}\n${Array.from(
          document.querySelectorAll("input, button, [role=combobox]"),
        )
          .map((element) => (element as HTMLInputElement).value ?? element.textContent ?? "")
          .join("\n")}`,
    );
    expect(pickerText).toContain(evaluation.name);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
