import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { buildVendorPack } from "../../shared/schema/vendor-pack";
import { scorecardFixture } from "../../tests/support/scorecard/scorecard-fixture";
import { exportScorecard } from "./export-scorecard";

const fixture = scorecardFixture();
let dir = "";

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "vs-cli-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writePack(evaluations = [fixture.evaluation]): Promise<string> {
  const pack = buildVendorPack({ ...fixture, evaluations, appVersion: "0.1.0", exportedAt: new Date(0) });
  const path = join(dir, "library.vendorpack.json");
  await writeFile(path, JSON.stringify(pack));
  return path;
}

describe("exportScorecard", () => {
  test("writes the xlsx for the pack's only evaluation", async () => {
    const pack = await writePack();
    const out = join(dir, "scorecard.xlsx");
    const result = await exportScorecard([pack, out]);
    expect(result).toEqual({ ok: true, message: `Wrote ${out}: evaluation "Bookkeeping 2027", 5 vendors.` });
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    expect(await readdir(dir)).toEqual(["library.vendorpack.json", "scorecard.xlsx"]);
  });

  test("several evaluations without --evaluation: an error listing their ids, no file", async () => {
    const second = { ...fixture.evaluation, id: "eval-payroll", name: "Payroll" };
    const pack = await writePack([fixture.evaluation, second]);
    const out = join(dir, "scorecard.xlsx");
    const result = await exportScorecard([pack, out]);
    expect(result.ok).toBe(false);
    expect(result.message).toContain("eval-bookkeeping, eval-payroll");
    expect(result.message).toContain("--evaluation");
    expect(existsSync(out)).toBe(false);
    const picked = await exportScorecard([pack, out, "--evaluation", "eval-payroll"]);
    expect(picked).toMatchObject({ ok: true, message: expect.stringContaining('"Payroll"') });
    const missing = await exportScorecard([pack, join(dir, "x.xlsx"), "--evaluation=nope"]);
    expect(missing).toMatchObject({ ok: false, message: expect.stringContaining('no evaluation "nope"') });
  });

  test.each([
    ["not JSON", "{", /not valid JSON/],
    ["not a pack", "{}", /not a VendorScout vendor pack/],
  ])("an invalid pack (%s) fails with the reason and writes no file", async (_label, text, reason) => {
    const pack = join(dir, "bad.vendorpack.json");
    await writeFile(pack, text);
    const out = join(dir, "scorecard.xlsx");
    const result = await exportScorecard([pack, out]);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(reason) });
    expect(await readdir(dir)).toEqual(["bad.vendorpack.json"]);
  });

  test("a failed run leaves an existing output untouched", async () => {
    const pack = join(dir, "bad.vendorpack.json");
    await writeFile(pack, "{}");
    const out = join(dir, "scorecard.xlsx");
    await writeFile(out, "previous");
    await exportScorecard([pack, out]);
    expect(await readFile(out, "utf8")).toBe("previous");
  });

  test.each([
    [[], /Give a vendor pack and an output file/],
    [["a.json", "b.csv"], /should end in .xlsx/],
    [["a.json", "b.xlsx", "--evaluation"], /needs an evaluation id/],
    [["a.json", "b.xlsx", "--frobnicate"], /Unknown option/],
    [["missing.json", "b.xlsx"], /Cannot read missing.json/],
  ])("arguments %j are refused", async (argv, message) => {
    expect(await exportScorecard(argv)).toMatchObject({ ok: false, message: expect.stringMatching(message) });
  });

  test("the npm script exits non-zero with the reason on stderr", async () => {
    const pack = join(dir, "bad.vendorpack.json");
    await writeFile(pack, "{}");
    const run = promisify(execFile)("npm", ["run", "-s", "scorecard", "--", pack, join(dir, "o.xlsx")]);
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/not a VendorScout vendor pack/),
    });
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
  });
});

describe("exportScorecard refuses a hostile pack (issue 19, finding 5)", () => {
  test.each([
    [
      "nested a million deep",
      (text: string) => `${text.slice(0, -1)},"p":${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}}`,
      /more than 64 deep/,
    ],
    [
      "holding a __proto__ key",
      (text: string) => `${text.slice(0, -1)},"p":{"__proto__":{"x":1}}}`,
      /"__proto__" key/,
    ],
  ])("a pack %s writes no file and says why", async (_name, spoil, message) => {
    const path = await writePack();
    await writeFile(path, spoil(await readFile(path, "utf8")));
    const out = join(dir, "scorecard.xlsx");
    const result = await exportScorecard([path, out]);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
