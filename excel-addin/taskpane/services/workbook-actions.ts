/**
 * The task pane's workbook actions (write the live scorecard, make the advisor-safe copy), turning every
 * failure into a sentence that says what to do. The planner, the Excel writer and the .xlsx builder are
 * passed in as ports.
 */
import type { Evaluation } from "../../../shared/schema/evaluation";
import type { Review } from "../../../shared/schema/review";
import type { Vendor } from "../../../shared/schema/vendor";
import { advisorCopyFileName } from "../../../shared/words/file-names";
import type { OfficeHost } from "./office-host";

export interface ScorecardInput {
  evaluation: Evaluation;
  vendors: Vendor[];
  reviews: Review[];
}

/** Progress the pane shows while the workbook is written. */
export interface WorkbookProgress {
  /** 0..1 when known. */
  fraction: number | null;
  message: string;
}

/**
 * The scorecard and workbook modules, passed in: planScorecard (shared/scorecard), the one Excel.run
 * entry (excel-addin/workbook) and the .xlsx builder (extension/export). `main.tsx` wires the real ones.
 */
export interface WorkbookPorts<Plan> {
  plan(input: ScorecardInput & { mode: "live" | "advisor-safe" }): Plan;
  write(
    plan: Plan,
    options: { mode: "build" | "update"; onProgress: (progress: WorkbookProgress) => void },
  ): Promise<{ summary: string }>;
  buildXlsx(plan: Plan): Promise<Uint8Array>;
  host: OfficeHost;
}

export type ActionResult = { ok: true; message: string } | { ok: false; error: string };

export type AdvisorCopyResult =
  | { ok: true; kind: "opened"; message: string }
  | { ok: true; kind: "download"; message: string; bytes: Uint8Array; fileName: string }
  | { ok: false; error: string };

/**
 * Plans the live scorecard and writes it into the open workbook ("build" adds the sheets, "update"
 * refreshes captured fields and keeps what the owner typed). Never throws: errors come back as a
 * sentence that says what to do.
 */
export async function writeScorecardToWorkbook<Plan>(
  ports: WorkbookPorts<Plan>,
  input: ScorecardInput,
  mode: "build" | "update",
  onProgress: (progress: WorkbookProgress) => void,
): Promise<ActionResult> {
  const problem = checkInput(input);
  if (problem) return { ok: false, error: problem };
  try {
    onProgress({ fraction: 0, message: "Planning the scorecard…" });
    const plan = ports.plan({ ...input, mode: "live" });
    const report = await ports.write(plan, { mode, onProgress });
    onProgress({ fraction: 1, message: "Done." });
    return { ok: true, message: report.summary };
  } catch (error) {
    return { ok: false, error: describeWorkbookError(error, mode) };
  }
}

/**
 * The advisor-safe plan (native formulas only) as an .xlsx: opened as a new workbook where Excel
 * supports it (ExcelApi 1.8), otherwise handed back for the pane to offer as a download.
 */
export async function makeAdvisorSafeCopy<Plan>(
  ports: WorkbookPorts<Plan>,
  input: ScorecardInput,
): Promise<AdvisorCopyResult> {
  const problem = checkInput(input);
  if (problem) return { ok: false, error: problem };
  let bytes: Uint8Array;
  try {
    bytes = await ports.buildXlsx(ports.plan({ ...input, mode: "advisor-safe" }));
  } catch (error) {
    return {
      ok: false,
      error: `The advisor-safe copy could not be built (${messageOf(error)}). Check the criteria and weights, then try again.`,
    };
  }
  const fileName = advisorCopyFileName(input.evaluation.name);
  if (ports.host.canCreateWorkbook()) {
    try {
      await ports.host.createWorkbook(bytesToBase64(bytes));
      return {
        ok: true,
        kind: "opened",
        message:
          "The advisor-safe copy opened as a new workbook. Save it and share that file with your advisor.",
      };
    } catch {
      // Pop-up blockers and some tenants stop createWorkbook; a download still works.
    }
  }
  return {
    ok: true,
    kind: "download",
    message: "This Excel cannot open a new workbook from the add-in. Download the copy and share that file.",
    bytes,
    fileName,
  };
}

function checkInput(input: ScorecardInput): string | null {
  if (input.vendors.length === 0) {
    return "There are no vendors to score. Pick an evaluation with vendors, or clip some vendors with the extension first.";
  }
  if (input.evaluation.criteria.every((criterion) => criterion.weight <= 0)) {
    return "Every criterion has a weight of 0%. Give at least one criterion a weight, or press “Normalise to 100%”.";
  }
  return null;
}

/** A sentence for a failed Excel write; Office errors carry a `code` (OfficeExtension.ErrorCodes). */
export function describeWorkbookError(error: unknown, mode: "build" | "update"): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const detail = messageOf(error);
  // The writer's own refusals (excel-addin/workbook) already say what to do.
  if (error instanceof Error && error.name === "ScorecardWorkbookError") return detail;
  switch (code) {
    case "RequestPayloadSizeLimitExceeded":
    case "PayloadTooLarge":
      return `Excel refused a write as too large (${detail}). Pick fewer vendors, or use “Make advisor-safe copy” and open the file instead.`;
    case "InvalidOperationInCellEditMode":
      return "Excel is busy editing a cell. Press Enter or Esc in the sheet, then try again.";
    case "AccessDenied":
    case "ItemAlreadyExists":
    case "InvalidOperation":
      return `Excel would not change the workbook (${detail}). Unprotect the VendorScout sheets or the workbook, then try again.`;
    default:
      return mode === "update"
        ? `The scorecard could not be updated (${detail}). Check the VendorScout sheets are still there, or press “Build scorecard” to write them again.`
        : `The scorecard could not be written (${detail}). Close other dialogs in Excel, then try again.`;
  }
}

/**
 * Standard base64 of the bytes, as Excel.createWorkbook wants.
 *
 * @example
 * bytesToBase64(new Uint8Array([80, 75, 3, 4])) //=> "UEsDBA=="
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}
