/**
 * The owner's journey in three steps (clip, rate, compare), shown where there is nothing yet, with the first
 * step not done marked.
 */
import { makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "12px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { ...typographyStyles.subtitle2 },
  steps: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "4px" },
  key: {
    fontFamily: tokens.fontFamilyMonospace,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 3px",
    whiteSpace: "nowrap",
  },
});

/** The keyboard shortcut the manifest suggests for "Clip this page" (package.json, commands). */
export const CLIP_SHORTCUT = "Alt+Shift+V";

/**
 * The owner's journey in three steps (clip, rate, compare), shown where there is nothing yet: an
 * empty library, no evaluations. `title` says what is empty; the step that applies is the first one
 * not done.
 */
export function JourneySteps({ title, testId }: { title: string; testId?: string }) {
  const styles = useStyles();
  return (
    <section className={styles.box} data-testid={testId}>
      <Text className={styles.title}>{title}</Text>
      <ol className={styles.steps}>
        <li>
          <Text>
            <b>Clip</b> a provider: open its website or its Trustpilot, G2 or Capterra page and click the
            VendorScout button, or press <span className={styles.key}>{CLIP_SHORTCUT}</span>.
          </Text>
        </li>
        <li>
          <Text>
            <b>Rate</b> it: open the vendor here and give 1 to 5 stars on cost, expertise, reliability and the
            other criteria.
          </Text>
        </li>
        <li>
          <Text>
            <b>Compare</b>: in Evaluations, make one for the job (say “Bookkeeping 2027”), add vendors, and
            see who ranks first. Export it to Excel for your advisor.
          </Text>
        </li>
      </ol>
    </section>
  );
}
