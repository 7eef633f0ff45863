import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import * as fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { type ImportPreview, VendorLibrary } from "../../extension/db/library";
import { VendorScoutDb } from "../../extension/db/vendorscout-db";
import { captureSchema } from "../../shared/schema/capture";
import {
  buildVendorPack,
  decodeVendorPackBytes,
  parseVendorPackBytes,
  VENDOR_PACK_MAX_BYTES,
} from "../../shared/schema/vendor-pack";
import { makeEvaluation, makeReview, makeVendor } from "../support/bridge/records";
import { fuzzParameters, fuzzTimeout } from "./fuzz-runs";

const NOW = new Date("2026-11-22T08:00:00.000Z");

/**
 * One library for the whole file, seeded once: every hostile pack below is tried against it, and after
 * each the library must export exactly what it exported before (exportedAt aside, fixed here anyway).
 */
let library: VendorLibrary;
let before: string;

async function exportText(from: VendorLibrary = library): Promise<string> {
  const pack = await from.exportPack();
  const clips = await from.db.clips.toArray();
  return JSON.stringify({ ...pack, exportedAt: null, clips });
}

/** A valid pack as a plain JSON tree, to damage one part at a time. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
function goodPackTree(): { [key: string]: Json } {
  const vendors = [
    makeVendor(101, { name: "Imported Payroll Ltd", notes: "=1+1 from the pack" }),
    makeVendor(102, { name: "Second Vendor" }),
  ];
  const pack = buildVendorPack({
    vendors,
    reviews: [makeReview("vendor-101", 1), makeReview("vendor-102", 2)],
    evaluations: [makeEvaluation(["vendor-101", "vendor-102"], { id: "eval-pack", name: "From a pack" })],
    appVersion: "0.1.0",
    exportedAt: NOW,
  });
  return JSON.parse(JSON.stringify(pack)) as { [key: string]: Json };
}

function packText(mutate: (tree: { [key: string]: Json }) => void): string {
  const tree = goodPackTree();
  mutate(tree);
  return JSON.stringify(tree);
}

function at(tree: { [key: string]: Json }, key: "vendors" | "reviews" | "evaluations", index: number) {
  const list = tree[key] as { [key: string]: Json }[];
  return list[index]!;
}

/** A library on its own in-memory IndexedDB with the owner's records in it. */
async function seededLibrary(): Promise<VendorLibrary> {
  const seeded = new VendorLibrary(new VendorScoutDb({ indexedDB: new IDBFactory(), IDBKeyRange }), {
    now: () => NOW,
    appVersion: "0.1.0-hardening",
  });
  // The owner's library: vendors and reviews from a pack, a clip, an evaluation and an owner edit.
  const seed = buildVendorPack({
    vendors: [
      makeVendor(1, { name: "Northwind IT", notes: "Met them in March", criterionRatings: { cost: 4 } }),
      makeVendor(2, { name: "Contoso Managed Services", tags: ["shortlist"] }),
      makeVendor(3, { name: "<b>Fabrikam</b> & Co" }),
    ],
    reviews: [makeReview("vendor-1", 1), makeReview("vendor-1", 2), makeReview("vendor-3", 1)],
    evaluations: [makeEvaluation(["vendor-1", "vendor-2", "vendor-3"])],
    appVersion: "0.1.0",
    exportedAt: NOW,
  });
  expect((await seeded.commitImport(JSON.stringify(seed))).ok).toBe(true);
  await seeded.saveCapture(
    captureSchema.parse({
      url: "https://brightbooks.example/",
      capturedAt: NOW.toISOString(),
      pageKind: "vendor-site",
      vendor: { name: "BrightBooks", domain: "brightbooks.example", website: "https://brightbooks.example/" },
      reviews: [
        {
          source: "website",
          body: "Quick replies.",
          rating: 5,
          quote: { exact: "Quick replies.", prefix: "", suffix: "" },
        },
      ],
      warnings: [],
    }),
  );
  await seeded.updateVendor("vendor-2", { notes: "Owner's own note" });
  return seeded;
}

beforeAll(async () => {
  library = await seededLibrary();
  before = await exportText();
  expect(JSON.parse(before).vendors).toHaveLength(4);
});

async function expectRefused(text: string, problem: RegExp): Promise<void> {
  const preview = await library.previewImport(text);
  expectRefusal(preview, problem);
  expect(await exportText()).toBe(before);
  const commit = await library.commitImport(text);
  expectRefusal(commit, problem);
  expect(await exportText()).toBe(before);
}

