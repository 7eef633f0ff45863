/**
 * The task pane's screen: holds what the owner chose (source, evaluation, vendors, criteria, costs) and calls
 * the services to build, update or export the scorecard. Planning and writing live in shared/scorecard and
 * excel-addin/workbook.
 */
import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  ProgressBar,
  Subtitle2,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PulledVendors, PullProgress } from "../../../shared/bridge/pull-evaluation";
import type { OutsourcedFunction } from "../../../shared/schema/common";
import { criteriaTemplate } from "../../../shared/schema/criteria-templates";
import { type Criterion, type Evaluation, evaluationSchema } from "../../../shared/schema/evaluation";
import { reportingCurrencyOf } from "../../../shared/scorecard/vendor-costing";
import { weightPercents } from "../../../shared/scoring/weight-percents";
import type { ExtensionConnection } from "../services/bridge-client";
import { extensionSource, type LibrarySource, packSource } from "../services/library-source";
import type { PackDryRun } from "../services/pack-import";
import type { TaskPaneServices } from "../services/task-pane-services";
import {
  makeAdvisorSafeCopy,
  type ScorecardInput,
  type WorkbookProgress,
  writeScorecardToWorkbook,
} from "../services/workbook-actions";
import { CostSettings, type CostSettingsPatch } from "./cost-settings";
import { CriteriaEditor } from "./criteria-editor";
import { ScopePicker } from "./scope-picker";
import { SourceSection } from "./source-section";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "480px",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Outcome =
  | { intent: "success" | "error"; title: string; text: string }
  | { intent: "download"; text: string; bytes: Uint8Array; fileName: string };

type Busy = "build" | "update" | "advisor" | null;

/** Criteria of an evaluation (relative weights) as the editor shows them: percentages summing to 100. */
function asPercentages(criteria: Criterion[]): Criterion[] {
  const percent = weightPercents(criteria.map((criterion) => criterion.weight));
  return criteria.map((criterion, index) => ({ ...criterion, weight: percent[index] ?? 0 }));
}

