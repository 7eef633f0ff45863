// The rule lives in shared/extract, where the extractor reads a Trustpilot address for the vendor's
// domain (issue 17, class 1); the capture code keeps importing it from here.
export { directoryVendorDomain } from "../../shared/extract/directory-vendor-domain";
