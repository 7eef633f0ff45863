import { expect, test, vi } from "vitest";
import { buildVendorPack } from "../../shared/schema/vendor-pack";
import { makeCapture, makeLibrary } from "../../tests/support/library/make-library";
import { importSummary, libraryPort } from "./library-port";

test("a refused edit comes back as the library's sentence, and the vendor is unchanged", async () => {
  const library = makeLibrary();
  const { vendor } = await library.saveCapture(makeCapture({ domain: "acme.com", name: "Acme" }));
  const port = libraryPort(library);
  const refused = await port.updateVendor(vendor.id, { website: "javascript:alert(1)" });
  expect(refused).toEqual({ ok: false, errors: { edit: expect.stringMatching(/website.*http\(s\) URL/) } });
  expect((await port.getVendor(vendor.id))?.website).toBe(vendor.website);
  const saved = await port.updateVendor(vendor.id, { tags: ["payroll", "uk"] });
  expect(saved.ok && saved.vendor.tags).toEqual(["payroll", "uk"]);
  expect(await port.listTags()).toEqual(["payroll", "uk"]);
});

test("clip history reads as sentences with the page it came from", async () => {
  const library = makeLibrary();
  const { vendor } = await library.saveCapture(
    makeCapture({ domain: "acme.com", url: "https://acme.com/about" }),
  );
  expect(await libraryPort(library).clipHistory(vendor.id)).toEqual([
    {
      url: "https://acme.com/about",
      capturedAt: "2026-02-01T00:00:00.000Z",
      summary: "vendor's own site, 0 reviews",
    },
  ]);
});

test("import: a dry run writes nothing; the import then says what it did", async () => {
  const source = makeLibrary();
  await source.saveCapture(makeCapture({ domain: "acme.com", name: "Acme" }));
  const text = JSON.stringify(await source.exportPack());
  const target = libraryPort(makeLibrary());
  const preview = await target.previewImport(text);
  expect(preview).toMatchObject({ ok: true, newVendors: 1, updatedVendors: 0, rejected: [] });
  expect((await target.searchVendors({}, 0, 10)).total).toBe(0);
  expect(await target.commitImport(text)).toEqual({
    ok: true,
    message: "Imported 1 new vendor, updated 0, added 0 reviews and 0 evaluations.",
  });
  expect((await target.searchVendors({}, 0, 10)).total).toBe(1);
});

test("an invalid file is summarised as errors only", async () => {
  const port = libraryPort(makeLibrary());
  const preview = await port.previewImport("{not json");
  expect(preview.ok).toBe(false);
  expect(preview.errors[0]).toMatch(/not valid JSON/);
  const empty = buildVendorPack({
    vendors: [],
    reviews: [],
    evaluations: [],
    appVersion: "1",
    exportedAt: new Date(),
  });
  expect(await port.previewImport(JSON.stringify(empty))).toMatchObject({ ok: true, newVendors: 0 });
});

test("rejected records keep their id and reason", () => {
  expect(
    importSummary({
      ok: true,
      newVendors: 0,
      updatedVendors: 0,
      unchangedVendors: 0,
      newReviews: 0,
      evaluations: 0,
      rejected: [{ id: "x.com", reason: "bad" }, { reason: "worse" }],
      changes: [],
    }).rejected,
  ).toEqual([
    { label: "x.com", reasons: ["bad"] },
    { label: "a record", reasons: ["worse"] },
  ]);
});

test("reading the search index ahead waits for the page to be idle", async () => {
  const library = makeLibrary();
  await library.saveCapture(makeCapture({ domain: "acme.com", name: "Acme" }));
  const idle: Array<() => void> = [];
  const read = vi.spyOn(library, "prepareSearch");
  const prepared = libraryPort(library, (work) => idle.push(work)).prepareSearch();
  expect(read).not.toHaveBeenCalled();
  expect(idle).toHaveLength(1);
  idle[0]?.();
  await prepared;
  expect(read).toHaveBeenCalledTimes(1);
});
