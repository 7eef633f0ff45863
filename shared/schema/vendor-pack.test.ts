import { describe, expect, test } from "vitest";
import { criteriaTemplate } from "./criteria-templates";
import { describeIssues } from "./issues";
import { vendorSchema } from "./vendor";
import {
  buildVendorPack,
  parseVendorPack,
  parseVendorPackBytes,
  VENDOR_PACK_FORMAT,
  VENDOR_PACK_MAX_BYTES,
  VENDOR_PACK_VERSION,
  vendorPackSchema,
} from "./vendor-pack";

const now = "2026-11-01T10:00:00.000Z";
const vendor = vendorSchema.parse({
  id: "brightbooks.com",
  name: "BrightBooks",
  domain: "brightbooks.com",
  createdAt: now,
  updatedAt: now,
});
const review = {
  id: "r-1",
  vendorId: "brightbooks.com",
  source: "g2",
  scale: 5,
  body: "Quick month-end close.",
  capturedAt: now,
  quote: { exact: "Quick month-end close.", prefix: "", suffix: "" },
};
const evaluation = {
  id: "eval-1",
  name: "Bookkeeping 2026",
  function: "accounting-payroll",
  criteria: criteriaTemplate("accounting-payroll"),
  vendorIds: ["brightbooks.com"],
  termMonths: 36,
  createdAt: now,
  updatedAt: now,
};
const pack = {
  format: VENDOR_PACK_FORMAT,
  version: VENDOR_PACK_VERSION,
  exportedAt: now,
  appVersion: "0.1.0",
  evaluations: [evaluation],
  vendors: [vendor],
  reviews: [review],
};

function errorsOf(text: string): string[] {
  const result = parseVendorPack(text);
  if (result.ok) throw new Error("expected the pack to be refused");
  return result.errors;
}

