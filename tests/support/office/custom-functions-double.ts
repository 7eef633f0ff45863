/**
 * A stand-in for the two parts of Excel's `CustomFunctions` global the wrappers touch when they report
 * an error (`Error` and `ErrorCode`), for tests outside Excel:
 * `vi.stubGlobal("CustomFunctions", customFunctionsStub)`. Test-only: nothing shipped imports it.
 */

/** Excel's error codes, as `CustomFunctions.ErrorCode` spells them. */
export const STUB_ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** What `new CustomFunctions.Error(code, message)` gives in the stub. */
export class StubCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const customFunctionsStub = { Error: StubCustomFunctionsError, ErrorCode: STUB_ERROR_CODE };

/** Narrows a caught value to an error the wrappers built through the stub. */
export function isStubError(value: unknown): value is StubCustomFunctionsError {
  return value instanceof StubCustomFunctionsError;
}
