/**
 * The bundled demo provider pages (tests/fixtures/pages) that `npm start` opens and `npm run demo` clips:
 * a provider's own site and a review-directory page about the same vendor, then a second provider.
 */
export const DEMO_PAGES = {
  provider: "provider-brightbooks.html",
  directory: "trustpilot.html",
  secondProvider: "provider-northwind-it.html",
} as const;

/** The pages in the order the demo clips them. */
export const DEMO_CLIP_ORDER = [
  DEMO_PAGES.provider,
  DEMO_PAGES.directory,
  DEMO_PAGES.secondProvider,
] as const;

/**
 * Page URLs on the server at `origin`.
 *
 * @example
 * demoPageUrls("http://localhost:8080", ["provider-brightbooks.html"]) //=> ["http://localhost:8080/provider-brightbooks.html"]
 */
export function demoPageUrls(origin: string, pages: readonly string[]): string[] {
  return pages.map((page) => new URL(page, `${origin}/`).href);
}
