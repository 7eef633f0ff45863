/**
 * Plans the Costs sheet: the evaluation's settings, the in-house baseline, and per vendor every step from the
 * costed plan's price to its TCO and saving, restating vendor-costing.ts cell by cell.
 */
import { needsRateText, ONE_TIME_TEXT } from "../cost/index";
import type { Evaluation } from "../schema/evaluation";
import type { Vendor } from "../schema/vendor";
import {
  type ColumnSpec,
  capturedColumn,
  flagRemovedVendors,
  inEvaluationColumn,
  num,
  ownerNotesColumn,
  rowLabelColumn,
  SHEET_NAMES,
  TABLE_NAMES,
  table,
  text,
  vendorIdColumn,
  vendorNameColumn,
} from "./plan-table";
import { planKey } from "./plans-sheet";
import { sameInBothModes, savingsFormula, tcoExpression, tcoFormula, thisRow } from "./scorecard-formulas";
import type { FormulaPair, PlanCell, PlanSheet, PlanTable } from "./scorecard-plan";
import { costVendor, type VendorCosting } from "./vendor-costing";

/** The key of the settings row, which formulas name. */
export const SETTINGS_ROW = "Evaluation";
const IN_HOUSE_ROW = "In-house";
const SETTINGS_TOP = 0; // rows 1-2: the evaluation's settings
const IN_HOUSE_TOP = 3; // rows 4-5: the in-house baseline
const COSTS_TOP = 6; // row 7: the vendor table's header

/** A cell of the settings row, for formulas on any sheet. */
export function setting(column: string): string {
  return `{ref|${TABLE_NAMES.settings}|${column}|${SETTINGS_ROW}}`;
}

/** The day the Vendors sheet's working-hours overlap is computed for (YYYY-MM-DD). */
export interface CostsSheetInput {
  evaluation: Evaluation;
  vendors: Vendor[];
  reportingCurrency: string;
  overlapDate: string;
}

/**
 * The Costs sheet: the evaluation's settings (reporting currency, team size, term, the owner's
 * hourly value and zone), the in-house baseline broken down, and one row per vendor that shows every
 * step from the costed plan's price to a monthly cost in the reporting currency, the hidden costs,
 * TCO and the saving against in-house. The steps restate `costVendor` (vendor-costing.ts) cell by cell.
 */
export function costsSheet(input: CostsSheetInput): PlanSheet {
  const costings = new Map(
    input.vendors.map((v) => [v.id, costVendor(input.evaluation, v, input.reportingCurrency)]),
  );
  return {
    name: SHEET_NAMES.costs,
    freezeRows: COSTS_TOP + 1,
    tables: [settingsBlock(input), inHouseBlock(input.evaluation), costsTable(input.vendors, costings)],
    charts: [],
  };
}

function settingsBlock({ evaluation, reportingCurrency, overlapDate }: CostsSheetInput): PlanTable {
  const captured = (id: string, header: string, cell: () => PlanCell, format = "General") =>
    capturedColumn<string>(id, header, format, cell);
  const specs: ColumnSpec<string>[] = [
    captured("reporting-currency", "Reporting currency", () => text(reportingCurrency), "@"),
    captured("team-size", "Team size (seats)", () => num(evaluation.teamSize), "0"),
    captured("months", "Term (months)", () => num(evaluation.termMonths), "0"),
    captured(
      "owner-hourly-value",
      "Owner's hourly value",
      () => num(evaluation.ownerHourlyValue),
      "#,##0.00",
    ),
    captured("discount-pct", "Discount rate %", () => num(evaluation.discountRatePct), "0.0"),
    captured("owner-zone", "Owner's time zone", () => text(evaluation.ownerZone), "@"),
    captured("owner-hours", "Owner's hours", () => text(evaluation.ownerHours), "@"),
    captured("overlap-date", "Overlap on (date)", () => text(overlapDate), "@"),
  ];
  return labelledRowBlock(TABLE_NAMES.settings, SETTINGS_TOP, "Settings", SETTINGS_ROW, specs);
}

