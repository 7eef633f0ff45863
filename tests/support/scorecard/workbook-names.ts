/**
 * The names a scorecard workbook shows: its sheets as the owner sees its tabs, in order, and its
 * tables. Written out here, not read from shared/scorecard's SHEET_NAMES and TABLE_NAMES, so that a
 * renamed, lost or reordered one fails the tests of both writers (Excel's and the .xlsx file's)
 * instead of agreeing with itself.
 */
export const SCORECARD_TABS = [
  "Vendors",
  "Reviews",
  "Criteria",
  "Scorecard",
  "Costs",
  "Plans",
  "FX",
  "Gates",
] as const;

/** The named tables (the Scorecard's formulas read them by structured reference), sorted. */
export const SCORECARD_TABLES = [
  "VS_Costs",
  "VS_Criteria",
  "VS_FX",
  "VS_Gates",
  "VS_Plans",
  "VS_Reviews",
  "VS_Scorecard",
  "VS_Vendors",
] as const;
