/**
 * Saving a file the add-in made to the officer's downloads folder. Only where the pane's web view saves
 * downloads (Windows, the web): Excel for Mac ignores the link without an error, so `exportOffer` never
 * chooses this there.
 */

/** Starts a browser download of `bytes` as `fileName`. */
export function offerDownload(bytes: Uint8Array, fileName: string, mimeType: string): void {
  // A copy into a plain ArrayBuffer: Blob does not take views of shared memory.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const url = URL.createObjectURL(new Blob([buffer], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // Let the click start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
