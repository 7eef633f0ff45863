import { describe, expect, test } from "vitest";
import { buildVendorPack } from "../../../shared/schema/vendor-pack";
import { extensionBridgeDouble } from "../../../tests/support/bridge/extension-bridge-double";
import { makeEvaluation, makeReview, makeVendor } from "../../../tests/support/bridge/records";
import { extensionSource, packSource } from "./library-source";

const vendors = [makeVendor(1), makeVendor(2), makeVendor(3)];
const reviews = [makeReview("vendor-1", 1), makeReview("vendor-3", 1)];
const evaluation = makeEvaluation(["vendor-1", "vendor-2"]);

describe("packSource", () => {
  const pack = buildVendorPack({
    vendors,
    reviews,
    evaluations: [evaluation],
    appVersion: "0.1.0",
    exportedAt: new Date("2026-11-02T10:00:00Z"),
  });
  const source = packSource(pack, "mine.vendorpack.json");

  test("an evaluation pulls its vendors and their reviews only", async () => {
    const pulled = await source.pull("eval-1");
    expect(pulled.vendors.map((v) => v.id)).toEqual(["vendor-1", "vendor-2"]);
    expect(pulled.reviews.map((r) => r.vendorId)).toEqual(["vendor-1"]);
  });

  test("null pulls the whole pack", async () => {
    const progress: number[] = [];
    const pulled = await source.pull(null, (p) => progress.push(p.vendors));
    expect(pulled.vendors).toHaveLength(3);
    expect(pulled.reviews).toHaveLength(2);
    expect(progress).toEqual([3]);
  });

  test("lists the pack's evaluations and names the file", async () => {
    expect(await source.listEvaluations()).toEqual([evaluation]);
    expect(source).toMatchObject({ kind: "pack", label: "mine.vendorpack.json" });
  });
});

describe("extensionSource", () => {
  const transport = extensionBridgeDouble({ vendors, reviews, evaluations: [evaluation] });

  test("reads evaluations and pulls over the bridge", async () => {
    const source = extensionSource(transport, "0.1.0");
    expect(source.label).toBe("the VendorScout extension 0.1.0");
    expect(await source.listEvaluations()).toEqual([evaluation]);
    const pulled = await source.pull(null);
    expect(pulled).toMatchObject({ pages: 2 });
    expect(pulled.vendors).toHaveLength(3);
  });
});
