/**
 * A text field that saves on blur or Enter, shows the library's complaint under itself, and follows the
 * stored value when a clip or import changes it.
 */
import { Field, Input, Textarea } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/**
 * A text input that saves on blur (or Enter) and shows the library's complaint under itself. The draft
 * follows the stored value when that changes (a clip, an import), so an edit builds on what is stored.
 */
export function OwnerTextField({
  name,
  label,
  value,
  multiline,
  errors,
  hint,
  onSave,
}: {
  name: string;
  label: string;
  value: string;
  multiline?: boolean;
  errors: Record<string, string>;
  hint?: string;
  onSave(value: string): Promise<void>;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) void onSave(draft);
  };
  const error = errors[name];
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={error}
      validationState={error ? "error" : "none"}
      style={{ minWidth: 0 }}
    >
      {multiline ? (
        <Textarea
          value={draft}
          resize="vertical"
          onChange={(_, data) => setDraft(data.value)}
          onBlur={commit}
        />
      ) : (
        <Input
          value={draft}
          style={{ minWidth: 0, width: "100%" }}
          onChange={(_, data) => setDraft(data.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit();
          }}
        />
      )}
    </Field>
  );
}
