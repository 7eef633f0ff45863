/**
 * The top of a vendor's page: who it is, what review sites say, and its live score and rank in each
 * evaluation, with a chip per evaluation to put it in or take it out.
 */
import {
  Checkbox,
  Dropdown,
  Link,
  makeStyles,
  Option,
  Text,
  Title3,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PIPELINE_STATUSES } from "../../shared/schema/common";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { valueLabel, viewOnLabel } from "../../shared/words/value-labels";
import { reviewsCount } from "../../shared/words/vendor-text";
import { scoreText, useEvaluationRanking } from "./evaluation-ranking";
import type { LibraryPort } from "./library-port";
import { safeHref } from "./vendor-pages";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "10px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  top: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "6px 10px", minWidth: 0 },
  name: { overflowWrap: "anywhere", minWidth: 0 },
  site: { overflowWrap: "anywhere" },
  status: { minWidth: "0", width: "150px" },
  line: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: "2px 8px", minWidth: 0 },
  caption: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  chips: { display: "flex", flexWrap: "wrap", gap: "0 4px" },
});

/**
 * The top of a vendor's page: who it is (name, site, status), what review sites say (rating and count
 * per site), and how it stands in each evaluation it is in (score and rank, computed live), with a
 * chip per evaluation to put it in or take it out.
 */
export function VendorSummary({
  library,
  vendor,
  evaluations,
  version,
  statusError,
  onStatus,
  onToggleEvaluation,
}: {
  library: LibraryPort;
  vendor: Vendor;
  evaluations: Evaluation[];
  version: number;
  statusError?: string;
  onStatus(status: Vendor["status"]): void;
  onToggleEvaluation(evaluation: Evaluation, member: boolean): Promise<boolean>;
}) {
  const styles = useStyles();
  const website = safeHref(vendor.website);
  const memberOf = evaluations.filter((evaluation) => evaluation.vendorIds.includes(vendor.id));
  return (
    <section className={styles.summary} data-testid="vendor-summary" aria-label="Summary">
      <Title3 as="h2" className={styles.name}>
        {vendor.name}
      </Title3>
      <div className={styles.top}>
        {website ? (
          <Link className={styles.site} href={website} target="_blank" rel="noreferrer noopener">
            {vendor.domain ?? new URL(website).hostname}
          </Link>
        ) : (
          <Text className={styles.caption}>No website yet</Text>
        )}
        <Dropdown
          aria-label="Status"
          size="small"
          className={styles.status}
          value={valueLabel(vendor.status)}
          selectedOptions={[vendor.status]}
          onOptionSelect={(_, data) => data.optionValue && onStatus(data.optionValue as Vendor["status"])}
        >
          {PIPELINE_STATUSES.map((status) => (
            <Option key={status} value={status}>
              {valueLabel(status)}
            </Option>
          ))}
        </Dropdown>
        {vendor.function ? <Text className={styles.caption}>{valueLabel(vendor.function)}</Text> : null}
      </div>
      {statusError ? (
        <Text role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {statusError}
        </Text>
      ) : null}
      {vendor.ratings.length === 0 ? (
        <Text className={styles.caption}>No review-site rating yet: clip its Trustpilot or G2 page.</Text>
      ) : (
        vendor.ratings.map((rating) => {
          const href = safeHref(rating.url);
          return (
            <div
              className={styles.line}
              key={`${rating.source}-${rating.url ?? ""}`}
              data-testid="site-rating"
            >
              <Text weight="semibold">{valueLabel(rating.source)}</Text>
              <Text>{`★ ${rating.value} of ${rating.scale}`}</Text>
              {rating.count === undefined ? null : (
                <Text className={styles.caption}>{reviewsCount(rating.count)}</Text>
              )}
              {href ? (
                <Link href={href} target="_blank" rel="noreferrer noopener">
                  {viewOnLabel(rating.source)}
                </Link>
              ) : null}
            </div>
          );
        })
      )}
      {memberOf.map((evaluation) => (
        <Standing
          key={evaluation.id}
          library={library}
          evaluation={evaluation}
          vendor={vendor}
          version={version}
        />
      ))}
      {evaluations.length === 0 ? (
        <Text className={styles.caption}>
          To compare it with others, create an evaluation in the Evaluations tab.
        </Text>
      ) : (
        <fieldset style={{ border: "none", margin: 0, padding: 0, minWidth: 0 }}>
          <legend className={styles.caption}>In evaluations</legend>
          <div className={styles.chips}>
            {evaluations.map((evaluation) => (
              <MembershipChip
                key={evaluation.id}
                label={evaluation.name}
                member={evaluation.vendorIds.includes(vendor.id)}
                onToggle={(member) => onToggleEvaluation(evaluation, member)}
              />
            ))}
          </div>
        </fieldset>
      )}
    </section>
  );
}

/** "Bookkeeping 2027: score 86.3, rank 1 of 3", or what is missing for a score. */
function Standing({
  library,
  evaluation,
  vendor,
  version,
}: {
  library: LibraryPort;
  evaluation: Evaluation;
  vendor: Vendor;
  version: number;
}) {
  const styles = useStyles();
  const { ranking } = useEvaluationRanking(library, evaluation, version, vendor);
  const own = ranking?.find((row) => row.vendorId === vendor.id);
  const ranked = ranking?.filter((row) => row.rank !== null).length ?? 0;
  let words = "working out the score…";
  if (own && own.score !== null && own.rank !== null) {
    words = `score ${scoreText(own.score)}, rank ${own.rank} of ${ranked}`;
  } else if (own) {
    words = "no score yet: rate it below";
  }
  return (
    <div className={styles.line} data-testid="standing">
      <Text weight="semibold">{evaluation.name}</Text>
      <Text>{words}</Text>
    </div>
  );
}

/**
 * Whether the vendor is in one evaluation. The tick follows the click at once and the library's answer
 * after: it goes back if the change failed (the message above says why), and it follows the evaluation
 * when that changes elsewhere.
 */
function MembershipChip({
  label,
  member,
  onToggle,
}: {
  label: string;
  member: boolean;
  onToggle(member: boolean): Promise<boolean>;
}) {
  const [checked, setChecked] = useState(member);
  useEffect(() => setChecked(member), [member]);
  return (
    <Checkbox
      label={label}
      checked={checked}
      onChange={(_, data) => {
        const next = data.checked === true;
        setChecked(next);
        void onToggle(next).then((done) => {
          if (!done) setChecked(!next);
        });
      }}
    />
  );
}
