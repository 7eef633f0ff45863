/**
 * A HyperFormula function plugin that makes =VENDORSCORE(...) and the other VENDOR* functions work in
 * HyperFormula by calling the very wrappers Excel calls (excel-addin/functions/registry.ts), so workbook
 * tests exercise the shipped argument handling and error messages, not a re-implementation.
 *
 * Ranges reach the wrappers as Excel passes them: 2-D arrays with `null` for an empty cell. A cell error
 * in an argument propagates, as in Excel. A `#VALUE!` the wrapper throws becomes HyperFormula's #VALUE!
 * with the same message. Array results spill: each array function names a `sizeOfResultArrayMethod`
 * that predicts the spill from the argument sizes, as HyperFormula requires.
 * See https://hyperformula.handsontable.com/guide/custom-functions.html
 *
 * HyperFormula is GPL-3.0: it is a devDependency for tests; nothing shipped imports this file.
 *
 * The wrappers report errors through Excel's `CustomFunctions` global, so a test that evaluates them must
 * first `vi.stubGlobal("CustomFunctions", customFunctionsStub)` (tests/support/office/custom-functions-double.ts).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  type Sheets,
  SimpleRangeValue,
} from "hyperformula";
import { VENDOR_FUNCTIONS, type VendorFunctionId } from "../../excel-addin/functions/registry";
import { isStubError } from "../support/office/custom-functions-double";

type RunFunction = VendorFunctionsPlugin["runFunction"];
type Ast = Parameters<RunFunction>[0][number];
type State = Parameters<RunFunction>[1];

const range = { argumentType: FunctionArgumentType.RANGE };
const optionalRange = { argumentType: FunctionArgumentType.RANGE, optionalArg: true };
// NOERROR: a cell error in a single-value argument propagates before the wrapper runs, as in Excel.
const value = { argumentType: FunctionArgumentType.NOERROR };
const optionalValue = { argumentType: FunctionArgumentType.NOERROR, optionalArg: true };
// Array results cannot be vectorised over a range argument (HyperFormula's rule for array output).
const spilling = { vectorizationForbidden: true };

/** The arguments of a function call; the methods are only ever handed function calls. */
function procedureArguments(ast: Ast): Ast[] | undefined {
  return "procedureName" in ast ? ast.args : undefined;
}

/** Plain cell contents, as Excel hands them to a custom function. */
function toExcelValue(cell: unknown): unknown {
  if (cell === EmptyValue) return null;
  // Currency, percent and date cells are numbers with a format attached; Excel passes the number.
  if (typeof cell === "object" && cell !== null && "val" in cell && typeof cell.val === "number")
    return cell.val;
  return cell;
}

/** The first cell error in a range, which the call then returns instead of a value, as Excel does. */
function firstError(rows: unknown[][]): CellError | undefined {
  for (const row of rows) for (const cell of row) if (cell instanceof CellError) return cell;
  return undefined;
}

