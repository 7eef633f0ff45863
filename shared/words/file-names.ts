/**
 * The names of the files VendorScout makes, one place for the panel, the task pane and the README:
 * the file an owner sends an advisor is the "advisor-safe copy" everywhere.
 */

/** What the advisor's file is called in buttons and messages. */
export const ADVISOR_COPY = "advisor-safe copy";

/**
 * A file name from an evaluation name: characters Windows refuses, path separators and control
 * characters become spaces; at most 80 characters; "VendorScout scorecard" when nothing is left.
 *
 * @example
 * safeFileName("Payroll: 2027/28") //=> "Payroll  2027 28"
 * safeFileName("///")              //=> "VendorScout scorecard"
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ")
    .trim()
    .slice(0, 80);
  return cleaned || "VendorScout scorecard";
}

/**
 * @example
 * advisorCopyFileName("Payroll 2027") //=> "Payroll 2027 (advisor-safe).xlsx"
 */
export function advisorCopyFileName(evaluationName: string): string {
  return `${safeFileName(evaluationName)} (advisor-safe).xlsx`;
}
