/**
 * What an agency's web server does, on localhost: a throw-away certificate for https://localhost, a static
 * https server that serves one folder under a sub-path with the headers the README's nginx configuration
 * sets, and the release zip unpacked to a folder as an IT officer would.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { createServer, Server } from "https";
import JSZip from "jszip";
import { AddressInfo } from "net";
import { dirname, extname, join, relative, resolve, sep } from "path";

const OPENSSL = "/usr/bin/openssl";

/** A self-signed certificate for localhost, valid for a day; the key never leaves `dir`. */
export function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, "localhost-key.pem");
  const cert = join(dir, "localhost-cert.pem");
  execFileSync(
    OPENSSL,
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "pipe" }
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The MIME types of nginx's mime.types for the files the build emits. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "text/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export interface HostedSite {
  server: Server;
  /** https://localhost:<port> */
  origin: string;
  port: number;
}

/**
 * Serves the files of `root()` at `https://localhost:<port><basePath>`, with the README's headers: the
 * page's Content-Security-Policy, no-cache except for the icons, nosniff, and CORS for Excel on the web.
 * `root` is read per request, so the server can hold its port while the site is still being built.
 */
export async function serveSite(options: {
  root: () => string;
  basePath: string;
  contentSecurityPolicy: string;
  certificate: { key: Buffer; cert: Buffer };
}): Promise<HostedSite> {
  const { basePath, contentSecurityPolicy, certificate } = options;
  const server = createServer(certificate, (request, response) => {
    const root = resolve(options.root());
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "https://localhost").pathname);
    const file = resolve(root, `.${sep}${pathname.slice(basePath.length)}`);
    const inside = pathname.startsWith(basePath) && (file + sep).startsWith(root + sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": pathname.startsWith(`${basePath}assets/`) ? "public, max-age=86400" : "no-cache",
      "Content-Security-Policy": contentSecurityPolicy,
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  return { server, origin: `https://localhost:${port}`, port };
}

/** Writes every file of a zip under `dir`; refuses an entry that would land outside it. */
export async function unpackZip(zipFile: string, dir: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const written: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = resolve(dir, entry.name);
    if (!target.startsWith(resolve(dir) + sep))
      throw new Error(`zip entry outside the folder: ${entry.name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async("nodebuffer"));
    written.push(relative(dir, target).split(sep).join("/"));
  }
  return written.sort();
}
