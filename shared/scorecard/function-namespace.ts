/**
 * The add-in's custom functions by the ids the functions metadata gives them (`@customfunction NAME`
 * in excel-addin/functions/functions.ts; a test checks the two lists agree).
 */
export const CUSTOM_FUNCTION_IDS = Object.freeze([
  "VENDORSCORE",
  "VENDORRANK",
  "VENDORTCO",
  "VENDORSAVINGS",
  "VENDORREPUTATION",
  "VENDORNORMALIZE",
  "VENDORTOPSIS",
  "VENDORAHP",
  "VENDORSENSITIVITY",
  "VENDOROVERLAP",
] as const);

const IDS = new Set<string>(CUSTOM_FUNCTION_IDS);

/**
 * A live formula with each call of one of the add-in's custom functions named the way the manifest
 * it runs under names it. A manifest with `<Namespace>` (the development copy's VSDEV) makes Excel
 * know the functions as `VSDEV.VENDORSCORE` only, so a literal `=VENDORSCORE(` would be #NAME? there;
 * the production manifest has no namespace and keeps the literal names.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming
 *
 * Text in double quotes, quoted sheet names and the brackets of a structured reference (whose column
 * headers can be a criterion's name) are left alone, and so is a name already qualified.
 *
 * @example
 * withFunctionNamespace('=IFERROR(VENDORSCORE(C4:E4,W!$C$1:$E$1),"")', "VSDEV")
 * //=> '=IFERROR(VSDEV.VENDORSCORE(C4:E4,W!$C$1:$E$1),"")'
 * withFunctionNamespace("=VENDORSCORE(A1:B1,A2:B2)", undefined) //=> "=VENDORSCORE(A1:B1,A2:B2)"
 */
export function withFunctionNamespace(formula: string, namespace: string | undefined): string {
  if (!namespace) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      // A quoted run ends at the next lone quote of the same kind ("" and '' are escaped quotes).
      let end = i + 1;
      while (end < formula.length) {
        if (formula[end] === ch) {
          if (formula[end + 1] === ch) end += 2;
          else break;
        } else end += 1;
      }
      out += formula.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === "[") {
      // A structured reference's brackets nest (Table[[#This Row],[Col]]); ' escapes the next character.
      let depth = 0;
      let end = i;
      for (; end < formula.length; end += 1) {
        const c = formula[end];
        if (c === "'") end += 1;
        else if (c === "[") depth += 1;
        else if (c === "]" && --depth === 0) break;
      }
      out += formula.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i))?.[0];
    if (name) {
      const callsOwn = IDS.has(name.toUpperCase()) && formula[i + name.length] === "(";
      out += callsOwn ? `${namespace}.${name}` : name;
      i += name.length;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
