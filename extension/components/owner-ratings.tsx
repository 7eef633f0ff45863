/**
 * The owner's 1-5 rating per base criterion on a vendor's page, so one rating counts in every evaluation the
 * vendor is in.
 */
import { Button, makeStyles, Rating, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { ownValue } from "../../shared/library/own-value";
import { BASE_CRITERIA } from "../../shared/schema/criteria-templates";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: "4px 0 2px" },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  row: {
    display: "flex",
    alignItems: "center",
    gap: "4px",
    minWidth: 0,
    minHeight: "28px",
  },
  // The name wraps rather than pushes the stars out of a 320 px panel.
  name: { flex: "1 1 0", minWidth: 0, overflowWrap: "anywhere", ...typographyStyles.caption1 },
  clear: { minWidth: "24px", width: "24px", paddingLeft: 0, paddingRight: 0 },
});

/**
 * The owner's 1-5 rating per criterion, the vendor page's main job: right under the summary, one
 * compact row per criterion. The criteria are the base ones every evaluation template starts from, so a
 * rating counts in every evaluation the vendor is in.
 */
export function OwnerRatings({
  ratings,
  onRate,
}: {
  ratings: Readonly<Record<string, number>>;
  onRate(criterionId: string, rating: number | null): void;
}) {
  const styles = useStyles();
  const rated = BASE_CRITERIA.filter((criterion) => ownValue(ratings, criterion.id) !== undefined).length;
  return (
    <section className={styles.list} aria-labelledby="owner-ratings-heading" data-testid="owner-ratings">
      <h3 id="owner-ratings-heading" className={styles.heading}>
        Your ratings
      </h3>
      <Text className={styles.hint}>
        {rated === 0
          ? "Rate 1 to 5 stars from what you know; evaluations score vendors from these."
          : `${rated} of ${BASE_CRITERIA.length} rated.`}
      </Text>
      {BASE_CRITERIA.map((criterion) => (
        <div key={criterion.id} className={styles.row}>
          <span className={styles.name} title={criterion.description}>
            {criterion.name}
          </span>
          <Rating
            aria-label={criterion.name}
            size="medium"
            max={5}
            value={ownValue(ratings, criterion.id) ?? 0}
            onChange={(_, data) => onRate(criterion.id, data.value)}
          />
          <Button
            size="small"
            appearance="subtle"
            className={styles.clear}
            aria-label={`Clear ${criterion.name}`}
            title={`Clear ${criterion.name}`}
            disabled={ownValue(ratings, criterion.id) === undefined}
            onClick={() => onRate(criterion.id, null)}
          >
            ×
          </Button>
        </div>
      ))}
    </section>
  );
}
