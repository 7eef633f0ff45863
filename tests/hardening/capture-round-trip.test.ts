import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import * as fc from "fast-check";
import { JSDOM } from "jsdom";
import { expect, test } from "vitest";
import { VendorLibrary } from "../../extension/db/library";
import { VendorScoutDb } from "../../extension/db/vendorscout-db";
import { extractCapture } from "../../shared/extract";
import { fuzzParameters, fuzzTimeout } from "./fuzz-runs";
import { hostilePage } from "./hostile-pages";

const NOW = new Date("2026-11-22T08:00:00.000Z");
const parser = new new JSDOM("").window.DOMParser();

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
        }
        const exported = JSON.stringify(await owner.exportPack());
        const other = freshLibrary();
        const result = await other.commitImport(exported);
        expect(result, exported.slice(0, 300)).toMatchObject({ ok: true, rejected: [] });
        expect(JSON.stringify(await other.exportPack())).toBe(exported);
      }),
      fuzzParameters(1_000, 15),
    );
    expect(saved).toBeGreaterThan(0);
  },
  fuzzTimeout(1_800_000, 60_000),
);
