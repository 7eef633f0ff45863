/** Picks the site adapter for the review directory a page belongs to. */
import type { DirectoryInfo } from "../directory";
import type { LayerResult } from "../draft";
import { readCapterra } from "./capterra";
import { readClutch } from "./clutch";
import { readG2 } from "./g2";
import { readGoogleBusiness } from "./google-business";
import { readTrustpilot } from "./trustpilot";
import { readUpwork } from "./upwork";
import { readYelp } from "./yelp";

type SiteAdapter = (root: ParentNode, pageUrl: string) => LayerResult;

const ADAPTERS: Record<DirectoryInfo["source"], SiteAdapter> = {
  trustpilot: readTrustpilot,
  g2: readG2,
  capterra: readCapterra,
  clutch: readClutch,
  yelp: readYelp,
  upwork: readUpwork,
  google: readGoogleBusiness,
};

/** Runs the site adapter for a directory page. */
export function runSiteAdapter(directory: DirectoryInfo, root: ParentNode, pageUrl: string): LayerResult {
  return ADAPTERS[directory.source](root, pageUrl);
}