function expectRefusal(result: ImportPreview, problem: RegExp): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.join("\n")).toMatch(problem);
}

/** [what is wrong, the pack's text, what the message must name]. */
const HOSTILE_PACKS: Array<[string, () => string, RegExp]> = [
  ["not a pack at all", () => JSON.stringify({ vendors: [] }), /not a VendorScout vendor pack/],
  ["a JSON array", () => "[1,2,3]", /not a VendorScout vendor pack/],
  [
    "version as a string",
    () =>
      packText((t) => {
        t.version = "2";
      }),
    /no valid version/,
  ],
  [
    "version 0",
    () =>
      packText((t) => {
        t.version = 0;
      }),
    /no valid version/,
  ],
  [
    "version 1.5",
    () =>
      packText((t) => {
        t.version = 1.5;
      }),
    /no valid version/,
  ],
  [
    "no version",
    () =>
      packText((t) => {
        delete t.version;
      }),
    /no valid version/,
  ],
  [
    "future version 4",
    () =>
      packText((t) => {
        t.version = 4;
      }),
    /version 4.*newer VendorScout/,
  ],
  [
    "future version 9999",
    () =>
      packText((t) => {
        t.version = 9999;
      }),
    /version 9999.*newer/,
  ],
  [
    "vendors is a string",
    () =>
      packText((t) => {
        t.vendors = "vendor-1";
      }),
    /The pack has a vendor list that is not valid\./,
  ],
  [
    "reviews is an object",
    () =>
      packText((t) => {
        t.reviews = {};
      }),
    /The pack has a review list that is not valid\./,
  ],
  [
    "evaluations is null",
    () =>
      packText((t) => {
        t.evaluations = null;
      }),
    /The pack has an evaluation list that is not valid\./,
  ],
  [
    "a vendor name that is a number",
    () =>
      packText((t) => {
        at(t, "vendors", 0).name = 42;
      }),
    /Vendor 1 has a name that is not valid\./,
  ],
  [
    "a rating given as text",
    () =>
      packText((t) => {
        at(t, "reviews", 0).rating = "5";
      }),
    /Review 1 has a rating that is not valid\./,
  ],
  [
    "an owner rating of 9 on a 1-5 scale",
    () =>
      packText((t) => {
        at(t, "vendors", 1).criterionRatings = { cost: 9 };
      }),
    /Vendor 2 .*has your rating for “cost” that is too large\./,
  ],
  [
    "a website that is a javascript: URL",
    () =>
      packText((t) => {
        at(t, "vendors", 0).website = "javascript:alert(1)";
      }),
    /Vendor 1 .*has a website address that is not valid: it must be an http\(s\) URL\./,
  ],
  [
    "a vendor without an id",
    () =>
      packText((t) => {
        delete at(t, "vendors", 0).id;
      }),
    /Vendor 1 .*has no id\./,
  ],
  [
    "a vendor without a name",
    () =>
      packText((t) => {
        delete at(t, "vendors", 1).name;
      }),
    /Vendor 2 has no name\./,
  ],
  [
    "a review without a body",
    () =>
      packText((t) => {
        delete at(t, "reviews", 0).body;
      }),
    /Review 1 has no text\./,
  ],
  [
    "an evaluation without criteria",
    () =>
      packText((t) => {
        delete at(t, "evaluations", 0).criteria;
      }),
    /Evaluation 1 .*has no criteria\./,
  ],
  [
    "no exportedAt",
    () =>
      packText((t) => {
        delete t.exportedAt;
      }),
    /The pack has no export date\./,
  ],
  [
    "a __proto__ key at the top",
    () => packText(() => undefined).replace("{", '{"__proto__":{"polluted":true},'),
    /"__proto__" key/,
  ],
  [
    "a __proto__ key inside a vendor",
    () =>
      packText(() => undefined).replace(
        '"id":"vendor-101"',
        '"__proto__":{"isAdmin":true},"id":"vendor-101"',
      ),
    /"__proto__" key/,
  ],
  [
    "a constructor.prototype key inside a review",
    () =>
      packText((t) => {
        Object.assign(at(t, "reviews", 0), JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'));
      }),
    /"(constructor|prototype)" key/,
  ],
  [
    "a prototype key in the owner's ratings",
    () =>
      packText((t) => {
        at(t, "vendors", 0).criterionRatings = { prototype: 3 };
      }),
    /"prototype" key/,
  ],
  [
    "a __proto__ key spelled with \\u escapes",
    () =>
      packText(() => undefined).replace(
        '"id":"vendor-101"',
        '"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true},"id":"vendor-101"',
      ),
    /"__proto__" key/,
  ],
  [
    "two vendors with one id",
    () =>
      packText((t) => {
        at(t, "vendors", 1).id = "vendor-101";
      }),
    /vendor id "vendor-101" appears twice/i,
  ],
  [
    "two reviews with one id",
    () =>
      packText((t) => {
        at(t, "reviews", 1).id = at(t, "reviews", 0).id ?? "";
      }),
    /review id ".*" appears twice/i,
  ],
  [
    "two evaluations with one id",
    () =>
      packText((t) => {
        const evaluations = t.evaluations as Json[];
        evaluations.push(evaluations[0]!);
      }),
    /evaluation id "eval-pack" appears twice/i,
  ],
  [
    "a review of a vendor the pack lacks",
    () =>
      packText((t) => {
        at(t, "reviews", 0).vendorId = "vendor-missing";
      }),
    /vendor "vendor-missing", which is not in the pack/i,
  ],
  [
    "an evaluation naming a vendor the pack lacks",
    () =>
      packText((t) => {
        at(t, "evaluations", 0).vendorIds = ["vendor-101", "vendor-ghost"];
      }),
    /evaluation names vendor "vendor-ghost", which is not in the pack/i,
  ],
  ["truncated JSON", () => packText(() => undefined).slice(0, 200), /not valid JSON/],
  ["an empty file", () => "", /not valid JSON/],
  ["text after the JSON", () => `${packText(() => undefined)}\n{"more":1}`, /not valid JSON/],
];

describe("importing a hostile vendor pack leaves the library exactly as it was", () => {
  test.each(HOSTILE_PACKS)("%s: refused, with a message naming the problem", async (_what, text, problem) => {
    await expectRefused(text(), problem);
  });

  test("a 50 MB file is refused before it is parsed, as text and as bytes", async () => {
    const good = packText(() => undefined);
    const padding = "x".repeat(50 * 1024 * 1024 - good.length);
    const huge = good.replace('"appVersion":"0.1.0"', `"appVersion":"0.1.0","padding":"${padding}"`);
    expect(huge.length).toBeGreaterThan(VENDOR_PACK_MAX_BYTES);
    await expectRefused(huge, /larger than 40 MB/);
    const bytes = parseVendorPackBytes(new TextEncoder().encode(huge));
    expect(bytes.ok).toBe(false);
    if (!bytes.ok) expect(bytes.errors.join("\n")).toMatch(/larger than 40 MB/);
  }, 60_000);

  const BAD_UTF8: Array<[string, number[]]> = [
    ["a stray 0xFF byte", [0xff]],
    ["a lone continuation byte", [0x80]],
    ["an overlong '/' (C0 AF)", [0xc0, 0xaf]],
    ["an encoded surrogate (ED A0 80)", [0xed, 0xa0, 0x80]],
    ["a code point above U+10FFFF (F4 90 80 80)", [0xf4, 0x90, 0x80, 0x80]],
    ["a sequence cut short (E2 82)", [0xe2, 0x82]],
  ];

  test.each(BAD_UTF8)(
    "invalid UTF-8 (%s) is refused as bytes and as the text a File gives",
    async (_what, bad) => {
      const good = new TextEncoder().encode(packText(() => undefined));
      const cut = new TextEncoder().encode(packText(() => undefined).split("Second")[0]!).length;
      const bytes = new Uint8Array([...good.subarray(0, cut), ...bad, ...good.subarray(cut)]);
      // The task pane reads a File's bytes.
      const parsed = parseVendorPackBytes(bytes);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors.join("\n")).toMatch(/not valid UTF-8/);
      // The side panel decodes a File's bytes the same way before anything reaches the library.
      const decoded = decodeVendorPackBytes(new Uint8Array(await new Blob([bytes]).arrayBuffer()));
      expect(decoded.ok === false && decoded.errors.join("\n")).toMatch(/not valid UTF-8/);
      expect(await exportText()).toBe(before);
    },
  );

  test(
    "a pack cut anywhere is refused",
    async () => {
      const good = packText(() => undefined);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: good.length - 1 }), async (length) => {
          await expectRefused(good.slice(0, length), /not valid JSON/);
        }),
        fuzzParameters(500, 40),
      );
    },
    fuzzTimeout(600_000),
  );

  test("the valid pack the hostile ones are made from is accepted by a dry run (so the refusals are about the damage)", async () => {
    const preview = await library.previewImport(packText(() => undefined));
    expect(preview).toMatchObject({ ok: true, newVendors: 2, newReviews: 2, evaluations: 1 });
    expect(await exportText()).toBe(before);
  });
});

