import { describe, expect, test, vi } from "vitest";
import { makeEvaluation, makeReview, makeVendor } from "../../../tests/support/bridge/records";
import type { OfficeHost } from "./office-host";
import {
  bytesToBase64,
  describeWorkbookError,
  makeAdvisorSafeCopy,
  type ScorecardInput,
  type WorkbookPorts,
  type WorkbookProgress,
  writeScorecardToWorkbook,
} from "./workbook-actions";

interface FakePlan {
  mode: "live" | "advisor-safe";
  vendorIds: string[];
}

function setup(overrides: Partial<WorkbookPorts<FakePlan>> = {}, hostOverrides: Partial<OfficeHost> = {}) {
  const host: OfficeHost = {
    platform: () => "OfficeOnline",
    canCreateWorkbook: () => true,
    createWorkbook: vi.fn(async () => {}),
    offerDownload: vi.fn(),
    ...hostOverrides,
  };
  const written: Array<{ plan: FakePlan; mode: string }> = [];
  const ports: WorkbookPorts<FakePlan> = {
    plan: ({ vendors, mode }) => ({ mode, vendorIds: vendors.map((v) => v.id) }),
    write: async (plan, options) => {
      written.push({ plan, mode: options.mode });
      options.onProgress({ fraction: 0.5, message: "Writing Vendors…" });
      return { summary: `Wrote ${plan.vendorIds.length} vendors.` };
    },
    buildXlsx: async () => new Uint8Array([80, 75, 3, 4]),
    host,
    ...overrides,
  };
  return { ports, host, written };
}

const input: ScorecardInput = {
  evaluation: makeEvaluation(["vendor-1", "vendor-2"]),
  vendors: [makeVendor(1), makeVendor(2)],
  reviews: [makeReview("vendor-1", 1)],
};

describe("writeScorecardToWorkbook", () => {
  test.each(["build", "update"] as const)(
    "%s plans live formulas and writes them with progress",
    async (mode) => {
      const { ports, written } = setup();
      const progress: WorkbookProgress[] = [];
      const result = await writeScorecardToWorkbook(ports, input, mode, (p) => progress.push(p));
      expect(result).toEqual({ ok: true, message: "Wrote 2 vendors." });
      expect(written).toEqual([{ plan: { mode: "live", vendorIds: ["vendor-1", "vendor-2"] }, mode }]);
      expect(progress.map((p) => p.fraction)).toEqual([0, 0.5, 1]);
    },
  );

  test("no vendors: a sentence, and Excel is not touched", async () => {
    const { ports, written } = setup();
    const result = await writeScorecardToWorkbook(ports, { ...input, vendors: [] }, "build", () => {});
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/no vendors to score/) });
    expect(written).toEqual([]);
  });

  test("all weights zero: a sentence that names the fix", async () => {
    const { ports } = setup();
    const evaluation = {
      ...input.evaluation,
      criteria: input.evaluation.criteria.map((c) => ({ ...c, weight: 0 })),
    };
    const result = await writeScorecardToWorkbook(ports, { ...input, evaluation }, "build", () => {});
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Normalise to 100%/) });
  });

  test("an Excel error becomes a sentence with what to do", async () => {
    const { ports } = setup({
      write: async () => {
        throw Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" });
      },
    });
    const result = await writeScorecardToWorkbook(ports, input, "update", () => {});
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/sheet is protected.*Unprotect/) });
  });
});

describe("describeWorkbookError", () => {
  test.each([
    [{ code: "RequestPayloadSizeLimitExceeded", message: "too big" }, "build", /too large.*fewer vendors/],
    [{ code: "InvalidOperationInCellEditMode", message: "x" }, "build", /Press Enter or Esc/],
    [new Error("boom"), "update", /could not be updated \(boom\).*Build scorecard/],
    ["odd", "build", /could not be written \(odd\)/],
    [
      Object.assign(new Error("This workbook already has a Vendors sheet. Choose Update."), {
        name: "ScorecardWorkbookError",
      }),
      "build",
      /^This workbook already has a Vendors sheet\. Choose Update\.$/,
    ],
  ] as const)("%j (%s)", (error, mode, expected) => {
    expect(describeWorkbookError(error, mode)).toMatch(expected);
  });
});

describe("makeAdvisorSafeCopy", () => {
  test("opens a new workbook from the advisor-safe plan where ExcelApi 1.8 is supported", async () => {
    const plans: FakePlan[] = [];
    const { ports, host } = setup({
      buildXlsx: async (plan) => {
        plans.push(plan);
        return new Uint8Array([80, 75, 3, 4]);
      },
    });
    const result = await makeAdvisorSafeCopy(ports, input);
    expect(result).toMatchObject({ ok: true, kind: "opened" });
    expect(plans[0]?.mode).toBe("advisor-safe");
    expect(host.createWorkbook).toHaveBeenCalledWith("UEsDBA==");
  });

  test("offers a download where createWorkbook is not supported", async () => {
    const { ports, host } = setup({}, { canCreateWorkbook: () => false });
    const result = await makeAdvisorSafeCopy(ports, input);
    expect(result).toMatchObject({
      ok: true,
      kind: "download",
      fileName: "IT support 2027 (advisor-safe).xlsx",
    });
    expect(host.createWorkbook).not.toHaveBeenCalled();
  });

  test("falls back to a download when createWorkbook fails", async () => {
    const { ports } = setup(
      {},
      {
        createWorkbook: async () => {
          throw new Error("blocked");
        },
      },
    );
    expect(await makeAdvisorSafeCopy(ports, input)).toMatchObject({ ok: true, kind: "download" });
  });

  test("a failed build is a sentence", async () => {
    const { ports } = setup({
      buildXlsx: async () => {
        throw new Error("bad plan");
      },
    });
    expect(await makeAdvisorSafeCopy(ports, input)).toEqual({
      ok: false,
      error: expect.stringMatching(/could not be built \(bad plan\)/),
    });
  });
});

describe("bytesToBase64", () => {
  test("matches Node's encoder, also past one chunk", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    expect(bytesToBase64(new Uint8Array())).toBe("");
  });
});
