/**
 * An evaluation card's weights as whole percentages with their total, by shared/scoring's one rule; a value
 * the rule refuses is not kept, and the sentence saying why stays under the box.
 */
import { Input, makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { Criterion } from "../../shared/schema/evaluation";
import { parseWeightPercent, weightPercents } from "../../shared/scoring/weight-percents";

const useStyles = makeStyles({
  rows: { display: "flex", flexDirection: "column", gap: "4px", minWidth: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "1fr 72px",
    alignItems: "center",
    gap: "2px 6px",
    minWidth: 0,
  },
  name: { ...typographyStyles.caption1, overflowWrap: "anywhere", minWidth: 0 },
  input: { width: "72px", minWidth: "0" },
  error: { gridColumn: "1 / -1", ...typographyStyles.caption1, color: tokens.colorPaletteRedForeground1 },
  total: { ...typographyStyles.caption1Strong },
});

/**
 * The evaluation's weights as whole percentages (shared/scoring's one rule, as the task pane shows
 * them) with their total. A typed value the rule refuses is not kept: the box goes back to the stored
 * percentage and the sentence saying why stays under it until the next good value.
 */
export function EvaluationWeights({
  criteria,
  onSave,
}: {
  criteria: Criterion[];
  /** Called with a valid whole percentage; rejects with a sentence when the library refuses it. */
  onSave(index: number, percent: number): Promise<void>;
}) {
  const styles = useStyles();
  const percents = weightPercents(criteria.map((criterion) => criterion.weight));
  const total = percents.reduce((sum, percent) => sum + percent, 0);
  return (
    <div className={styles.rows}>
      {criteria.map((criterion, index) => (
        <WeightRow
          key={criterion.id}
          name={criterion.name}
          percent={percents[index] ?? 0}
          onSave={(percent) => onSave(index, percent)}
        />
      ))}
      <Text className={styles.total} data-testid="weight-total">{`Total ${total}%`}</Text>
    </div>
  );
}

function WeightRow({
  name,
  percent,
  onSave,
}: {
  name: string;
  percent: number;
  onSave(percent: number): Promise<void>;
}) {
  const styles = useStyles();
  const [draft, setDraft] = useState(String(percent));
  const [shown, setShown] = useState(percent);
  const [error, setError] = useState<string | undefined>();
  if (shown !== percent) {
    setShown(percent);
    setDraft(String(percent));
  }
  const commit = () => {
    if (draft.trim() === String(percent)) {
      setError(undefined);
      return;
    }
    const parsed = parseWeightPercent(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      setDraft(String(percent));
      return;
    }
    setError(undefined);
    onSave(parsed.percent).catch((cause: unknown) => {
      setError(cause instanceof Error ? cause.message : String(cause));
      setDraft(String(percent));
    });
  };
  const id = `weight-error-${name.replace(/\W+/g, "-")}`;
  return (
    <div className={styles.row}>
      <span className={styles.name}>{name}</span>
      <Input
        size="small"
        className={styles.input}
        aria-label={`Weight of ${name} in percent`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id : undefined}
        value={draft}
        contentAfter="%"
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
      {error ? (
        <span id={id} className={styles.error} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
