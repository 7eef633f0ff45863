/**
 * The message the task pane shows while the extension holds it for pairing: the code to match in the side
 * panel, so the owner approves their own pane and nothing else.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";

/**
 * Shown while the extension holds this add-in until the owner approves it: the code the side panel
 * shows next to this add-in's origin, so the owner approves their own task pane and nothing else.
 */
export function PairingMessage({ code }: { code: string }) {
  return (
    <MessageBar intent="warning" data-testid="pairing-message">
      <MessageBarBody>
        <MessageBarTitle>Approve in the VendorScout side panel</MessageBarTitle>
        Open the VendorScout side panel from the browser toolbar. It shows this add-in's address and the code{" "}
        <Text weight="semibold" font="monospace" data-testid="pairing-code">
          {code}
        </Text>
        ; if the code matches, choose Allow. The library stays closed to this add-in until then.
        <Spinner size="extra-tiny" label="Waiting for your approval…" />
      </MessageBarBody>
    </MessageBar>
  );
}
