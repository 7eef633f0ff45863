/**
 * Bundled by the extract.browser measurement (esbuild, IIFE) and evaluated in each page: exposes the
 * extractor over the page's own document, nothing else. Bench-only; the extension injects shared/extract
 * through its own background code.
 */
import { extractCapture } from "../../../shared/extract";

const CAPTURED_AT = new Date("2026-01-01T00:00:00.000Z");

Reflect.set(globalThis, "__vendorScoutBench", {
  extract: (pageUrl: string) => extractCapture(document, pageUrl, { capturedAt: CAPTURED_AT }),
});
