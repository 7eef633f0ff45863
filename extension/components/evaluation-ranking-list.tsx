/**
 * An evaluation card's ranking, best first: rank, score out of 100 with a bar, the weakest criterion and the
 * criteria still to rate, the same numbers the Scorecard sheet computes.
 */
import { Button, makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import type { RankedVendor } from "../../shared/scoring/rank-evaluation";
import { scoreText } from "./evaluation-ranking";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", minWidth: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "28px 1fr auto",
    alignItems: "start",
    gap: "2px 6px",
    padding: "6px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  rank: { ...typographyStyles.subtitle2, textAlign: "center" },
  main: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: {
    ...typographyStyles.body1Strong,
    background: "none",
    border: "none",
    padding: 0,
    textAlign: "left",
    cursor: "pointer",
    color: tokens.colorBrandForeground1,
    textDecoration: "underline",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
  },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  score: { ...typographyStyles.subtitle2, textAlign: "right" },
  remove: { gridColumn: "3", justifySelf: "end" },
  bar: { height: "4px", borderRadius: "2px", backgroundColor: tokens.colorBrandBackground, marginTop: "2px" },
});

/**
 * The evaluation's vendors, best first: rank, name, score out of 100 with a bar, the weakest
 * criterion, and the criteria still to rate. The same numbers the Scorecard sheet computes.
 */
export function EvaluationRankingList({
  evaluationName,
  ranking,
  onOpenVendor,
  onRemove,
}: {
  evaluationName: string;
  ranking: RankedVendor[];
  onOpenVendor(vendorId: string): void;
  onRemove(vendorId: string, name: string): void;
}) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label={`Ranking in ${evaluationName}`} data-testid="ranking">
      {ranking.map((row) => (
        <li key={row.vendorId} className={styles.row} data-testid="ranking-row">
          <span className={styles.rank} title={row.rank === null ? "Not ranked" : `Rank ${row.rank}`}>
            {row.rank ?? "–"}
          </span>
          <div className={styles.main}>
            <button type="button" className={styles.name} onClick={() => onOpenVendor(row.vendorId)}>
              {row.name}
            </button>
            {row.score === null ? (
              <span className={styles.note}>No score yet: open it and rate it.</span>
            ) : (
              <>
                <div className={styles.bar} style={{ width: `${Math.max(2, row.score)}%` }} />
                {row.weakest ? (
                  <span
                    className={styles.note}
                  >{`Weakest: ${row.weakest.name} (${row.weakest.rating} of 5)`}</span>
                ) : null}
              </>
            )}
            {row.gaps.length > 0 && row.score !== null ? (
              <span className={styles.note}>
                {row.gaps.length <= 2
                  ? `Not rated: ${row.gaps.join(", ")}`
                  : `${row.gaps.length} criteria not rated yet`}
              </span>
            ) : null}
          </div>
          <Text
            className={styles.score}
            aria-label={row.score === null ? "No score" : `Score ${scoreText(row.score)} of 100`}
          >
            {row.score === null ? "" : scoreText(row.score)}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            className={styles.remove}
            aria-label={`Remove ${row.name} from ${evaluationName}`}
            onClick={() => onRemove(row.vendorId, row.name)}
          >
            Remove
          </Button>
        </li>
      ))}
    </ol>
  );
}
