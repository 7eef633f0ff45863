/**
 * Resolves every formula cell of a plan for where its rows sit: the one place templates become A1 text, for
 * both the .xlsx export and the Office.js writer.
 */
import { withFunctionNamespace } from "./function-namespace";
import { type Placements, resolveFormula } from "./resolve-formula";
import type { ScorecardMode, ScorecardPlan } from "./scorecard-plan";

/**
 * The plan with every formula cell resolved, in both modes, for where its row sits: the one place
 * formula templates (and drop-down lists) become A1 text, for the planned layout (planScorecard, so the .xlsx export writes
 * the plan's own cells) and for an existing workbook's real positions (the Office.js writer, after the
 * owner sorted rows or the table grew). Issue 22: the two used to resolve formulas separately.
 *
 * Live formulas call the custom functions by the plan's `functionNamespace` (VSDEV.VENDORSCORE in
 * the development copy), so the same templates serve both manifests.
 *
 * A row the placements do not place keeps its cells as they were (the writer places every row it
 * writes). Constant cells are shared with the input, not copied; the input is not changed.
 *
 * @param placements - where each table sits; a table may be one the plan does not write (the live
 *   ranks block an advisor-safe plan still names)
 * @param only - resolve only this mode's side (a writer writes one); the other side stays a template
 * @throws {Error} when a template names a table, column or row key the placements lack
 *
 * @example
 * resolvePlan(plan, planPlacements(plan)).sheets[3].tables[1].rows[0].cells[5].formula.live
 * //=> '=IFERROR(VENDORSCORE(C4:E4,Scorecard!$C$1:$E$1),"")'
 */
export function resolvePlan(
  plan: ScorecardPlan,
  placements: Placements,
  only?: ScorecardMode,
): ScorecardPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      tables: sheet.tables.map((table) => {
        const placement = placements.get(table.name);
        const hasTemplates =
          table.columns.some((column) => column.formula) ||
          table.rows.some((row) => row.cells.some((cell) => cell.validation));
        if (!hasTemplates || !placement) return table;
        return {
          ...table,
          rows: table.rows.map((row) => {
            const sheetRow = placement.rowOfKey.get(row.key);
            if (sheetRow === undefined) return row;
            const here = { table: table.name, row: sheetRow };
            return {
              ...row,
              cells: row.cells.map((cell, c) => {
                const template = table.columns[c]?.formula;
                // A constant in a formula column overrides the template for its row (a vendor's own
                // seat count where the others follow the evaluation's team size).
                if (template && cell.value !== undefined && cell.value !== null) return cell;
                if (!template) {
                  // A drop-down's list names other rows by key too (one vendor's plans on the Plans sheet).
                  return cell.validation
                    ? {
                        ...cell,
                        validation: { list: resolveFormula(cell.validation.list, here, placements) },
                      }
                    : cell;
                }
                return {
                  formula: {
                    live:
                      only === "advisor-safe"
                        ? template.live
                        : withFunctionNamespace(
                            resolveFormula(template.live, here, placements),
                            plan.functionNamespace,
                          ),
                    native:
                      only === "live" ? template.native : resolveFormula(template.native, here, placements),
                  },
                };
              }),
            };
          }),
        };
      }),
    })),
  };
}
