/**
 * The task pane's composition root: the only place its services meet the real browser and Office, and where
 * the page starts, inside Office or not.
 */
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

/**
 * office.js reads window.sessionStorage unguarded while it starts (OSF.OUtil.parseXdmInfo, in
 * o15apptofilemappingtable.js of @microsoft/office-js 1.1.110). Where this page may not use storage (a
 * frame sandboxed without allow-same-origin, or a cross-site frame such as Excel on the web's in a
 * browser that blocks third-party storage) that throws and Office.onReady never calls back (measured in
 * Chromium 156, tests/e2e/taskpane-frame.test.ts), so the pane would stay blank.
 */
function officeCanStart(): boolean {
  try {
    return window.sessionStorage !== null;
  } catch {
    return false;
  }
}

// Outside Office (office.js blocked or the page opened directly), or where office.js cannot start, the
// pane still renders, so the live bridge's reason and the vendor pack are offered.
if (typeof Office !== "undefined" && officeCanStart()) void Office.onReady(start);
else start();
