/// <reference types="custom-functions-runtime" />
/**
 * The entry of functions.js: ties each id in functions.json to its wrapper. It runs in the shared runtime
 * (the task pane page loads it after office.js), so the functions and the task pane share one runtime.
 * The ids must match the names after `@customfunction` in ./functions.ts; tests/addin checks that.
 * See https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#associating-function-names-with-json-metadata
 */
import { VENDOR_FUNCTIONS } from "./registry";

CustomFunctions.associate(VENDOR_FUNCTIONS);
