#!/usr/bin/env node
// Packs a production build made for a real address (ADDIN_URL) into the zip an agency's IT officer deploys:
// release/ita-addin-<version>-<host>.zip holding one folder with site/ (every file the build emitted, lazily
// loaded chunks included), manifest.xml (the same file, at the top, for the admin center), SHA256SUMS
// (`sha256sum -c SHA256SUMS`) and README.txt (a short Thai/English note).
//
// It packs what is built and builds nothing itself: `ADDIN_URL=https://… npm run build`, then
// `npm run package`. A build without ADDIN_URL (the placeholder address) or a development build is refused,
// as is ADDIN_URL naming another address than the build's. DIST_DIR and RELEASE_DIR choose other folders.
// A zip already at the target path is replaced only when this script wrote it (its zip comment says so).
//
// Usage: npm run package   (or: node scripts/package-release.js)
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const { hostLabel, parseAddinUrl, PLACEHOLDER_URL } = require("./addin-url");

const ROOT = path.resolve(__dirname, "..");
/** Written into every zip's comment; a zip without it was not written here and is never replaced. */
const MARK = "ita-addin release package (scripts/package-release.js)";
const REQUIRED = ["taskpane.html", "functions.js", "functions.json", "manifest.xml", "support.html"];

/** Every file under dir, as "/"-separated paths relative to it, sorted. */
function filesUnder(dir, prefix = "") {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}

const sha256 = (bytes) => crypto.createHash("sha256").update(bytes).digest("hex");

/**
 * Every URL a manifest points at: attribute values (namespace declarations aside, they are names, not
 * addresses) and element text such as <AppDomain>.
 * @param {string} manifest
 * @returns {string[]}
 */
