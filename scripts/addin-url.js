#!/usr/bin/env node
// The address an agency hosts the add-in at (ADDIN_URL), checked before anything is built: every URL in the
// manifest is this base followed by a file name, so a value that Office would refuse (not https), that
// would leak into every request (a user or password), or that cannot be a base (a query or fragment) is
// refused here, in one line, rather than discovered when Excel fails to load the add-in.
//
// Policy: https only (http://localhost too: Office loads add-ins over https only); no user or password; no
// query or fragment; the path made only of letters, digits and . _ ~ - between slashes (so the manifest,
// nginx and the Content-Security-Policy never need escaping), without "." or ".." segments or "//". A path
// without its final "/" is completed with one (https://host/addin → https://host/addin/): the value is a
// folder, never a page. The host is lower-cased and a default port (:443) dropped, as URL does.
//
// Usage: node scripts/addin-url.js   (checks process.env.ADDIN_URL and names the address; exit 1 if refused)
"use strict";

/** The manifest's placeholder host, used when ADDIN_URL is not set (a build for development or tests). */
const PLACEHOLDER_URL = "https://ita-addin.example.org/";

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Reads an ADDIN_URL value.
 * @param {string | undefined} value the raw value; undefined or empty means "not set"
 * @returns {{ ok: true, value: string | undefined } | { ok: false, message: string }} the base URL, ending
 *   in "/", or undefined when not set; or one line in Thai and English naming the value
 * @example
 *   parseAddinUrl("https://ita.example.go.th/addin") // { ok: true, value: "https://ita.example.go.th/addin/" }
 *   parseAddinUrl("http://localhost:3000/")          // { ok: false, message: "ADDIN_URL ... https ..." }
 */
function parseAddinUrl(value) {
  if (value === undefined || value === "") return { ok: true, value: undefined };
  const refuse = (thai, english) => ({
    ok: false,
    message: `ADDIN_URL "${value}" ใช้ไม่ได้: ${thai} / cannot be used: ${english}`,
  });
  if (/\s/.test(value) || value !== value.trim())
    return refuse("มีช่องว่างหรืออักขระควบคุม", "contains white space or a control character");
  let url;
  try {
    url = new URL(value);
  } catch {
    return refuse("ไม่ใช่ URL ที่สมบูรณ์", "is not a complete URL");
  }
  if (url.protocol !== "https:")
    return refuse(
      "ต้องขึ้นต้นด้วย https:// เพราะ Office โหลดส่วนเสริมผ่าน https เท่านั้น",
      "must start with https://, as Office loads add-ins over https only"
    );
  if (url.username !== "" || url.password !== "" || /^https:\/\/[^/]*@/i.test(value))
    return refuse("ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน", "must not contain a user name or password");
  if (value.includes("?") || value.includes("#"))
    return refuse("ต้องไม่มีส่วน ? (query) หรือ # (fragment)", "must not contain a query (?) or a fragment (#)");
  // Checked on the raw text: URL would silently resolve "/a/../b", "%2e" or a backslash into another path.
  const authority = /^https:\/\/[^/\\]+/i.exec(value);
  if (authority === null || value.includes("\\"))
    return refuse("ต้องอยู่ในรูป https://ชื่อเครื่อง/เส้นทาง/", "must have the form https://host/path/");
  const rawPath = value.slice(authority[0].length);
  const segments = rawPath.split("/").slice(1);
  if (segments.at(-1) === "") segments.pop();
  if (segments.includes("")) return refuse("เส้นทางต้องไม่มี // ติดกัน", "the path must not contain //");
  const unclean = segments.find((segment) => !SEGMENT.test(segment) || /^\.+$/.test(segment));
  if (unclean !== undefined)
    return refuse(
      `ส่วนของเส้นทาง "${unclean}" ใช้ได้เฉพาะตัวอักษรละติน ตัวเลข และ . _ ~ - (ห้ามใช้ // . หรือ ..)`,
      `the path part "${unclean}" may hold only Latin letters, digits and . _ ~ - (no //, . or ..)`
    );
  const path = segments.length === 0 ? "/" : `/${segments.join("/")}/`;
  return { ok: true, value: `${url.origin}${path}` };
}

/**
 * A base URL's host for a file name: the host name, and its port after "-" (":", "[" and "]" are not
 * allowed in file names on Windows).
 * @param {string} base a base URL that parseAddinUrl accepted
 * @returns {string}
 * @example hostLabel("https://localhost:8443/ita/") // "localhost-8443"
 */
function hostLabel(base) {
  const url = new URL(base);
  const label = url.port === "" ? url.hostname : `${url.hostname}-${url.port}`;
  return label.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "");
}

module.exports = { parseAddinUrl, hostLabel, PLACEHOLDER_URL };

if (require.main === module) {
  const result = parseAddinUrl(process.env.ADDIN_URL);
  if (!result.ok) {
    console.error(`${result.message} (ไม่ได้สร้างไฟล์ใด / nothing was built)`);
    process.exit(1);
  }
  console.log(
    result.value === undefined
      ? `ที่อยู่ของส่วนเสริม / add-in address: ${PLACEHOLDER_URL} (ADDIN_URL ไม่ได้กำหนด / not set)`
      : `ที่อยู่ของส่วนเสริม / add-in address: ${result.value}`
  );
}