function inHouseBlock(evaluation: Evaluation): PlanTable {
  const breakdown = evaluation.inHouse ?? {
    salaries: evaluation.inHouseMonthlyCost ?? 0,
    benefitsPct: 0,
    toolsAndSoftware: 0,
    spaceAndEquipment: 0,
    recruitingAndTurnover: 0,
  };
  const amount = (id: string, header: string, value: number, format = "#,##0.00") =>
    capturedColumn<string>(id, header, format, () => num(value));
  const specs: ColumnSpec<string>[] = [
    amount("salaries", "Salaries a month", breakdown.salaries),
    amount("benefits-pct", "Benefits and payroll taxes %", breakdown.benefitsPct, "0.0"),
    amount("tools", "Tools and software a month", breakdown.toolsAndSoftware),
    amount("space", "Space and equipment a month", breakdown.spaceAndEquipment),
    amount("recruiting", "Recruiting and turnover a month", breakdown.recruitingAndTurnover),
    {
      id: "monthly",
      header: "In-house monthly cost",
      kind: "computed",
      numberFormat: "#,##0.00",
      formula: sameInBothModes(
        `=${thisRow("salaries")}*(1+${thisRow("benefits-pct")}/100)+${thisRow("tools")}+${thisRow("space")}+${thisRow("recruiting")}`,
      ),
    },
    { id: "increase", header: "Annual increase %", kind: "owner", numberFormat: "0.0", cell: () => num(0) },
    {
      id: "tco",
      header: "In-house TCO",
      kind: "computed",
      numberFormat: "#,##0.00",
      formula: tcoFormula({
        monthlyFee: thisRow("monthly"),
        months: setting("months"),
        setupFee: "0",
        transitionCost: "0",
        overheadPct: "0",
        annualIncreasePct: thisRow("increase"),
        discountRatePct: setting("discount-pct"),
      }),
    },
  ];
  return labelledRowBlock(TABLE_NAMES.baseline, IN_HOUSE_TOP, "Baseline", IN_HOUSE_ROW, specs);
}

/** A plain block of the Costs sheet with one row, keyed by its label under `header`. */
function labelledRowBlock(
  name: string,
  top: number,
  header: string,
  label: string,
  columns: ColumnSpec<string>[],
): PlanTable {
  const meta = {
    name,
    sheet: SHEET_NAMES.costs,
    excelTable: false,
    headerRow: true,
    top,
    left: 0,
    keyColumn: "label",
  };
  return table(meta, [rowLabelColumn(header), ...columns], [label], (key) => key);
}

/** Per-period divisors as one nested IF, the same lengths as shared/cost's MONTHS_PER_PERIOD. */
function perMonthFormula(): string {
  const price = thisRow("price");
  const period = thisRow("period");
  const units = thisRow("units");
  const calendar = `${price}/IF(${period}="week",12/52,IF(${period}="quarter",3,IF(${period}="year",12,1)))`;
  const usage = `IF(ISNUMBER(${units}),${price}*${units},"needs "&${period}&"s a month")`;
  return `=IF(${price}="","",IF(OR(${period}="hour",${period}="day"),${usage},IF(${period}="one-time","${ONE_TIME_TEXT}",${calendar})))`;
}