describe("the comparison these tests rely on", () => {
  // Runs after the refusals above (tests in a file run in order): it changes the library.
  test("sees a change: importing the undamaged pack changes the export", async () => {
    const result = await library.commitImport(packText(() => undefined));
    expect(result.ok).toBe(true);
    expect(await exportText()).not.toBe(before);
  });
});

/** Values a hand-edited or forged pack can put anywhere. */
const hostileJson: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1e308,
    "",
    " ",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "=cmd|' /C calc'!A0",
    "vendor-1",
    "2026-02-30T00:00:00Z",
    [],
    {},
  ),
  fc.constant(null).map(() => JSON.parse('{"__proto__":{"polluted":true}}') as Json),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

type Slot = { parent: { [key: string]: Json } | Json[]; key: string | number };

function slotsOf(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push({ parent: value, key: index });
      slotsOf(item, out);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push({ parent: value, key });
      slotsOf(item, out);
    }
  }
  return out;
}

type DamageKind = "replace" | "delete" | "duplicate";
type Damage = [pick: number, how: DamageKind, value: Json];

describe("a pack damaged anywhere, at random", () => {
  test(
    "is either refused with the library unchanged, or imported without losing what the owner had",
    async () => {
      let refused = 0;
      let accepted = 0;
      // About one random damage in eight leaves a pack that imports, so 40 random runs could now and
      // then all be refusals. Two fixed examples run first, one of each outcome, so both branches are
      // always checked whatever the seed.
      const slots = slotsOf(goodPackTree());
      const harmless: Damage[] = [
        [slots.findIndex((slot) => slot.key === "notes"), "replace", "Plain words"],
      ];
      const fatal: Damage[] = [[slots.findIndex((slot) => slot.key === "format"), "replace", null]];
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.tuple(fc.nat(), fc.constantFrom<DamageKind>("replace", "delete", "duplicate"), hostileJson),
            {
              minLength: 1,
              maxLength: 3,
            },
          ),
          async (damages) => {
            const tree = goodPackTree();
            for (const [pick, how, value] of damages) {
              const slots = slotsOf(tree);
              const slot = slots[pick % slots.length]!;
              const parent = slot.parent as Record<string | number, Json>;
              if (how === "replace") parent[slot.key] = value;
              else if (how === "delete" && Array.isArray(slot.parent))
                slot.parent.splice(Number(slot.key), 1);
              else if (how === "delete") delete parent[slot.key];
              else if (Array.isArray(slot.parent))
                slot.parent.push(structuredClone(parent[slot.key] ?? null));
              else parent[slot.key] = [parent[slot.key] ?? null, parent[slot.key] ?? null];
            }
            const text = JSON.stringify(tree);
            const owner = await seededLibrary();
            const start = await exportText(owner);
            const preview = await owner.previewImport(text);
            expect(await exportText(owner)).toBe(start);
            const commit = await owner.commitImport(text);
            expect(commit.ok).toBe(preview.ok);
            if (!commit.ok) {
              refused++;
              expect(commit.errors.join("").length).toBeGreaterThan(20);
              expect(await exportText(owner)).toBe(start);
              return;
            }
            accepted++;
            // Nothing the owner had is lost: every record is still there, the owner's own words kept.
            const after = JSON.parse(await exportText(owner)) as {
              vendors: Array<{ id: string; notes: string; criterionRatings: Record<string, number> }>;
              reviews: Array<{ id: string }>;
            };
            const was = JSON.parse(start) as typeof after;
            const ids = new Set(after.vendors.map((vendor) => vendor.id));
            for (const vendor of was.vendors) expect(ids.has(vendor.id)).toBe(true);
            const reviewIds = new Set(after.reviews.map((review) => review.id));
            for (const review of was.reviews) expect(reviewIds.has(review.id)).toBe(true);
            const byId = new Map(after.vendors.map((vendor) => [vendor.id, vendor]));
            expect(byId.get("vendor-1")?.notes).toBe("Met them in March");
            expect(byId.get("vendor-1")?.criterionRatings.cost).toBe(4);
            expect(byId.get("vendor-2")?.notes).toBe("Owner's own note");
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          },
        ),
        { ...fuzzParameters(1_000, 40), examples: [[harmless], [fatal]] },
      );
      // Both outcomes happened (the fixed examples guarantee it), so both branches were checked.
      expect(refused).toBeGreaterThan(0);
      expect(accepted).toBeGreaterThan(0);
    },
    fuzzTimeout(1_800_000, 60_000),
  );
});