function manifestUrls(manifest) {
  const text = manifest.replace(/<!--[\s\S]*?-->/g, "");
  const inAttributes = [...text.matchAll(/\s([\w:.-]+)\s*=\s*"([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi)]
    .filter((match) => !/^xmlns(:|$)/.test(match[1]))
    .map((match) => match[2]);
  const inText = [...text.matchAll(/>\s*([a-z][a-z0-9+.-]*:\/\/[^<\s]*)\s*</gi)].map((match) => match[1]);
  return [...inAttributes, ...inText];
}

/**
 * The address a built manifest was made for: its task pane URL without "taskpane.html", provided every
 * URL in it starts there.
 * @param {string} manifest the text of dist/manifest.xml
 * @returns {{ ok: true, value: string } | { ok: false, message: string }}
 */
function builtAddress(manifest) {
  const page = /<SourceLocation\s+DefaultValue="([^"]*)taskpane\.html"/.exec(manifest);
  if (page === null)
    return {
      ok: false,
      message:
        "manifest.xml ของ build ไม่มีที่อยู่ของ taskpane.html / the build's manifest.xml has no taskpane.html address",
    };
  const base = page[1];
  if (base === PLACEHOLDER_URL || /^https:\/\/localhost:3000\//.test(base))
    return {
      ok: false,
      message:
        `build นี้ชี้ไปที่ ${base} ซึ่งไม่ใช่ที่อยู่จริง: โปรด build ใหม่ด้วย ADDIN_URL=https://… npm run build / ` +
        `this build points at ${base}, which is not a real address: build again with ADDIN_URL=https://… npm run build`,
    };
  const parsed = parseAddinUrl(base);
  if (!parsed.ok || parsed.value !== base)
    return {
      ok: false,
      message: `ที่อยู่ใน manifest.xml (${base}) ใช้เป็น URL ฐานไม่ได้ / the address in manifest.xml (${base}) is not a usable base URL`,
    };
  const stray = manifestUrls(manifest).filter((url) => !url.startsWith(base));
  if (stray.length > 0)
    return {
      ok: false,
      message: `URL ใน manifest.xml ไม่ได้อยู่ใต้ ${base}: ${stray.join(", ")} / URLs in manifest.xml outside ${base}: ${stray.join(", ")}`,
    };
  return { ok: true, value: base };
}

/** The note for the IT officer, in Thai then English. */
function note({ base, version, manifestVersion, folder }) {
  return [
    `ส่วนเสริม ITA สำหรับ Excel รุ่น ${version} (manifest <Version> ${manifestVersion}) สำหรับ ${base}`,
    `ITA add-in for Excel ${version} (manifest <Version> ${manifestVersion}) for ${base}`,
    "",
    "สิ่งที่อยู่ในชุดนี้ / Contents",
    `  site/         ไฟล์ของเว็บไซต์ทั้งหมด ให้วางไว้ที่ ${base} / every file of the site, to serve at ${base}`,
    "  manifest.xml  ไฟล์สำหรับติดตั้งใน Excel (ฉบับเดียวกับ site/manifest.xml) / the manifest to install in Excel",
    "  SHA256SUMS    ค่า SHA-256 ของทุกไฟล์ในชุดนี้ / the SHA-256 of every file in this package",
    "",
    "ขั้นตอน / Steps",
    `  1. ตรวจความครบถ้วนของไฟล์ / check the files:  cd ${folder} && sha256sum -c SHA256SUMS`,
    "     (Windows PowerShell: Get-FileHash -Algorithm SHA256 <file>)",
    `  2. วางเนื้อหาของ site/ บนเครื่องแม่ข่าย https ให้เปิด ${base}taskpane.html ได้ โดยตั้งค่าส่วนหัว HTTP ตาม README`,
    '     ของโครงการ หัวข้อ "Deploy for an agency" (Content-Security-Policy, ชนิดไฟล์, การแคช)',
    `     Serve the contents of site/ over https so that ${base}taskpane.html opens, with the HTTP headers of the`,
    '     project README\'s section "Deploy for an agency" (Content-Security-Policy, MIME types, caching).',
    `  3. ตรวจว่า ${base}support.html เปิดได้ / check that ${base}support.html opens.`,
    "  4. ติดตั้ง manifest.xml: ศูนย์การจัดการ Microsoft 365 > Settings > Integrated apps > Upload custom apps",
    "     (ผู้ใช้จำนวนมาก) หรือ sideload สำหรับผู้ใช้รายเดียว",
    "     Install manifest.xml: Microsoft 365 admin center > Settings > Integrated apps > Upload custom apps",
    "     (many users), or sideload it for one user.",
    "",
    "การปรับรุ่น / Updates",
    "  แก้เฉพาะไฟล์ของเว็บไซต์: แทนที่ site/ ทั้งหมดบนเครื่องแม่ข่าย ผู้ใช้ได้รุ่นใหม่เมื่อเปิด Excel ครั้งถัดไป",
    "  Site files only: replace the whole site/ on the server; users get them the next time Excel opens.",
    "  manifest.xml เปลี่ยน: ต้องเพิ่ม <Version> แล้วอัปโหลด manifest ใหม่ / manifest changed: raise <Version>, upload again.",
    "",
    "ข้อมูล / Data",
    "  ส่วนเสริมใช้เครือข่ายเฉพาะเพื่อโหลดไฟล์ของตนจากที่อยู่ข้างต้นและ office.js จาก appsforoffice.microsoft.com",
    "  ไม่มีข้อมูลในสมุดงานถูกส่งออกไปยังเครื่องแม่ข่ายใด",
    "  The add-in uses the network only to load its own files from the address above and office.js from",
    "  appsforoffice.microsoft.com. No data from the workbook leaves it.",
    "",
  ].join("\n");
}

/**
 * Packs a build into a release zip.
 * @param {{ distDir: string, releaseDir: string, addinUrl?: string, version: string }} options
 * @returns {Promise<{ ok: true, file: string, base: string, files: number }
 *   | { ok: false, message: string }>} the zip written, or one line in Thai and English
 */
async function packageRelease({ distDir, releaseDir, addinUrl, version }) {
  const missing = REQUIRED.filter((name) => !fs.existsSync(path.join(distDir, name)));
  if (missing.length > 0)
    return {
      ok: false,
      message:
        `ยังไม่มี build ใน ${distDir} (ขาด ${missing.join(", ")}): โปรดสั่ง ADDIN_URL=https://… npm run build ก่อน / ` +
        `${distDir} holds no build (missing ${missing.join(", ")}): run ADDIN_URL=https://… npm run build first`,
    };
  const manifest = fs.readFileSync(path.join(distDir, "manifest.xml"), "utf8");
  const built = builtAddress(manifest);
  if (!built.ok) return built;
  const base = built.value;
  const wanted = parseAddinUrl(addinUrl);
  if (!wanted.ok) return wanted;
  if (wanted.value !== undefined && wanted.value !== base)
    return {
      ok: false,
      message:
        `build ใน ${distDir} ทำไว้สำหรับ ${base} ไม่ใช่ ${wanted.value}: โปรด build ใหม่ด้วย ADDIN_URL นี้ / ` +
        `the build in ${distDir} is for ${base}, not ${wanted.value}: build again with this ADDIN_URL`,
    };

  const name = `ita-addin-${version}-${hostLabel(base)}`;
  const target = path.join(releaseDir, `${name}.zip`);
  if (fs.existsSync(target)) {
    const existing = await JSZip.loadAsync(fs.readFileSync(target)).catch(() => undefined);
    if (existing?.comment !== MARK)
      return {
        ok: false,
        message:
          `มีไฟล์ ${target} อยู่แล้วซึ่งไม่ได้สร้างโดยคำสั่งนี้ จึงไม่เขียนทับ / ` +
          `${target} exists and was not written by this packager, so it is left as it is`,
      };
  }

  const zip = new JSZip();
  const folder = zip.folder(name);
  const sums = [];
  const add = (zipPath, bytes, date) => {
    folder.file(zipPath, bytes, { date });
    sums.push(`${sha256(bytes)}  ${zipPath}`);
  };
  const siteFiles = filesUnder(distDir);
  for (const file of siteFiles) {
    const full = path.join(distDir, ...file.split("/"));
    add(`site/${file}`, fs.readFileSync(full), fs.statSync(full).mtime);
  }
  const manifestPath = path.join(distDir, "manifest.xml");
  add("manifest.xml", fs.readFileSync(manifestPath), fs.statSync(manifestPath).mtime);
  const manifestVersion = /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1] ?? "?";
  add("README.txt", Buffer.from(note({ base, version, manifestVersion, folder: name }), "utf8"), new Date());
  folder.file("SHA256SUMS", `${sums.join("\n")}\n`);

  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
    comment: MARK,
    platform: "UNIX",
  });
  fs.mkdirSync(releaseDir, { recursive: true });
  // Written beside the target, then renamed: a half-written zip never carries the final name.
  const partial = `${target}.${process.pid}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, target);
  return { ok: true, file: target, base, files: siteFiles.length };
}

module.exports = { packageRelease, builtAddress, manifestUrls, MARK };

if (require.main === module) {
  const resolveDir = (value, fallback) => path.resolve(ROOT, value || fallback);
  packageRelease({
    distDir: resolveDir(process.env.DIST_DIR, "dist"),
    releaseDir: resolveDir(process.env.RELEASE_DIR, "release"),
    addinUrl: process.env.ADDIN_URL,
    version: require("../package.json").version,
  }).then(
    (result) => {
      if (!result.ok) {
        console.error(result.message);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(
        `${path.relative(process.cwd(), result.file) || result.file}: ${result.files} ไฟล์ของเว็บไซต์สำหรับ / ` +
          `site files for ${result.base}\n`
      );
    },
    (error) => {
      console.error(`สร้างชุดติดตั้งไม่สำเร็จ / packaging failed: ${error.message}`);
      process.exitCode = 1;
    }
  );
}
