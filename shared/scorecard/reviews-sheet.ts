/** Plans the Reviews sheet: one row per captured review, keyed by its content hash. */
import type { Review } from "../schema/review";
import { valueLabel } from "../words/value-labels";
import { type ColumnSpec, keyCell, link, num, SHEET_NAMES, TABLE_NAMES, table, text } from "./plan-table";
import type { PlanTable } from "./scorecard-plan";

/** The Reviews sheet: one row per captured review, keyed by its content hash. */
export function reviewsTable(reviews: Review[]): PlanTable {
  const specs: ColumnSpec<Review>[] = [
    { id: "id", header: "Review ID", kind: "key", numberFormat: "@", width: 16, cell: (r) => keyCell(r.id) },
    {
      id: "vendor-id",
      header: "Vendor ID",
      kind: "captured",
      numberFormat: "@",
      width: 22,
      cell: (r) => text(r.vendorId),
    },
    {
      id: "source",
      header: "Source",
      kind: "captured",
      numberFormat: "@",
      cell: (r) => text(valueLabel(r.source)),
    },
    { id: "rating", header: "Rating", kind: "captured", numberFormat: "0.0", cell: (r) => num(r.rating) },
    { id: "scale", header: "Scale", kind: "captured", numberFormat: "0", cell: (r) => num(r.scale) },
    {
      id: "date",
      header: "Date",
      kind: "captured",
      numberFormat: "@",
      cell: (r) => text(r.date?.slice(0, 10)),
    },
    { id: "author", header: "Author", kind: "captured", numberFormat: "@", cell: (r) => text(r.author) },
    {
      id: "title",
      header: "Title",
      kind: "captured",
      numberFormat: "@",
      width: 30,
      cell: (r) => text(r.title),
    },
    {
      id: "body",
      header: "Review",
      kind: "captured",
      numberFormat: "@",
      width: 60,
      cell: (r) => text(r.body),
    },
    { id: "url", header: "URL", kind: "captured", numberFormat: "@", width: 30, cell: (r) => link(r.url) },
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
