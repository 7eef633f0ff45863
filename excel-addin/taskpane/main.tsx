import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { TaskPane } from "./components/task-pane";
import { connectToExtension } from "./services/bridge-client";
import { chromeRuntimeSend } from "./services/chrome-runtime";
import { builtExtensionIds } from "./services/extension-ids";
import { officeHost } from "./services/office-host";
import { dryRunVendorPack } from "./services/pack-import";
import type { TaskPaneServices } from "./services/task-pane-services";
import { workbookPorts } from "./services/workbook-ports";

/** The composition root: the only place the pane's services meet the real browser and Office. */
function start() {
  const host = officeHost();
  const services: TaskPaneServices = {
    connect: (onPairing) =>
      connectToExtension({
        send: chromeRuntimeSend(),
        extensionId: builtExtensionIds(),
        platform: host.platform(),
        pageOrigin: window.origin,
        ...(onPairing ? { onPairing } : {}),
      }),
    readPack: dryRunVendorPack,
    workbook: workbookPorts(host),
  };
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element.");
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <TaskPane services={services} />
      </FluentProvider>
    </StrictMode>,
  );
}

// Outside Office (office.js blocked or the page opened directly) the pane still renders, so pack import works.
if (typeof Office !== "undefined") void Office.onReady(start);
else start();