describe("parseVendorPack", () => {
  test("reads a current pack", () => {
    const result = parseVendorPack(JSON.stringify(pack));
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.pack.vendors[0]?.name).toBe("BrightBooks");
    expect(result.ok && result.migratedFrom).toBeUndefined();
  });

  test("reads a pack holding U+FFFD as text: only bytes are judged as UTF-8", () => {
    const result = parseVendorPack(JSON.stringify(pack).replace("BrightBooks", "Bright\uFFFDBooks"));
    expect(result.ok && result.pack.vendors[0]?.name).toBe("Bright\uFFFDBooks");
  });

  test("reads a pack that starts with a byte-order mark", () => {
    expect(parseVendorPack(`\uFEFF${JSON.stringify(pack)}`).ok).toBe(true);
  });

  test("migrates a version-1 pack and says so", () => {
    const { function: _fn, ratings: _r, ...v1Vendor } = vendor;
    const v1 = {
      ...pack,
      version: 1,
      vendors: [{ ...v1Vendor, category: "accounting-payroll", rating: 4.2, reviewCount: 31 }],
    };
    const result = parseVendorPack(JSON.stringify(v1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.pack.version).toBe(VENDOR_PACK_VERSION);
    expect(result.pack.vendors[0]).toMatchObject({
      function: "accounting-payroll",
      ratings: [{ value: 4.2, count: 31 }],
    });
  });

  test.each([
    ["a version-1 pack", 1],
    ["a version-2 pack written before evaluations reached version 2", VENDOR_PACK_VERSION],
  ])("reads %s with a version-1 evaluation in the current shape (issue 21)", (_label, version) => {
    const v1Evaluation = { ...evaluation, inHouseMonthlyCost: 4200 };
    const result = parseVendorPack(JSON.stringify({ ...pack, version, evaluations: [v1Evaluation] }));
    if (!result.ok) throw new Error(result.errors.join(" "));
    const [read] = result.pack.evaluations;
    expect(read?.inHouse).toEqual({
      salaries: 4200,
      benefitsPct: 0,
      toolsAndSoftware: 0,
      spaceAndEquipment: 0,
      recruitingAndTurnover: 0,
    });
    expect(read).not.toHaveProperty("inHouseMonthlyCost");
    expect(read).toMatchObject({ teamSize: 1, gates: [], fxRates: [], vendorCosts: {} });
  });

  test("leaves a current evaluation's in-house breakdown as the pack has it", () => {
    const current = { ...evaluation, inHouse: { salaries: 3000, benefitsPct: 20 } };
    const result = parseVendorPack(JSON.stringify({ ...pack, evaluations: [current] }));
    expect(result.ok && result.pack.evaluations[0]?.inHouse).toMatchObject({
      salaries: 3000,
      benefitsPct: 20,
    });
  });

  test.each([
    ["not JSON", "{ nope", /not valid JSON.*Export the pack again/],
    ["JSON that is not a pack", "[1,2,3]", /not a VendorScout vendor pack/],
    ["another app's file", JSON.stringify({ format: "other", version: 1 }), /not a VendorScout vendor pack/],
    [
      "a newer version",
      JSON.stringify({ ...pack, version: 99 }),
      /version 99.*newer VendorScout.*Update VendorScout/,
    ],
    ["no version", JSON.stringify({ ...pack, version: "2" }), /no valid version number/],
    ["version 0", JSON.stringify({ ...pack, version: 0 }), /no valid version number/],
  ])("refuses %s with a sentence that says why", (_label, text, message) => {
    expect(errorsOf(text).join("\n")).toMatch(message);
  });

  test("refuses a file over the size limit before parsing it", () => {
    expect(errorsOf(" ".repeat(VENDOR_PACK_MAX_BYTES + 1))[0]).toMatch(/larger than 40 MB/);
  });

  // Every path a pack import can refuse a record by, and the sentence the owner reads for it: no
  // schema path ("vendors[0].name"), no parser output, each sentence naming the record and the fault.
  test.each([
    ["a vendor without a name", { vendors: [{ ...vendor, name: undefined }] }, "Vendor 1 has no name."],
    [
      "a phone number too long to be one",
      { vendors: [{ ...vendor, contacts: { emails: [], phones: [{ shown: "1".repeat(41) }] } }] },
      "Vendor 1 (“BrightBooks”) has a phone number that is too long.",
    ],
    [
      "an E.164 form that is not one",
      {
        vendors: [
          { ...vendor, contacts: { emails: [], phones: [{ shown: "020 7946 0958", e164: "02079460958" }] } },
        ],
      },
      "Vendor 1 (“BrightBooks”) has a phone number's international (E.164) form that is not valid.",
    ],
    [
      "a rating given as text",
      { vendors: [{ ...vendor, ratings: [{ source: "g2", value: "4.5", scale: 5, capturedAt: now }] }] },
      "Vendor 1 (“BrightBooks”) has a rating value that is not valid.",
    ],
    [
      "an unknown pipeline status",
      { vendors: [{ ...vendor, status: "maybe" }] },
      "Vendor 1 (“BrightBooks”) has a pipeline status VendorScout does not know.",
    ],
    [
      "a website that is not an address",
      { vendors: [{ ...vendor, website: "not a url" }] },
      "Vendor 1 (“BrightBooks”) has a website address that is not valid: it must be an http(s) URL.",
    ],
    [
      "a duplicate vendor id",
      { vendors: [vendor, vendor], evaluations: [], reviews: [] },
      'Vendor 2 (“BrightBooks”): Vendor id "brightbooks.com" appears twice.',
    ],
    ["a duplicate review id", { reviews: [review, review] }, 'Review 2: Review id "r-1" appears twice.'],
    [
      "a review of a missing vendor",
      { reviews: [{ ...review, vendorId: "ghost.com" }] },
      'Review 1: Review belongs to vendor "ghost.com", which is not in the pack.',
    ],
    ["a review without text", { reviews: [{ ...review, body: undefined }] }, "Review 1 has no text."],
    [
      "an evaluation naming a missing vendor",
      { evaluations: [{ ...evaluation, vendorIds: ["ghost.com"] }] },
      `Evaluation 1 (“${evaluation.name}”): Evaluation names vendor "ghost.com", which is not in the pack.`,
    ],
    [
      "a duplicate evaluation id",
      { evaluations: [evaluation, evaluation] },
      `Evaluation 2 (“${evaluation.name}”): Evaluation id "eval-1" appears twice.`,
    ],
    [
      "an evaluation whose weights are all zero",
      { evaluations: [{ ...evaluation, criteria: evaluation.criteria.map((c) => ({ ...c, weight: 0 })) }] },
      `Evaluation 1 (“${evaluation.name}”): At least one criterion needs a weight above zero.`,
    ],
    [
      "a negative weight",
      { evaluations: [{ ...evaluation, criteria: [{ ...evaluation.criteria[0], weight: -1 }] }] },
      `Evaluation 1 (“${evaluation.name}”) has a weight that is too small.`,
    ],
    ["no vendor list", { vendors: undefined }, "The pack has no vendor list."],
  ])("refuses %s with a plain sentence", (_label, patch, expected) => {
    const errors = errorsOf(JSON.stringify({ ...pack, ...patch }));
    expect(errors).toContain(expected);
    expect(errors.at(-1)).toBe(
      "Export the pack again from VendorScout; if you edited the file, undo those edits.",
    );
    for (const line of errors) expect(line).not.toMatch(/\w\[\d+\]|Invalid input|expected \w+, received/);
  });

  test("a pack with prototype keys is refused on every path, never merged into objects", () => {
    const hostile = JSON.stringify(pack).replace(
      '"name":"BrightBooks"',
      '"name":"BrightBooks","__proto__":{"polluted":true},"constructor":{"x":1}',
    );
    const result = parseVendorPack(hostile);
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringMatching(/"__proto__" key.*nothing was imported/)],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("parseVendorPackBytes", () => {
  test("reads UTF-8 bytes", () => {
    expect(parseVendorPackBytes(new TextEncoder().encode(JSON.stringify(pack))).ok).toBe(true);
  });

  test.each([
    ["a lone continuation byte", [0x7b, 0x80, 0x7d]],
    ["UTF-16 with a byte-order mark", [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]],
    ["a truncated sequence", [0x7b, 0xe2, 0x82]],
  ])("refuses %s", (_label, bytes) => {
    const result = parseVendorPackBytes(new Uint8Array(bytes));
    expect(result.ok === false && result.errors[0]).toMatch(/not valid UTF-8/);
  });

  test("refuses a 50 MB file by its size, before decoding it", () => {
    const result = parseVendorPackBytes(new Uint8Array(50 * 1024 * 1024));
    expect(result.ok === false && result.errors[0]).toMatch(/larger than 40 MB/);
  });
});

describe("buildVendorPack", () => {
  test("writes a pack that parseVendorPack reads back equal", () => {
    const built = buildVendorPack({
      vendors: [vendor],
      reviews: [vendorPackSchema.shape.reviews.element.parse(review)],
      evaluations: [vendorPackSchema.shape.evaluations.element.parse(evaluation)],
      appVersion: "0.1.0",
      exportedAt: new Date(now),
    });
    const reread = parseVendorPack(JSON.stringify(built));
    expect(reread).toEqual({ ok: true, pack: built });
  });

  test("refuses to write a pack with a review of a vendor it does not hold", () => {
    expect(() =>
      buildVendorPack({
        vendors: [],
        reviews: [vendorPackSchema.shape.reviews.element.parse(review)],
        evaluations: [],
        appVersion: "0.1.0",
        exportedAt: new Date(now),
      }),
    ).toThrow(/not in the pack/);
  });
});

describe("describeIssues", () => {
  test("names the path, and counts what it leaves out", () => {
    const issues = Array.from({ length: 3 }, (_, i) => ({
      code: "custom" as const,
      message: "bad",
      path: ["vendors", i, "name"],
      input: null,
    }));
    expect(describeIssues(issues, "", 2)).toEqual([
      "vendors[0].name: bad",
      "vendors[1].name: bad",
      "…and 1 more problems",
    ]);
    expect(describeIssues([{ code: "custom", message: "bad", path: [], input: null }])).toEqual([
      "(file): bad",
    ]);
    expect(
      describeIssues([{ code: "custom", message: "bad", path: ["id"], input: null }], "vendors[2]"),
    ).toEqual(["vendors[2].id: bad"]);
  });
});
