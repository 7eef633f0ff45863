/**
 * The few Office and browser calls the pane needs besides Excel.run (which lives in
 * excel-addin/workbook/). Components get this object; tests pass a fake.
 */
export interface OfficeHost {
  /** `Office.context.diagnostics.platform` ("OfficeOnline", "PC", "Mac"…), or null outside Office. */
  platform(): string | null;
  /** Excel.createWorkbook needs ExcelApi 1.8. */
  canCreateWorkbook(): boolean;
  createWorkbook(base64: string): Promise<void>;
  /** Hands the bytes to the browser as a file download. */
  offerDownload(bytes: Uint8Array, fileName: string): void;
}

export function officeHost(): OfficeHost {
  return {
    platform: () => {
      if (typeof Office === "undefined") return null;
      const platform = Office.context?.diagnostics?.platform;
      return platform ? String(platform) : null;
    },
    canCreateWorkbook: () =>
      typeof Office !== "undefined" &&
      typeof Excel !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", "1.8") === true,
    // https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)
    // Checked here too, not only by the caller: the manifest promises ExcelApi 1.7 and no more.
    createWorkbook: (base64) =>
      typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.8")
        ? Excel.createWorkbook(base64)
        : Promise.reject(
            new Error("This Excel cannot open a new workbook from the add-in; download the file instead."),
          ),
    offerDownload: (bytes, fileName) => {
      const blob = new Blob([bytes.slice().buffer], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      link.rel = "noopener";
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