function costsTable(vendors: Vendor[], costings: ReadonlyMap<string, VendorCosting>): PlanTable {
  const plans = (column: string) => `{colrange|${TABLE_NAMES.plans}|${column}}`;
  const fx = (column: string) => `{colrange|${TABLE_NAMES.fx}|${column}}`;
  const lookup = (column: string) =>
    sameInBothModes(
      `=IFERROR(INDEX(${plans(column)},MATCH(${thisRow("id")}&"|"&${thisRow("plan")},${plans("lookup")},0)),"")`,
    );
  const months = setting("months");
  const discount = setting("discount-pct");
  const feeTerms = {
    monthlyFee: thisRow("monthly"),
    months,
    setupFee: `(${thisRow("setup-fee")}*${thisRow("rate")}+${thisRow("negotiation")})`,
    transitionCost: thisRow("transition"),
    overheadPct: "0",
    annualIncreasePct: thisRow("increase-pct"),
    discountRatePct: discount,
  };
  const timeTerms = {
    monthlyFee: thisRow("management-cost"),
    months,
    setupFee: "0",
    transitionCost: "0",
    overheadPct: "0",
    annualIncreasePct: "0",
    discountRatePct: discount,
  };
  const fees = tcoExpression(feeTerms);
  const time = tcoExpression(timeTerms);
  const exit = `${thisRow("exit")}/(1+${discount}/100)^(${months}/12)`;
  const tco: FormulaPair = {
    live: `=IF(ISNUMBER(${thisRow("monthly")}),${fees.live}+${time.live}+${exit},${thisRow("monthly")})`,
    native: `=IF(ISNUMBER(${thisRow("monthly")}),${fees.native}+${time.native}+${exit},${thisRow("monthly")})`,
  };
  const costing = (v: Vendor) => costings.get(v.id) as VendorCosting;
  // An input the evaluation leaves out counts as 0 here, as costVendor counts it.
  const input = (
    id: string,
    header: string,
    read: (c: VendorCosting) => number | undefined,
    numberFormat = "#,##0.00",
  ) => capturedColumn<Vendor>(id, header, numberFormat, (v) => num(read(costing(v)) ?? 0));
  const computed = (
    id: string,
    header: string,
    formula: FormulaPair,
    numberFormat = "#,##0.00",
  ): ColumnSpec<Vendor> => ({
    id,
    header,
    kind: "computed",
    numberFormat,
    formula,
  });
  // The costed plan's name, with a drop-down of the vendor's plans as the Plans sheet lists them.
  const planCostedCell = (v: Vendor): PlanCell => {
    const c = costing(v);
    const label = c.planIndex === undefined ? undefined : c.labels[c.planIndex];
    if (label === undefined) return text(label);
    const range = `${TABLE_NAMES.plans}|label|${planKey(v.id, 0)}|${planKey(v.id, c.labels.length - 1)}`;
    return { ...text(label), validation: { list: `={keyrange|${range}}` } };
  };
  const specs: ColumnSpec<Vendor>[] = [
    vendorIdColumn,
    vendorNameColumn,
    capturedColumn("plan", "Plan costed", "@", planCostedCell, 24),
    computed("price", "Price", lookup("price")),
    computed("currency", "Currency", lookup("currency"), "@"),
    computed("period", "Per", lookup("period"), "@"),
    computed("per-seat", "Per seat", lookup("per-seat"), "@"),
    // Left empty when not given: the price a month then says which count it needs.
    capturedColumn("units", "Hours or days a month", "0.0", (v) => num(costing(v).inputs.unitsPerMonth)),
    computed("per-month", "Price a month", sameInBothModes(perMonthFormula())),
    {
      // Follows the team size typed on the settings row (issue 21), live and advisor-safe alike; a
      // vendor costed for its own seat count (the evaluation's vendorCosts) gets that number instead,
      // and a number the owner types over the formula is kept by an Update like any owner edit.
      ...computed("seats", "Seats", sameInBothModes(`=${setting("team-size")}`), "0"),
      cell: (v) => num(costing(v).inputs.seats),
    },
    computed(
      "for-seats",
      "A month for the seats",
      sameInBothModes(
        `=IF(ISNUMBER(${thisRow("per-month")}),${thisRow("per-month")}*IF(${thisRow("per-seat")}="Yes",${thisRow("seats")},1),${thisRow("per-month")})`,
      ),
    ),
    computed(
      "rate",
      "Rate to reporting currency",
      // 1/(1/x): a rate left empty (0) becomes an error, then "", so it reads as missing, not as 0.
      sameInBothModes(
        `=IF(${thisRow("currency")}="","",IF(${thisRow("currency")}=${setting("reporting-currency")},1,IFERROR(1/(1/INDEX(${fx("rate")},MATCH(${thisRow("currency")},${fx("currency")},0))),"")))`,
      ),
      "0.0000",
    ),
    computed(
      "monthly",
      "Monthly cost (reporting currency)",
      sameInBothModes(
        `=IF(ISNUMBER(${thisRow("for-seats")}),IF(ISNUMBER(${thisRow("rate")}),${thisRow("for-seats")}*${thisRow("rate")},"${needsRateText("")}"&${thisRow("currency")}),${thisRow("for-seats")})`,
      ),
    ),
    capturedColumn("setup-fee", "Setup fee (plan currency)", "#,##0.00", (v) => num(v.pricing.setupFee ?? 0)),
    input("negotiation", "Contract negotiation (one-off)", (c) => c.inputs.negotiationCost),
    input("transition", "Transition and knowledge transfer (one-off)", (c) => c.inputs.transitionCost),
    input("management-hours", "Management hours a month", (c) => c.inputs.managementHoursPerMonth, "0.0"),
    computed(
      "management-cost",
      "Management time a month",
      sameInBothModes(`=${thisRow("management-hours")}*${setting("owner-hourly-value")}`),
    ),
    input("exit", "Exit or switching cost (end of term)", (c) => c.inputs.exitCost),
    input("increase-pct", "Annual increase %", (c) => c.inputs.annualIncreasePct, "0.0"),
    { ...computed("tco", "TCO", tco), width: 16 },
    computed(
      "in-house-tco",
      "In-house TCO",
      sameInBothModes(
        `=IF(ISNUMBER({ref|${TABLE_NAMES.baseline}|tco|${IN_HOUSE_ROW}}),{ref|${TABLE_NAMES.baseline}|tco|${IN_HOUSE_ROW}},"")`,
      ),
    ),
    computed("savings", "Savings", savingsFormula(thisRow("tco"), thisRow("in-house-tco")), "0.0%"),
    inEvaluationColumn,
    ownerNotesColumn,
  ];
  return table(
    {
      name: TABLE_NAMES.costs,
      sheet: SHEET_NAMES.costs,
      excelTable: true,
      headerRow: true,
      top: COSTS_TOP,
      left: 0,
      keyColumn: "id",
      ...flagRemovedVendors,
    },
    specs,
    vendors,
    (v) => v.id,
  );
}
