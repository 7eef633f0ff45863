import { expect, test } from "vitest";
import { buildVendorPack, parseVendorPack } from "../../shared/schema/vendor-pack";
import { serializeVendorPack, vendorPackFileName } from "./vendor-pack-file";

const date = new Date("2026-03-01T23:30:00Z");

test.each<[string | undefined, string]>([
  [undefined, "vendorscout-library-2026-03-01.vendorpack.json"],
  ["Payroll: Q3 / 2026 — Zürich", "vendorscout-payroll-q3-2026-zurich-2026-03-01.vendorpack.json"],
  ["../../etc/passwd", "vendorscout-etc-passwd-2026-03-01.vendorpack.json"],
  ["日本", "vendorscout-evaluation-2026-03-01.vendorpack.json"],
  ["x".repeat(100), `vendorscout-${"x".repeat(60)}-2026-03-01.vendorpack.json`],
])("vendorPackFileName(%j)", (name, expected) => {
  expect(vendorPackFileName(name, date)).toBe(expected);
});

test("an invalid date still gives a usable name", () => {
  expect(vendorPackFileName(undefined, new Date(Number.NaN))).toBe(
    "vendorscout-library-undated.vendorpack.json",
  );
});

test("serializeVendorPack writes text parseVendorPack reads back", () => {
  const pack = buildVendorPack({
    vendors: [],
    reviews: [],
    evaluations: [],
    appVersion: "0.1.0",
    exportedAt: date,
  });
  const text = serializeVendorPack(pack);
  expect(text.endsWith("}\n")).toBe(true);
  expect(parseVendorPack(text)).toEqual({ ok: true, pack });
});
