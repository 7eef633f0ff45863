/**
 * One job: one row of the side panel's vendor list: the vendor's name, status, function and domain, a
 * button that opens it, and a select that adds it to an evaluation.
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { memo } from "react";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { valueLabel as label } from "../../shared/words/value-labels";

/**
 * One row's styles, shared by every row. A row is plain elements with these classes rather than Fluent
 * Text and Badge components: the list renders about twenty rows at once, on opening and on every scroll
 * step, and four Fluent components per row cost about 4% of the side panel's opening. The row is a
 * button: it shows where the pointer is and, from the keyboard, where the focus is.
 */
const useRowStyles = makeStyles({
  wrap: {
    display: "flex",
    alignItems: "center",
    gap: "4px",
    height: "100%",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  add: {
    ...typographyStyles.caption1,
    flexShrink: 0,
    width: "112px",
    maxWidth: "40%",
    padding: "2px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  row: {
    appearance: "none",
    margin: 0,
    border: "none",
    backgroundColor: "transparent",
    textAlign: "left",
    boxSizing: "border-box",
    cursor: "pointer",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: "6px 8px",
    flex: "1 1 0",
    minWidth: 0,
    height: "100%",
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  name: {
    ...typographyStyles.body1Strong,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  details: { display: "flex", gap: "4px", alignItems: "center", minWidth: 0 },
  status: {
    ...typographyStyles.caption2Strong,
    flexShrink: 0,
    padding: "0 4px",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  meta: {
    ...typographyStyles.caption1,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

/**
 * Memoised: the list renders again as it is measured, counted and scrolled, and a row whose vendor is
 * the same object (rows are kept in a Map by index) has nothing new to show.
 */
export const VendorRow = memo(function VendorRow({
  vendor,
  evaluations,
  onOpen,
  onAddToEvaluation,
}: {
  vendor: Vendor;
  evaluations: Evaluation[];
  onOpen(vendorId: string): void;
  onAddToEvaluation?(evaluationId: string, vendor: Vendor): void;
}) {
  const styles = useRowStyles();
  const open = evaluations.filter((evaluation) => !evaluation.vendorIds.includes(vendor.id));
  const meta = [vendor.function ? label(vendor.function) : undefined, vendor.domain]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className={styles.wrap}>
      <button type="button" data-testid="vendor-row" className={styles.row} onClick={() => onOpen(vendor.id)}>
        {/* Rows keep one height for the virtual list, so a long line ends in "…" with the whole in its title. */}
        <span className={styles.name} title={vendor.name}>
          {vendor.name}
        </span>
        <span className={styles.details}>
          <span className={styles.status}>{label(vendor.status)}</span>
          <span className={styles.meta} title={meta}>
            {meta}
          </span>
        </span>
      </button>
      {onAddToEvaluation && open.length > 0 ? (
        // A native select: one per row stays cheap where a Fluent menu per row would not (see useRowStyles).
        <select
          className={styles.add}
          aria-label={`Add ${vendor.name} to an evaluation`}
          value=""
          onChange={(event) => {
            const id = event.currentTarget.value;
            if (id) onAddToEvaluation(id, vendor);
          }}
        >
          <option value="">Add to evaluation</option>
          {open.map((evaluation) => (
            <option key={evaluation.id} value={evaluation.id}>
              {evaluation.name}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
});
