/**
 * The one table of custom functions by the id Excel knows them by, so the Excel registration and the workbook
 * tests' HyperFormula plugin run the same wrappers.
 */
import {
  vendorAhp,
  vendorNormalize,
  vendorOverlap,
  vendorRank,
  vendorReputation,
  vendorSavings,
  vendorScore,
  vendorSensitivity,
  vendorTco,
  vendorTopsis,
} from "./functions";

/**
 * Every custom function by the id Excel knows it by (the name after `@customfunction`). One frozen table
 * serves the Excel registration (./register.ts) and the HyperFormula plugin the workbook tests use, so
 * both run the same wrappers.
 */
export const VENDOR_FUNCTIONS = Object.freeze({
  VENDORSCORE: vendorScore,
  VENDORRANK: vendorRank,
  VENDORTCO: vendorTco,
  VENDORSAVINGS: vendorSavings,
  VENDORREPUTATION: vendorReputation,
  VENDORNORMALIZE: vendorNormalize,
  VENDORTOPSIS: vendorTopsis,
  VENDORAHP: vendorAhp,
  VENDORSENSITIVITY: vendorSensitivity,
  VENDOROVERLAP: vendorOverlap,
});

/** The id of a VENDOR* custom function. */
export type VendorFunctionId = keyof typeof VENDOR_FUNCTIONS;
