import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import * as fc from "fast-check";
import { JSDOM } from "jsdom";
import { expect, test } from "vitest";
import { VendorLibrary } from "../../extension/db/library";
import { VendorScoutDb } from "../../extension/db/vendorscout-db";
import { extractCapture } from "../../shared/extract";
import { fuzzParameters, fuzzTimeout } from "./fuzz-runs";
import { type HostilePage, hostilePage } from "./hostile-pages";

const NOW = new Date("2026-11-22T08:00:00.000Z");
const parser = new new JSDOM("").window.DOMParser();

/**
 * A hostile page that certainly names a vendor with a domain, run first: whether the generated pages
 * save any vendor is chance (15 quick runs once saved none), and a round trip of nothing proves nothing.
 */
const SAVED_PAGE: HostilePage = {
  url: "https://legit-vendor.example/",
  html: `<!doctype html><html><head><meta charset="utf-8"><title>Legit Vendor &lt;img src=x onerror=alert(1)&gt;</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"<script>alert(1)</script> Legit Vendor","url":"https://legit-vendor.example/","telephone":"=HYPERLINK(\\"http://evil\\") +44 20 7946 0958"}</script>
</head><body><h1>Legit Vendor</h1><a href="tel:+442079460958">Call</a><a href="mailto:sales@legit-vendor.example">Mail</a></body></html>`,
};

function freshLibrary(): VendorLibrary {
  return new VendorLibrary(new VendorScoutDb({ indexedDB: new IDBFactory(), IDBKeyRange }), {
    now: () => NOW,
    appVersion: "0.1.0-hardening",
  });
}

test(
  "a vendor clipped from a hostile page survives export and import into another library unchanged",
  async () => {
    let saved = 0;
    let savedExample = false;
    await fc.assert(
      fc.asyncProperty(fc.array(hostilePage, { minLength: 1, maxLength: 4 }), async (pages) => {
        const owner = freshLibrary();
        for (const page of pages) {
          const capture = extractCapture(parser.parseFromString(page.html, "text/html"), page.url, {
            capturedAt: NOW,
          });
          if (!capture.vendor.domain || !capture.vendor.name) continue;
          await owner.saveCapture(capture);
          saved++;
          if (page === SAVED_PAGE) savedExample = true;
        }
        const exported = JSON.stringify(await owner.exportPack());
        const other = freshLibrary();
        const result = await other.commitImport(exported);
        expect(result, exported.slice(0, 300)).toMatchObject({ ok: true, rejected: [] });
        expect(JSON.stringify(await other.exportPack())).toBe(exported);
      }),
      { ...fuzzParameters(1_000, 15), examples: [[[SAVED_PAGE]]] },
    );
    expect(savedExample).toBe(true);
    expect(saved).toBeGreaterThan(0);
  },
  fuzzTimeout(1_800_000, 60_000),
);
