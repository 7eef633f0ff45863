/**
 * Saves bytes or text as a file through a Blob and an <a download> click, so no "downloads"
 * permission is needed.
 */
export function downloadFile(
  document: Document,
  fileName: string,
  contents: string | Uint8Array,
  type: string,
): void {
  const blob = new Blob([contents as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
