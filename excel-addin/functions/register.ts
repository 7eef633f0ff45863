/// <reference types="custom-functions-runtime" />
/**
 * The entry of functions.js: ties each id in functions.json to its wrapper. It runs in the shared runtime
 * (the task pane page loads it right after office.js), so the functions and the task pane share one
 * runtime. The ids must match the names after `@customfunction` in ./functions.ts; tests/addin checks that.
 * See https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#associating-function-names-with-json-metadata
 *
 * Where office.js did not load (blocked, or the page opened from disk) there is no `CustomFunctions`; the
 * page must still load, so registration is skipped there rather than throwing. Outside Excel, Microsoft's
 * office.js does define it and `associate` only records the ids (tests/e2e/taskpane.test.ts).
 */
import { VENDOR_FUNCTIONS } from "./registry";

if (typeof CustomFunctions === "undefined") {
  console.info("VendorScout: not running inside Excel, so the VENDOR* functions are not registered.");
} else {
  CustomFunctions.associate(VENDOR_FUNCTIONS);
}
