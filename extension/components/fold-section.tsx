/**
 * A folded section of the vendor page, built on a native <details> so the browser gives it keyboard and
 * screen-reader behaviour and drafts survive folding.
 */
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  fold: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: "4px",
  },
  summary: {
    ...typographyStyles.subtitle2,
    cursor: "pointer",
    padding: "6px 0",
    listStylePosition: "inside",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  count: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, marginLeft: "6px" },
  body: { display: "flex", flexDirection: "column", gap: "8px", paddingBottom: "8px", minWidth: 0 },
});

/**
 * A folded section of the vendor page (Contact, Pricing, ...). A native <details>: the browser gives it
 * keyboard and screen-reader behaviour, and its fields stay in the page while folded, so a draft typed
 * in one survives folding it.
 */
export function FoldSection({
  title,
  note,
  open,
  testId,
  children,
}: {
  title: string;
  /** A short count or state after the title, e.g. "3" reviews or "not set". */
  note?: string;
  open?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <details className={styles.fold} open={open} data-testid={testId}>
      <summary className={styles.summary}>
        {title}
        {note ? <span className={styles.count}>{note}</span> : null}
      </summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
