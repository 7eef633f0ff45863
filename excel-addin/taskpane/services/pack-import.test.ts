import { describe, expect, test } from "vitest";
import { buildVendorPack, VENDOR_PACK_MAX_BYTES } from "../../../shared/schema/vendor-pack";
import { makeEvaluation, makeReview, makeVendor } from "../../../tests/support/bridge/records";
import { dryRunVendorPack, type PackFile } from "./pack-import";

function file(text: string, name = "library.vendorpack.json", size = text.length): PackFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size, arrayBuffer: async () => bytes.slice().buffer };
}

const vendors = [makeVendor(1), makeVendor(2)];
const pack = buildVendorPack({
  vendors,
  reviews: [makeReview("vendor-1", 1), makeReview("vendor-1", 2), makeReview("vendor-2", 1)],
  evaluations: [makeEvaluation(["vendor-1", "vendor-2"])],
  appVersion: "0.1.0",
  exportedAt: new Date("2026-11-02T10:00:00Z"),
});

describe("dryRunVendorPack", () => {
  test("counts what a good pack holds", async () => {
    const result = await dryRunVendorPack(file(JSON.stringify(pack)));
    expect(result).toMatchObject({ ok: true, vendors: 2, reviews: 3, evaluations: 1 });
    expect(result.ok && result.pack.vendors[0]?.id).toBe("vendor-1");
  });

  test("lists the problems of a broken pack", async () => {
    const broken = { ...pack, reviews: [{ ...pack.reviews[0], vendorId: "missing" }] };
    const result = await dryRunVendorPack(file(JSON.stringify(broken)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join("\n")).toMatch(/not in the pack/);
  });

  test("refuses what is not JSON with a sentence", async () => {
    const result = await dryRunVendorPack(file("hello"));
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/not valid JSON/)] });
  });

  test("refuses an oversized file before reading it", async () => {
    let read = false;
    const big: PackFile = {
      name: "big.vendorpack.json",
      size: VENDOR_PACK_MAX_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    expect(await dryRunVendorPack(big)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/larger than/)],
    });
    expect(read).toBe(false);
  });

  test("shows at most 10 problems, then how many more, then what to do", async () => {
    const broken = {
      ...pack,
      reviews: Array.from({ length: 40 }, (_, i) => ({
        ...makeReview("vendor-1", i),
        vendorId: `missing-${i}`,
      })),
    };
    const result = await dryRunVendorPack(file(JSON.stringify(broken)));
    expect(!result.ok && result.errors).toHaveLength(12);
    expect(!result.ok && result.errors.at(-2)).toBe("And 30 more problems like these.");
    expect(!result.ok && result.errors.at(-1)).toMatch(/^Export the pack again/);
  });

  test("refuses invalid UTF-8 instead of importing mangled text", async () => {
    const bad = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const result = await dryRunVendorPack({ name: "bad.json", size: 4, arrayBuffer: async () => bad.buffer });
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/not valid UTF-8/)] });
  });

  test("a file that cannot be read says so", async () => {
    const result = await dryRunVendorPack({
      name: "x",
      size: 1,
      arrayBuffer: async () => {
        throw new Error("NotReadableError");
      },
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/could not be read \(NotReadableError\)/)],
    });
  });
});
