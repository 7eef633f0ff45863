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
  TABLE_NAMES,
  table,
  text,
} from "./plan-table";
import type { PlanTable } from "./scorecard-plan";

/** The Reviews sheet: one row per captured review, keyed by its content hash. */
export function reviewsTable(reviews: Review[]): PlanTable {
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
  return table(
    {
      name: TABLE_NAMES.reviews,
      sheet: SHEET_NAMES.reviews,
      excelTable: true,
      headerRow: true,
      top: 0,
      left: 0,
      keyColumn: "id",
      // A review id hashes its text, so a changed review is a new row; nothing to refresh or flag.
      removedRows: "keep",
    },
    specs,
    reviews,
    (r) => r.id,
  );
}
