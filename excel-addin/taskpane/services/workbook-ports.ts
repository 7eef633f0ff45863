import type { OfficeHost } from "./office-host";
import type { WorkbookPorts } from "./workbook-actions";

const NOT_YET =
  "This build of the add-in has no scorecard writer yet. Update the VendorScout add-in, then try again.";

/** The scorecard planner, Excel writer and .xlsx builder, wired for the pane. */
export function workbookPorts(host: OfficeHost): WorkbookPorts<unknown> {
  return {
    plan: () => {
      throw new Error(NOT_YET);
    },
    write: async () => {
      throw new Error(NOT_YET);
    },
    buildXlsx: async () => {
      throw new Error(NOT_YET);
    },
    host,
  };
}
