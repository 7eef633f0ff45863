/// <reference types="custom-functions-runtime" />

/**
 * Turns a domain error into the error Excel shows: a `RangeError` from shared/ or from the argument
 * readers becomes `#VALUE!` with its message in the cell's error tooltip. Anything else is a bug and is
 * passed on unchanged (Excel shows a bare `#VALUE!` for it).
 *
 * `CustomFunctions` is the host's global, read only here and only when there is an error to report, so
 * importing the functions needs no host (tests provide it with `vi.stubGlobal`).
 * See https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
 *
 * @param error - whatever the wrapper caught
 * @returns the value to throw
 */
export function asExcelError(error: unknown): unknown {
  if (error instanceof RangeError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  return error;
}
