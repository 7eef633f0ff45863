/**
 * A vendor's clipped reviews and clip history as the vendor page lists them, dated in the owner's local time.
 */
import { Link, Text, tokens } from "@fluentui/react-components";
import type { Review } from "../../shared/schema/review";
import { localDate, localDateTime } from "../../shared/words/local-date";
import { valueLabel, viewOnLabel } from "../../shared/words/value-labels";
import type { ClipHistoryEntry } from "./library-port";
import { safeHref } from "./vendor-pages";

/** One clipped review: its rating and title, the text, who and when in local words, and its page. */
export function ReviewItem({ review }: { review: Review }) {
  const href = safeHref(review.url);
  return (
    <div
      data-testid="review"
      style={{ borderLeft: `3px solid ${tokens.colorNeutralStroke1}`, paddingLeft: 8, minWidth: 0 }}
    >
      <Text weight="semibold" style={{ overflowWrap: "anywhere" }}>
        {[review.rating === undefined ? undefined : `★ ${review.rating} of ${review.scale}`, review.title]
          .filter(Boolean)
          .join(" · ")}
      </Text>
      <Text as="p" style={{ whiteSpace: "pre-wrap", display: "block", overflowWrap: "anywhere" }}>
        {review.body.length > 600 ? `${review.body.slice(0, 600)}…` : review.body}
      </Text>
      <Text size={200}>
        {[review.author, review.date ? localDate(review.date) : undefined, valueLabel(review.source)]
          .filter(Boolean)
          .join(" · ")}{" "}
      </Text>
      {href ? (
        <Link href={href} target="_blank" rel="noreferrer noopener">
          {viewOnLabel(review.source)}
        </Link>
      ) : null}
    </div>
  );
}

/** The clips of a vendor, newest first as the library lists them, each dated in local time. */
export function ClipHistory({ history }: { history: ClipHistoryEntry[] }) {
  if (history.length === 0) return <Text>No clips yet: everything here was typed or imported.</Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {history.map((entry) => {
        const href = safeHref(entry.url);
        return (
          <li key={`${entry.capturedAt}-${entry.url ?? ""}`} style={{ overflowWrap: "anywhere" }}>
            <Text>{`${localDateTime(entry.capturedAt)}: ${entry.summary} `}</Text>
            {href ? (
              <Link href={href} target="_blank" rel="noreferrer noopener">
                View the page
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
