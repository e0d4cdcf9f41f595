/** The pane's browser: blob URLs and download links, and which platforms save downloads. */

import type { HostDownload, HostPlatform } from "./host-types";

/**
 * Where a click on `<a download>` saves the file: Windows (WebView2) and browsers do; Excel for Mac's
 * WKWebView does nothing, silently (office-js#2700 "by design", #3385, #4681); iPad and Android are taken to
 * behave as Mac, WinRT as unknown and so no.
 */
const platformSavesDownloads: { readonly [P in HostPlatform]: boolean } = {
  PC: true,
  OfficeOnline: true,
  Mac: false,
  iOS: false,
  Android: false,
  Universal: false,
};

/**
 * The pane's browser, where the global object has a DOM: blob URLs are remembered, and a click on a link
 * with a `download` attribute saves its blob to `downloads` where the platform saves downloads, and does
 * nothing where it does not (Excel for Mac), as the real web views do. Other links are left alone.
 */
export function installBrowser(
  target: Record<string, unknown>,
  platform: HostPlatform,
  downloads: HostDownload[]
): () => void {
  const anchorClass = target.HTMLAnchorElement as typeof HTMLAnchorElement | undefined;
  const urlClass = target.URL as Record<string, unknown> | undefined;
  if (anchorClass === undefined || urlClass === undefined) return () => undefined;
  const blobs = new Map<string, Blob>();
  let blobCount = 0;
  // `click` is usually inherited from HTMLElement: keep it to call, and any own one to put back.
  const ownClick = Object.getOwnPropertyDescriptor(anchorClass.prototype, "click");
  const inheritedClick = anchorClass.prototype.click;
  const hadCreate = Object.prototype.hasOwnProperty.call(urlClass, "createObjectURL");
  const hadRevoke = Object.prototype.hasOwnProperty.call(urlClass, "revokeObjectURL");
  const create = urlClass.createObjectURL as ((blob: Blob) => string) | undefined;
  const revoke = urlClass.revokeObjectURL as ((url: string) => void) | undefined;

  urlClass.createObjectURL = (blob: Blob) => {
    blobCount++;
    const url = typeof create === "function" ? create.call(urlClass, blob) : `blob:excel-host/${blobCount}`;
    blobs.set(url, blob);
    return url;
  };
  urlClass.revokeObjectURL = (url: string) => {
    blobs.delete(url);
    if (typeof revoke === "function") revoke.call(urlClass, url);
  };
  Object.defineProperty(anchorClass.prototype, "click", {
    configurable: true,
    writable: true,
    value(this: HTMLAnchorElement) {
      if (!this.hasAttribute("download")) {
        inheritedClick.call(this);
        return;
      }
      const blob = blobs.get(this.href);
      // A revoked or unknown blob URL saves nothing; nor does a platform whose web view cannot download.
      if (blob === undefined || !platformSavesDownloads[platform]) return;
      downloads.push({ fileName: this.download, type: blob.type, size: blob.size, blob });
    },
  });

  return () => {
    if (ownClick) Object.defineProperty(anchorClass.prototype, "click", ownClick);
    else delete (anchorClass.prototype as unknown as Record<string, unknown>).click;
    if (hadCreate) urlClass.createObjectURL = create;
    else delete urlClass.createObjectURL;
    if (hadRevoke) urlClass.revokeObjectURL = revoke;
    else delete urlClass.revokeObjectURL;
  };
}
