/**
 * The extraction page set: every fixture page (tests/fixtures/pages/*.html, the directory and provider
 * pages written from the shapes in DESIGN.md) and every real page in ../shared/fixtures/pages, each with
 * the address it was saved from (its canonical link or og:url when it names one), so relative links
 * resolve as they did on the web.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { BrowserContext } from "playwright-core";

export interface BenchPage {
  /** Path relative to the folder above the checkout, e.g. "main/tests/fixtures/pages/g2.html". */
  id: string;
  html: string;
  url: string;
}

const FALLBACK_URL = "https://example.com/";

/** The page's own idea of its address: canonical link first, then og:url. */
export function pageUrlRaw(html: string): string {
  const candidates = [
    /<link\b[^>]*\brel=["']canonical["'][^>]*\bhref=["']([^"']+)["']/i.exec(html)?.[1],
    /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"']+)["']/i.exec(html)?.[1],
  ];
  for (const candidate of candidates) {
    const url = candidate?.replaceAll("&amp;", "&");
    if (url && /^https?:\/\//i.test(url) && URL.canParse(url)) return url;
  }
  return FALLBACK_URL;
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return htmlFiles(path);
      return entry.endsWith(".html") ? [path] : [];
    });
}

/** Every page of the set; the shared folder is absent in a checkout without ../shared, which is named. */
export function loadPageSet(repoRoot: string): { pages: BenchPage[]; missing: string[] } {
  const base = resolve(repoRoot, "..");
  const dirs = [resolve(repoRoot, "tests/fixtures/pages"), resolve(repoRoot, "../shared/fixtures/pages")];
  const missing = dirs.filter((dir) => !existsSync(dir)).map((dir) => relative(base, dir));
  const pages = dirs.flatMap(htmlFiles).map((path) => {
    const html = readFileSync(path, "utf8");
    return { id: relative(base, path), html, url: pageUrlRaw(html) };
  });
  return { pages, missing };
}

/** A short name for tables: "g2.html", "extruct/product.html". */
export function shortPageName(id: string): string {
  return id.replace(/^.*?(?:tests|shared)\/fixtures\/pages\//, "");
}

/**
 * Serves the page set in a browser context at the pages' own addresses: the navigation to the page last
 * picked gets its fixture, every other request (other pages, images, scripts, the network) is refused.
 * Returns the picker, which gives the address to open.
 */
export async function servePagesAtTheirAddresses(
  context: BrowserContext,
): Promise<(page: BenchPage) => string> {
  let current = { url: "", html: "" };
  await context.route(/^https?:/, (route) => {
    const request = route.request();
    if (request.isNavigationRequest() && request.url() === current.url) {
      return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: current.html });
    }
    return route.abort();
  });
  return (page) => {
    current = { url: new URL(page.url).href, html: page.html };
    return current.url;
  };
}
