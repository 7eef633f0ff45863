/**
 * The side panel's Evaluations tab: start an evaluation from a criteria template, and a card per evaluation
 * with its ranking, vendor picker, weights and exports.
 */
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Option,
  Spinner,
  Text,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { OUTSOURCED_FUNCTIONS, type OutsourcedFunction } from "../../shared/schema/common";
import { criteriaTemplate } from "../../shared/schema/criteria-templates";
import type { Evaluation } from "../../shared/schema/evaluation";
import { weightsWithPercent } from "../../shared/scoring/weight-percents";
import { ADVISOR_COPY, advisorCopyFileName, safeFileName } from "../../shared/words/file-names";
import { valueLabel } from "../../shared/words/value-labels";
import { AddVendorsPicker } from "./add-vendors-picker";
import { EvaluationCosts } from "./evaluation-costs";
import { useEvaluationRanking } from "./evaluation-ranking";
import { EvaluationRankingList } from "./evaluation-ranking-list";
import { EvaluationWeights } from "./evaluation-weights";
import { FoldSection } from "./fold-section";
import { JourneySteps } from "./journey-steps";
import { useLatestRead } from "./latest-read";
import type { PanelPorts } from "./library-port";

type Message = { intent: "error" | "success"; text: string };

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
  create: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "10px",
    minWidth: 0,
  },
  title: { ...typographyStyles.subtitle1, margin: 0, overflowWrap: "anywhere" },
  caption: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: "4px" },
});

/**
 * Evaluations: what one is, a form to start one from a criteria template, and a card per evaluation
 * with its live ranking, an "Add vendors…" picker, its weights and its exports.
 */
