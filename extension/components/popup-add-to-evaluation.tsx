/** The popup's "Add to evaluation" after a clip: pick an evaluation and add the vendor to it there; the choice is decided in popup-evaluation-choice.ts. */
import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useState } from "react";
import {
  addedToEvaluationMessage,
  type EvaluationChoice,
  type EvaluationOption,
  evaluationChoice,
} from "./popup-evaluation-choice";

/** What adding a clipped vendor to an evaluation needs; popup.tsx binds it to the library. */
export interface PopupEvaluationPorts {
  listEvaluations(): Promise<EvaluationOption[]>;
  addToEvaluation(evaluationId: string, vendorId: string): Promise<void>;
  /** Opens the side panel on its Evaluations tab; must be called inside the click. */
  createEvaluation(): void;
}

type State =
  | { phase: "closed" }
  | { phase: "loading" }
  | { phase: "choosing"; choice: EvaluationChoice }
  | { phase: "adding" }
  | { phase: "done"; message: string }
  | { phase: "failed"; message: string };

/**
 * "Add to evaluation" after a clip: the vendor joins one of the owner's evaluations here, in the popup
 * (issue 23: the button used to only open the vendor page).
 */
export function PopupAddToEvaluation({
  ports,
  vendor,
}: {
  ports: PopupEvaluationPorts;
  vendor: { id: string; name: string };
}) {
  const [state, setState] = useState<State>({ phase: "closed" });

  async function add(evaluation: { id: string; name: string }) {
    setState({ phase: "adding" });
    try {
      await ports.addToEvaluation(evaluation.id, vendor.id);
      setState({ phase: "done", message: addedToEvaluationMessage(vendor.name, evaluation.name) });
    } catch (error) {
      setState({
        phase: "failed",
        message: `Could not add ${vendor.name} to “${evaluation.name}” (${(error as Error).message}). Try again, or add it from the side panel.`,
      });
    }
  }

  async function open() {
    setState({ phase: "loading" });
    let choice: EvaluationChoice;
    try {
      choice = evaluationChoice(await ports.listEvaluations(), vendor.id);
    } catch (error) {
      setState({
        phase: "failed",
        message: `Could not read your evaluations (${(error as Error).message}). Close the popup and try again.`,
      });
      return;
    }
    if (choice.kind === "only") await add(choice.evaluation);
    else setState({ phase: "choosing", choice });
  }

  if (state.phase === "closed") {
    return <Button onClick={() => void open()}>Add to evaluation</Button>;
  }
  if (state.phase === "loading" || state.phase === "adding") {
    return (
      <Spinner size="tiny" label={state.phase === "loading" ? "Reading your evaluations…" : "Adding…"} />
    );
  }
  if (state.phase === "done" || state.phase === "failed") {
    return (
      <MessageBar intent={state.phase === "done" ? "success" : "error"} layout="multiline">
        <MessageBarBody data-testid="evaluation-result" role="status" style={{ overflowWrap: "anywhere" }}>
          {state.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { choice } = state;
  if (choice.kind === "none") {
    return (
      <section data-testid="evaluation-choice" style={{ display: "flex", flexDirection: "column", gap: 6 }}>
        <Text>
          You have no evaluations yet. An evaluation ranks the vendors you are comparing on the criteria you
          weigh.
        </Text>
        <Button appearance="primary" onClick={() => ports.createEvaluation()}>
          Create an evaluation in the side panel
        </Button>
      </section>
    );
  }
  if (choice.kind === "only") return null; // added at once in open()
  return (
    <section
      data-testid="evaluation-choice"
      aria-label={`Add ${vendor.name} to an evaluation`}
      style={{ display: "flex", flexDirection: "column", gap: 6 }}
    >
      <Text weight="semibold">Add {vendor.name} to:</Text>
      {choice.options.map((option) => (
        <Button
          key={option.id}
          disabled={option.added}
          onClick={() => void add(option)}
          style={{ justifyContent: "flex-start", textAlign: "start", overflowWrap: "anywhere" }}
        >
          {option.added ? `${option.name} (already in it)` : option.name}
        </Button>
      ))}
    </section>
  );
}
