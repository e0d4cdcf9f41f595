// V8's code cache for the CLI's bundle (lib/cli/*.js), kept between runs: what Node 22 does by itself
// (module.enableCompileCache), done here for Node 20. Compiling the bundle's chunks, ExcelJS's above all,
// is a good part of a command's start; with the cache, V8 reuses the code it compiled in an earlier run.
// The cache lives in the user's temporary folder, one file per chunk, Node version and chunk content: V8
// itself checks a cache only against the source's length (and its own version and flags), so an update
// that kept a chunk's length would otherwise run the old build's code. A truncated file is refused by V8
// and only costs the compile it would have saved. Code is read only from a folder
// this user owns and no one else may write to (the temporary folder is shared on a multi-user machine,
// and a planted cache would be code run as the officer); elsewhere the cache is not used. Any failure to
// read or write it is ignored: the cache is an optimisation, never a reason for a command to fail.
// ITA_NO_COMPILE_CACHE=1 turns it off (the bench measures both).
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const Module = require("module");
const os = require("os");
const path = require("path");
const vm = require("vm");

/**
 * Whether `dir` is a folder (not a link) of this user's that no other user may write to, creating it
 * (and its parent) private when missing. Windows has no POSIX owner or mode: its temporary folder is the
 * user's own.
 */
function privateFolder(dir) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const folder of [path.dirname(dir), dir]) {
      const stat = fs.lstatSync(folder);
      if (!stat.isDirectory()) return false;
      if (
        typeof process.getuid === "function" &&
        (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)
      ) {
        return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

/** Installs the cache for the scripts under `root`; returns nothing, changes nothing for other modules. */
function installCompileCache(root) {
  if (process.env.ITA_NO_COMPILE_CACHE === "1") return;
  const uid = typeof process.getuid === "function" ? process.getuid() : "user";
  // On Windows the temporary folder can be a shared one set by policy; the local application data
  // folder is always the user's own.
  const base = (process.platform === "win32" && process.env.LOCALAPPDATA) || os.tmpdir();
  const dir = path.join(base, `ita-compile-cache-${uid}`, process.version);
  if (!privateFolder(dir)) return;
  /** Scripts compiled without a usable cache: their cache is written when the command ends. */
  const fresh = [];
  const inRoot = root + path.sep;
  const compile = Module.prototype._compile;
  const hash = (text) => crypto.createHash("sha256").update(text).digest("hex").slice(0, 32);

  Module.prototype._compile = function compileWithCache(content, filename) {
    if (!filename.startsWith(inRoot)) return compile.call(this, content, filename);
    // One name per chunk (its path), one version per content.
    const chunk = `${hash(filename)}-`;
    const cacheFile = path.join(dir, `${chunk}${hash(content)}`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) fresh.push({ script, cacheFile, chunk });
    const require = (id) => this.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    require.main = process.mainModule;
    require.cache = Module._cache;
    return script
      .runInThisContext({ displayErrors: true })
      .call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };

  // At the end, so that the cache holds the functions this command compiled while it ran, not only the
  // top level. Written to a temporary name and renamed: two commands at once never leave half a file.
  process.once("exit", () => {
    if (fresh.length === 0) return;
    try {
      const present = fs.readdirSync(dir);
      for (const { script, cacheFile, chunk } of fresh) {
        const temp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temp, cacheFile);
        // The same chunk of an earlier build: its cache will not match again, so it does not pile up.
        for (const name of present) {
          if (name.startsWith(chunk) && path.join(dir, name) !== cacheFile)
            fs.rmSync(path.join(dir, name), { force: true });
        }
      }
    } catch {
      // A read-only or full temporary folder: the next run compiles again, nothing else changes.
    }
  });
}

module.exports = { installCompileCache };