export function EvaluationsView({
  ports,
  evaluations,
  version = 0,
  onChanged,
  onOpenVendor,
}: {
  ports: PanelPorts;
  evaluations: Evaluation[];
  /** Bumped when the library changed (a rating, a clip): the rankings read again. */
  version?: number;
  onChanged(): void;
  onOpenVendor(vendorId: string): void;
}) {
  const styles = useStyles();
  const [name, setName] = useState("");
  const [fn, setFn] = useState<OutsourcedFunction>("accounting-payroll");
  const [message, setMessage] = useState<Message | undefined>();
  const [vendorCount, setVendorCount] = useState<number | undefined>();

  const latestCount = useLatestRead();
  useEffect(() => {
    // Only decides whether to show the three steps; a library that cannot be counted shows none.
    latestCount(async () => ports.library.countVendors(), setVendorCount).catch(() => undefined);
  }, [ports, latestCount]);

  async function create() {
    const now = ports.now().toISOString();
    const trimmed = name.trim();
    if (!trimmed) {
      setMessage({ intent: "error", text: "Give the evaluation a name, e.g. “Bookkeeping 2027”." });
      return;
    }
    try {
      await ports.library.saveEvaluation({
        id: `eval-${ports.now().getTime().toString(36)}`,
        name: trimmed,
        function: fn,
        criteria: criteriaTemplate(fn),
        vendorIds: [],
        termMonths: 36,
        createdAt: now,
        updatedAt: now,
      });
    } catch (error) {
      setMessage({
        intent: "error",
        text: `Could not create “${trimmed}” (${(error as Error).message}). Change the name and try again.`,
      });
      return;
    }
    setName("");
    setMessage({
      intent: "success",
      text: `Created “${trimmed}”. Use “Add vendors…” on its card to pick who competes.`,
    });
    onChanged();
  }

  return (
    <section className={styles.view}>
      {evaluations.length === 0 ? (
        <>
          <Text>
            An evaluation compares vendors for one job, such as your bookkeeping: you weigh what matters
            (cost, expertise, security…), rate each vendor, and VendorScout ranks them, here and in Excel.
          </Text>
          {vendorCount === 0 ? (
            <JourneySteps title="Start in three steps" testId="evaluations-empty" />
          ) : null}
        </>
      ) : null}
      <div className={styles.create}>
        <Field label="New evaluation">
          <Input
            value={name}
            placeholder="e.g. Bookkeeping 2027"
            onChange={(_, data) => setName(data.value)}
          />
        </Field>
        <Field label="Criteria template" hint="Weights start from what matters most for this job.">
          <Dropdown
            style={{ minWidth: 0 }}
            value={valueLabel(fn)}
            selectedOptions={[fn]}
            onOptionSelect={(_, data) => data.optionValue && setFn(data.optionValue as OutsourcedFunction)}
          >
            {OUTSOURCED_FUNCTIONS.map((option) => (
              <Option key={option} value={option}>
                {valueLabel(option)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" onClick={() => void create()} style={{ alignSelf: "flex-start" }}>
          Create evaluation
        </Button>
      </div>
      {message ? (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {evaluations.map((evaluation) => (
        <EvaluationCard
          key={evaluation.id}
          ports={ports}
          evaluation={evaluation}
          evaluations={evaluations}
          version={version}
          onChanged={onChanged}
          onOpenVendor={onOpenVendor}
        />
      ))}
    </section>
  );
}

/** One evaluation: ranking first (who is winning), then the picker, weights and exports. */
function EvaluationCard({
  ports,
  evaluation,
  evaluations,
  version,
  onChanged,
  onOpenVendor,
}: {
  ports: PanelPorts;
  evaluation: Evaluation;
  evaluations: readonly Evaluation[];
  version: number;
  onChanged(): void;
  onOpenVendor(vendorId: string): void;
}) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  /** The card's own last outcome: an export's file name, or what failed. Replaced by the next action. */
  const [message, setMessage] = useState<Message | undefined>();
  const { ranking, error: rankingError } = useEvaluationRanking(ports.library, evaluation, version);
  const count = evaluation.vendorIds.length;

  async function run(what: string, task: () => Promise<string | undefined>): Promise<boolean> {
    setBusy(true);
    setMessage(undefined);
    try {
      const done = await task();
      if (done) setMessage({ intent: "success", text: done });
      return true;
    } catch (error) {
      setMessage({ intent: "error", text: `Could not ${what} (${(error as Error).message}). Try again.` });
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function setWeight(index: number, percent: number) {
    // Throws a sentence (every weight zero) that the field shows under itself.
    const weights = weightsWithPercent(
      evaluation.criteria.map((criterion) => criterion.weight),
      index,
      percent,
    );
    const criteria = evaluation.criteria.map((criterion, i) => ({ ...criterion, weight: weights[i] ?? 0 }));
    await ports.library.saveEvaluation({ ...evaluation, criteria, updatedAt: ports.now().toISOString() });
    onChanged();
  }

  const downloaded = (fileName: string) =>
    `Downloaded “${fileName}”: it is in your browser's downloads folder.`;
  const exportPack = () =>
    run("export the evaluation", async () => {
      const pack = await ports.library.exportPack({ evaluationId: evaluation.id });
      const file = ports.packFile(pack, evaluation.name);
      ports.download(file.fileName, file.text, "application/json");
      return `${downloaded(file.fileName)} Import it in the Excel add-in's task pane.`;
    });
  const exportCsv = () =>
    run("export the CSV", async () => {
      const pack = await ports.library.exportPack({ evaluationId: evaluation.id });
      const fileName = `${safeFileName(evaluation.name)}.csv`;
      ports.download(fileName, ports.vendorsCsv(pack.vendors, evaluation), "text/csv");
      return downloaded(fileName);
    });
  const exportXlsx = () =>
    run(`build the ${ADVISOR_COPY}`, async () => {
      const pack = await ports.library.exportPack({ evaluationId: evaluation.id });
      const bytes = await ports.scorecardXlsx(pack, evaluation.id);
      const fileName = advisorCopyFileName(evaluation.name);
      ports.download(fileName, bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      return `${downloaded(fileName)} Send it to your advisor: it opens in any spreadsheet, no add-in needed.`;
    });

  return (
    <article data-testid="evaluation" className={styles.card}>
      <h3 className={styles.title}>{evaluation.name}</h3>
      <Text className={styles.caption}>
        {`${valueLabel(evaluation.function)} · ${count} ${count === 1 ? "vendor" : "vendors"}`}
      </Text>
      {rankingError ? <Text role="alert">{rankingError}</Text> : null}
      {count === 0 ? (
        <Text size={200}>No vendors yet. Add the ones you are considering; they rank as you rate them.</Text>
      ) : ranking === undefined && !rankingError ? (
        <Spinner size="tiny" label="Ranking…" />
      ) : ranking ? (
        <EvaluationRankingList
          evaluationName={evaluation.name}
          ranking={ranking}
          onOpenVendor={onOpenVendor}
          onRemove={(vendorId, name) =>
            void run(`take ${name} out of the evaluation`, async () => {
              await ports.library.removeFromEvaluation(evaluation.id, vendorId);
              onChanged();
              return `${name} is out of “${evaluation.name}”; it stays in your library.`;
            })
          }
        />
      ) : null}
      {picking ? (
        <AddVendorsPicker
          library={ports.library}
          evaluation={evaluation}
          onClose={() => setPicking(false)}
          onAdd={(vendor) =>
            run(`add ${vendor.name}`, async () => {
              await ports.library.addToEvaluation(evaluation.id, vendor.id);
              onChanged();
              return undefined;
            })
          }
        />
      ) : (
        <Button
          appearance={count === 0 ? "primary" : "secondary"}
          size="small"
          style={{ alignSelf: "flex-start" }}
          onClick={() => setPicking(true)}
        >
          Add vendors…
        </Button>
      )}
      <FoldSection title="Weights" note="what matters most">
        <EvaluationWeights criteria={evaluation.criteria} onSave={setWeight} />
      </FoldSection>
      <EvaluationCosts
        ports={ports}
        evaluation={evaluation}
        evaluations={evaluations}
        onChanged={onChanged}
        onMessage={setMessage}
      />
      <div className={styles.actions}>
        <Button size="small" disabled={busy} onClick={() => void exportXlsx()}>
          {`Download ${ADVISOR_COPY} (.xlsx)`}
        </Button>
        <Button size="small" disabled={busy} onClick={() => void exportPack()}>
          Export .vendorpack.json
        </Button>
        <Button size="small" disabled={busy} onClick={() => void exportCsv()}>
          Export CSV
        </Button>
        <Button size="small" appearance="subtle" disabled={busy} onClick={() => setConfirmingDelete(true)}>
          Delete
        </Button>
      </div>
      {message ? (
        <MessageBar intent={message.intent}>
          <MessageBarBody data-testid="evaluation-message">{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {confirmingDelete ? (
        <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 4 }}>
          <Text size={200}>
            {`Delete “${evaluation.name}” and its weights? Its vendors stay in the library. This cannot be undone.`}
          </Text>
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            onClick={() =>
              void run("delete the evaluation", async () => {
                await ports.library.deleteEvaluation(evaluation.id);
                onChanged();
                return undefined;
              })
            }
          >
            Delete “{evaluation.name}”
          </Button>
          <Button size="small" onClick={() => setConfirmingDelete(false)}>
            Keep it
          </Button>
        </div>
      ) : null}
    </article>
  );
}

/** A file name from an evaluation name (kept for callers of the old name; the rule is shared/words'). */
export const safeName = safeFileName;