export class VendorFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    VENDORSCORE: { method: "vendorscore", parameters: [range, range, optionalValue] },
    VENDORRANK: {
      method: "vendorrank",
      parameters: [range, optionalValue, optionalRange],
      sizeOfResultArrayMethod: "vendorrankSize",
      ...spilling,
    },
    VENDORTCO: {
      method: "vendortco",
      parameters: [value, value, optionalValue, optionalValue, optionalValue, optionalValue, optionalValue],
    },
    VENDORSAVINGS: { method: "vendorsavings", parameters: [value, value] },
    VENDOROVERLAP: {
      method: "vendoroverlap",
      parameters: [value, value, optionalValue, optionalValue, optionalValue],
    },
    VENDORREPUTATION: {
      method: "vendorreputation",
      parameters: [range, range, optionalValue, optionalValue, optionalValue],
    },
    VENDORNORMALIZE: { method: "vendornormalize", parameters: [value, range, optionalValue] },
    VENDORTOPSIS: {
      method: "vendortopsis",
      parameters: [range, range, optionalRange],
      sizeOfResultArrayMethod: "vendortopsisSize",
      ...spilling,
    },
    VENDORAHP: {
      method: "vendorahp",
      parameters: [range],
      sizeOfResultArrayMethod: "vendorahpSize",
      ...spilling,
    },
    VENDORSENSITIVITY: {
      method: "vendorsensitivity",
      parameters: [range, range],
      sizeOfResultArrayMethod: "vendorsensitivitySize",
      ...spilling,
    },
  };

  vendorscore(ast: Ast, state: State) {
    return this.call("VENDORSCORE", ast, state);
  }
  vendorrank(ast: Ast, state: State) {
    return this.call("VENDORRANK", ast, state);
  }
  vendortco(ast: Ast, state: State) {
    return this.call("VENDORTCO", ast, state);
  }
  vendorsavings(ast: Ast, state: State) {
    return this.call("VENDORSAVINGS", ast, state);
  }
  vendoroverlap(ast: Ast, state: State) {
    return this.call("VENDOROVERLAP", ast, state);
  }
  vendorreputation(ast: Ast, state: State) {
    return this.call("VENDORREPUTATION", ast, state);
  }
  vendornormalize(ast: Ast, state: State) {
    return this.call("VENDORNORMALIZE", ast, state);
  }
  vendortopsis(ast: Ast, state: State) {
    return this.call("VENDORTOPSIS", ast, state);
  }
  vendorahp(ast: Ast, state: State) {
    return this.call("VENDORAHP", ast, state);
  }
  vendorsensitivity(ast: Ast, state: State) {
    return this.call("VENDORSENSITIVITY", ast, state);
  }

  /** Ranks spill exactly like the scores. */
  vendorrankSize(ast: Ast, state: State) {
    return this.vectorSize(ast, state, 0);
  }
  /** One closeness per vendor: a column as tall as the matrix. */
  vendortopsisSize(ast: Ast, state: State) {
    const matrix = this.argumentSize(ast, state, 0);
    return matrix ? new ArraySize(1, matrix.height) : ArraySize.error();
  }
  /** n weights and the consistency ratio: a column one taller than the pairwise matrix. */
  vendorahpSize(ast: Ast, state: State) {
    const pairwise = this.argumentSize(ast, state, 0);
    return pairwise ? new ArraySize(1, pairwise.height + 1) : ArraySize.error();
  }
  /** One figure per criterion, laid out like the weights. */
  vendorsensitivitySize(ast: Ast, state: State) {
    return this.vectorSize(ast, state, 1);
  }

  /**
   * The size of a vector argument, or a single cell for a 2-D block: the wrapper refuses a block with
   * #VALUE! and its message, which a predicted block-sized spill would hide behind #SPILL!.
   */
  private vectorSize(ast: Ast, state: State, index: number): ArraySize {
    const size = this.argumentSize(ast, state, index);
    if (size === undefined) return ArraySize.error();
    return size.width > 1 && size.height > 1 ? ArraySize.scalar() : size;
  }

  private argumentSize(ast: Ast, state: State, index: number): ArraySize | undefined {
    const arg = procedureArguments(ast)?.[index];
    if (arg === undefined) return undefined;
    const size = this.arraySizeForAst(arg, state);
    // A copy without `isRef`: HyperFormula treats a size marked as a reference as a single cell.
    return new ArraySize(size.width, size.height);
  }

  private call(id: VendorFunctionId, ast: Ast, state: State) {
    const args = procedureArguments(ast);
    if (args === undefined) return new CellError(ErrorType.VALUE);
    return this.runFunction(args, state, this.metadata(id), (...raw: unknown[]) => {
      const excelArgs: unknown[] = [];
      for (const arg of raw) {
        if (arg instanceof SimpleRangeValue) {
          const error = firstError(arg.data);
          if (error) return error;
          excelArgs.push(arg.data.map((row) => row.map(toExcelValue)));
        } else {
          excelArgs.push(toExcelValue(arg));
        }
      }
      let result: unknown;
      try {
        result = Reflect.apply(VENDOR_FUNCTIONS[id], undefined, excelArgs);
      } catch (error) {
        if (isStubError(error) && error.code === "#VALUE!")
          return new CellError(ErrorType.VALUE, error.message);
        if (error instanceof ReferenceError && error.message.includes("CustomFunctions")) {
          throw new Error(
            'The VENDOR* wrappers report errors through Excel\'s CustomFunctions global; call vi.stubGlobal("CustomFunctions", customFunctionsStub) before evaluating.',
          );
        }
        throw error;
      }
      if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result);
      if (typeof result === "number" || typeof result === "string") return result;
      throw new Error(`${id} returned ${typeof result}, which no cell can hold.`);
    });
  }
}

/**
 * A HyperFormula engine with the VENDOR* functions, built from sheets of raw cell contents
 * (values and formulas such as "=VENDORSCORE(B2:J2,$B$1:$J$1)"), evaluating as Excel 365 does where
 * HyperFormula can: full precision on output (`smartRounding: false`, so results compare exactly with
 * the shared functions), array arithmetic on, TRUE and FALSE as names. HyperFormula has no RANK.EQ.
 *
 * @example
 * vi.stubGlobal("CustomFunctions", customFunctionsStub);
 * const hf = createVendorHyperFormula({ Scorecard: [[1, 1], [4, 5, "=VENDORSCORE(A2:B2,A1:B1)"]] });
 * hf.getCellValue({ sheet: hf.getSheetId("Scorecard")!, row: 1, col: 2 })
 * //=> 90
 */
export function createVendorHyperFormula(sheets: Sheets): HyperFormula {
  if (!HyperFormula.getRegisteredFunctionNames("enGB").includes("VENDORSCORE")) {
    HyperFormula.registerFunctionPlugin(VendorFunctionsPlugin, {
      enGB: Object.fromEntries(Object.keys(VENDOR_FUNCTIONS).map((id) => [id, id])),
    });
  }
  // HyperFormula spells the booleans TRUE() and FALSE(); Excel formulas (and the scorecard plan) write
  // TRUE and FALSE, so two named expressions make those formulas evaluate unchanged.
  // useArrayArithmetic: Excel 365 evaluates ranges in formulas as arrays (dynamic arrays), which
  // formulas such as SUMPRODUCT(ISNUMBER(K2:K51)*(K2:K51>K2)) rely on.
  const config = { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true };
  return HyperFormula.buildFromSheets(sheets, config, [
    { name: "TRUE", expression: "=TRUE()" },
    { name: "FALSE", expression: "=FALSE()" },
  ]);
}
