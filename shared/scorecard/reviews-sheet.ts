/** Plans the Reviews sheet: one row per captured review, keyed by its content hash. */
import type { Review } from "../schema/review";
import { valueLabel } from "../words/value-labels";
import {
  type ColumnSpec,
  capturedColumn,
  keyColumn,
  link,
  num,
  SHEET_NAMES,
  singleTableSheet,
  TABLE_NAMES,
  text,
} from "./plan-table";
import type { PlanSheet } from "./scorecard-plan";

/** The Reviews sheet: one row per captured review, keyed by its content hash. */
export function reviewsSheet(reviews: Review[]): PlanSheet {
  const specs: ColumnSpec<Review>[] = [
    keyColumn("id", "Review ID", (r) => r.id, 16),
    capturedColumn("vendor-id", "Vendor ID", "@", (r) => text(r.vendorId), 22),
    capturedColumn("source", "Source", "@", (r) => text(valueLabel(r.source))),
    capturedColumn("rating", "Rating", "0.0", (r) => num(r.rating)),
    capturedColumn("scale", "Scale", "0", (r) => num(r.scale)),
    capturedColumn("date", "Date", "@", (r) => text(r.date?.slice(0, 10))),
    capturedColumn("author", "Author", "@", (r) => text(r.author)),
    capturedColumn("title", "Title", "@", (r) => text(r.title), 30),
    capturedColumn("body", "Review", "@", (r) => text(r.body), 60),
    capturedColumn("url", "URL", "@", (r) => link(r.url), 30),
  ];
  // A review id hashes its text, so a changed review is a new row; nothing to refresh or flag.
  return singleTableSheet(SHEET_NAMES.reviews, TABLE_NAMES.reviews, "id", specs, reviews, (r) => r.id, {
    removedRows: "keep",
  });
}