export function TaskPane({ services }: { services: TaskPaneServices }) {
  const styles = useStyles();
  const [connection, setConnection] = useState<ExtensionConnection | "checking">("checking");
  const [pairingCode, setPairingCode] = useState<string | null>(null);
  const [source, setSource] = useState<LibrarySource | null>(null);
  const [dryRun, setDryRun] = useState<PackDryRun | null>(null);
  const [readingPack, setReadingPack] = useState(false);
  const [evaluations, setEvaluations] = useState<Evaluation[]>([]);
  const [evaluationId, setEvaluationId] = useState("");
  const [templateFunction, setTemplateFunction] = useState<OutsourcedFunction>("it-support");
  const [pulled, setPulled] = useState<PulledVendors | null>(null);
  const [pullProgress, setPullProgress] = useState<PullProgress | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [criteria, setCriteria] = useState<Criterion[]>(() => criteriaTemplate("it-support"));
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<WorkbookProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [costPatch, setCostPatch] = useState<CostSettingsPatch | null>(null);
  const pullGeneration = useRef(0);
  // Read when a new source arrives; changing the template has its own handler.
  const templateRef = useRef(templateFunction);
  templateRef.current = templateFunction;

  const evaluation = evaluations.find((candidate) => candidate.id === evaluationId) ?? null;

  useEffect(() => {
    let live = true;
    const onPairing = (code: string) => {
      if (live) setPairingCode(code);
    };
    void services.connect(onPairing).then((result) => {
      if (!live) return;
      setConnection(result);
      if (result.kind === "connected") setSource(extensionSource(result.transport, result.appVersion));
    });
    return () => {
      live = false;
    };
  }, [services]);

  // A new source: list its evaluations and start on the first (or the whole library).
  useEffect(() => {
    if (!source) return;
    let live = true;
    setOutcome(null);
    source.listEvaluations().then(
      (list) => {
        if (!live) return;
        setEvaluations(list);
        const first = list[0];
        setEvaluationId(first?.id ?? "");
        setCriteria(first ? asPercentages(first.criteria) : criteriaTemplate(templateRef.current));
      },
      (error: unknown) => {
        if (!live) return;
        setOutcome({ intent: "error", title: "Could not list evaluations", text: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [source]);

  // Pull the vendors of the chosen scope; a later choice wins over a pull still under way.
  useEffect(() => {
    if (!source) return;
    const generation = ++pullGeneration.current;
    const controller = new AbortController();
    setPulled(null);
    setPullProgress(null);
    source
      .pull(
        evaluationId === "" ? null : evaluationId,
        (p) => {
          if (generation === pullGeneration.current) setPullProgress(p);
        },
        controller.signal,
      )
      .then(
        (result) => {
          if (generation !== pullGeneration.current) return;
          setPulled(result);
          setSelected(new Set(result.vendors.map((vendor) => vendor.id)));
        },
        (error: unknown) => {
          if (generation !== pullGeneration.current) return;
          setPulled({ vendors: [], reviews: [], pages: 0 });
          setSelected(new Set());
          setOutcome({ intent: "error", title: "Could not read the vendors", text: messageOf(error) });
        },
      );
    return () => controller.abort();
  }, [source, evaluationId]);

  const onPackChosen = useCallback(
    (file: File) => {
      setReadingPack(true);
      setDryRun(null);
      void services.readPack(file).then((result) => {
        setDryRun(result);
        setReadingPack(false);
      });
    },
    [services],
  );

  const input: ScorecardInput | null = useMemo(() => {
    if (!pulled) return null;
    const vendors = pulled.vendors.filter((vendor) => selected.has(vendor.id));
    const vendorIds = new Set(vendors.map((vendor) => vendor.id));
    const now = new Date().toISOString();
    // Parsed with the template's criteria so the defaults come from the schema; the owner's criteria
    // (which may be mid-edit, all weights zero) replace them below.
    const base: Evaluation =
      evaluation ??
      evaluationSchema.parse({
        id: `library-${templateFunction}`,
        name: "VendorScout scorecard",
        function: templateFunction,
        criteria: criteriaTemplate(templateFunction),
        vendorIds: [],
        termMonths: 36,
        createdAt: now,
        updatedAt: now,
      });
    return {
      evaluation: { ...base, ...costPatch, criteria, vendorIds: [...vendorIds] },
      vendors,
      reviews: pulled.reviews.filter((review) => vendorIds.has(review.vendorId)),
    };
  }, [pulled, selected, evaluation, templateFunction, criteria, costPatch]);

  const write = async (mode: "build" | "update") => {
    if (!input) return;
    setBusy(mode);
    setOutcome(null);
    setProgress({ fraction: 0, message: "Starting…" });
    const result = await writeScorecardToWorkbook(services.workbook, input, mode, setProgress);
    setBusy(null);
    setProgress(null);
    setOutcome(
      result.ok
        ? {
            intent: "success",
            title: mode === "build" ? "Scorecard built" : "Scorecard updated",
            text: result.message,
          }
        : { intent: "error", title: "The scorecard was not written", text: result.error },
    );
  };

  const advisorCopy = async () => {
    if (!input) return;
    setBusy("advisor");
    setOutcome(null);
    setProgress({ fraction: null, message: "Building the advisor-safe copy…" });
    const result = await makeAdvisorSafeCopy(services.workbook, input);
    setBusy(null);
    setProgress(null);
    if (!result.ok) setOutcome({ intent: "error", title: "No advisor-safe copy", text: result.error });
    else if (result.kind === "opened")
      setOutcome({ intent: "success", title: "Advisor-safe copy", text: result.message });
    else
      setOutcome({
        intent: "download",
        text: result.message,
        bytes: result.bytes,
        fileName: result.fileName,
      });
  };

  const canWrite = input !== null && input.vendors.length > 0 && busy === null;

  return (
    <main className={styles.pane}>
      <Title3 as="h1">VendorScout</Title3>
      <SourceSection
        connection={connection}
        pairingCode={pairingCode}
        sourceLabel={source?.label ?? null}
        dryRun={dryRun}
        readingPack={readingPack}
        onPackChosen={onPackChosen}
        onUsePack={() => {
          if (dryRun?.ok) setSource(packSource(dryRun.pack, dryRun.fileName));
          setDryRun(null);
        }}
        onDiscardPack={() => setDryRun(null)}
      />

      {source ? (
        <>
          <Divider />
          <Subtitle2 as="h2">Vendors</Subtitle2>
          <ScopePicker
            evaluations={evaluations}
            evaluationId={evaluationId}
            templateFunction={templateFunction}
            vendors={pulled?.vendors ?? null}
            selected={selected}
            pullProgress={pullProgress}
            onEvaluationChange={(id) => {
              setEvaluationId(id);
              const next = evaluations.find((candidate) => candidate.id === id);
              setCriteria(next ? asPercentages(next.criteria) : criteriaTemplate(templateFunction));
            }}
            onTemplateChange={(fn) => {
              setTemplateFunction(fn);
              setCriteria(criteriaTemplate(fn));
            }}
            onSelectionChange={setSelected}
          />

          <Divider />
          <Subtitle2 as="h2">Criteria and weights</Subtitle2>
          <CriteriaEditor
            criteria={criteria}
            onChange={setCriteria}
            onResetToTemplate={() =>
              setCriteria(
                evaluation ? asPercentages(evaluation.criteria) : criteriaTemplate(templateFunction),
              )
            }
          />

          <Divider />
          <Subtitle2 as="h2">Costs</Subtitle2>
          {input ? (
            <CostSettings
              key={input.evaluation.id}
              evaluation={input.evaluation}
              currency={reportingCurrencyOf(input.evaluation, input.vendors)}
              today={new Date().toISOString().slice(0, 10)}
              onApply={setCostPatch}
            />
          ) : null}

          <Divider />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!canWrite} onClick={() => void write("build")}>
              Build scorecard
            </Button>
            <Button disabled={!canWrite} onClick={() => void write("update")}>
              Update scorecard
            </Button>
            <Button disabled={!canWrite} onClick={() => void advisorCopy()}>
              Make advisor-safe copy
            </Button>
          </div>
        </>
      ) : connection !== "checking" ? (
        <Caption1>Import a vendor pack to start.</Caption1>
      ) : null}

      {progress ? (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress.fraction ?? undefined} />
          <Caption1>{progress.message}</Caption1>
        </div>
      ) : null}

      {outcome && outcome.intent !== "download" ? (
        <MessageBar intent={outcome.intent} data-testid="outcome">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.intent === "download" ? (
        <MessageBar intent="info" data-testid="outcome">
          <MessageBarBody>
            <MessageBarTitle>Advisor-safe copy ready</MessageBarTitle>
            {outcome.text}{" "}
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                services.workbook.host.offerDownload(outcome.bytes, outcome.fileName);
                // Say where it went: no export ends without naming its file.
                setOutcome({
                  intent: "success",
                  title: "Advisor-safe copy downloaded",
                  text: `“${outcome.fileName}” is in your browser's downloads folder. Send that file to your advisor.`,
                });
              }}
            >
              Download {outcome.fileName}
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </main>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}
