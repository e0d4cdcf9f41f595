/**
 * How a CLI case runs: the command in-process on fresh files in a temporary folder, its exit code as the
 * verdict, the first message the officer sees, and every file it should not have created or changed.
 */
import fs, {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { EXIT_OK } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import type { Observed, SeenMessage } from "./catalogue";

const WARNING_LABEL = "คำเตือน / warning: ";

/**
 * The first line on stderr as place, Thai and English. The CLI prints `place: ไทย / English`, where the
 * place is the input's name, followed by `: ` and the issue's own place when that does not start with
 * the name (`dup.json: $.scores.4`).
 */
export function firstMessage(stderr: string, input: string): SeenMessage {
  const line = (stderr.split("\n")[0] ?? "").replace(WARNING_LABEL, "");
  const slash = line.lastIndexOf(" / ");
  const head = slash < 0 ? line : line.slice(0, slash);
  const en = slash < 0 ? "" : line.slice(slash + 3);
  let location: string;
  if (head.startsWith(`${input}: `)) {
    const rest = head.slice(input.length + 2);
    const place = /^(\$[^\s:]*|'[^']*'![A-Z]+\d+(?::[A-Z]+\d+)?|[^\s:'!]+![A-Z]+\d+(?::[A-Z]+\d+)?): /.exec(
      rest
    );
    location = place ? `${input}: ${place[1]}` : input;
  } else {
    const colon = head.indexOf(": ");
    location = colon < 0 ? "" : head.slice(0, colon);
  }
  const th = head.slice(location.length).replace(/^: /, "");
  return { location, th, en };
}

export interface CliRun {
  /** Input files to write into the case's folder, by name (a name may include a folder: "out/report.xlsx"). */
  readonly files: Record<string, string | Buffer | (() => Promise<Buffer>)>;
  /** The command line; `{dir}` stands for the case's folder. */
  readonly argv: readonly string[];
  /** The file whose name leads the messages. */
  readonly input: string;
  /** The report the command is asked to write, inside the case's folder. */
  readonly report: string;
  /**
   * Where the message is read: the first line on stderr (default), or the line on stdout naming the file
   * written ("รายงาน / report: out/ita-report-2565.xlsx"), for an acceptance that prints nothing on stderr.
   */
  readonly message?: "stderr" | "written-file";
  /**
   * A file in the case's folder that another program holds open, as Excel on Windows holds a workbook:
   * the system refuses to rename anything over it (EBUSY). The refusal is made here, for that one path,
   * since neither Linux nor macOS lock a file that is open.
   */
  readonly heldOpen?: string;
}

/**
 * Runs `action` while renames over `path` fail with EBUSY, as Windows refuses them for a file Excel holds
 * open; every other rename (the test runner's caches among them) goes through.
 */
async function whileHeldOpen<T>(path: string | undefined, action: () => Promise<T>): Promise<T> {
  if (path === undefined) return action();
  const realRename = fs.renameSync;
  fs.renameSync = (from, to) => {
    if (String(to) !== path) return realRename(from, to);
    throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${String(from)}' -> '${path}'`), {
      code: "EBUSY",
    });
  };
  try {
    return await action();
  } finally {
    fs.renameSync = realRename;
  }
}

/** The line on stdout that names the file written, as place (the file), Thai and English. */
function writtenFileMessage(stdout: string): SeenMessage {
  const line = stdout.split("\n").find((text) => /^\S+ \/ [a-z]+: /.test(text)) ?? "";
  const found = /^(\S+) \/ ([a-z]+): (.*)$/.exec(line);
  return { location: found?.[3] ?? "", th: found?.[1] ?? "", en: found?.[2] ?? "" };
}

/** Every file and folder under `dir`, with a file's bytes, to tell what a run created or changed. */
function snapshot(dir: string): Map<string, Buffer | "folder"> {
  const paths = readdirSync(dir, { recursive: true }).map(String);
  return new Map(
    paths.map((path) => {
      const full = join(dir, path);
      return [path, statSync(full).isDirectory() ? "folder" : readFileSync(full)] as const;
    })
  );
}

/** The report every case asks for: `-o {dir}/out/report.xlsx`. */
export const REPORT = join("out", "report.xlsx");

/**
 * Runs the command on fresh files and reports whether it refused the input (a non-zero exit code), the
 * first message, and the files it should not have made: any at all after a refusal; after an acceptance,
 * any but the report. An acceptance must have written its report: a command that exits 0 without one is
 * shown as that, whatever it printed.
 */
export async function runCli(spec: CliRun): Promise<Observed> {
  const dir = mkdtempSync(join(tmpdir(), "ita-catalogue-"));
  try {
    for (const [name, content] of Object.entries(spec.files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), typeof content === "function" ? await content() : content);
    }
    const before = snapshot(dir);
    let stdout = "";
    let stderr = "";
    const code = await whileHeldOpen(spec.heldOpen && join(dir, spec.heldOpen), () =>
      run(
        spec.argv.map((arg) => arg.replace("{dir}", dir)),
        { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) }
      )
    );
    const refused = code !== EXIT_OK;
    const allowed = refused ? new Set() : new Set([dirname(spec.report), spec.report]);
    const after = snapshot(dir);
    const created = [...after.keys()].filter((path) => !before.has(path) && !allowed.has(path));
    const changed = [...before].flatMap(([path, content]) => {
      if (allowed.has(path)) return [];
      const now = after.get(path);
      if (now === undefined) return [`${path} (removed)`];
      const same = content === "folder" ? now === "folder" : now !== "folder" && now.equals(content);
      return same ? [] : [`${path} (changed)`];
    });
    const changes = [...created, ...changed];
    const shown = (text: string) => text.split(`${dir}/`).join("");
    const message =
      refused || existsSync(join(dir, spec.report))
        ? spec.message === "written-file"
          ? writtenFileMessage(shown(stdout))
          : firstMessage(shown(stderr), spec.input)
        : {
            location: spec.report,
            th: "คำสั่งจบด้วยรหัส 0 แต่ไม่ได้เขียนรายงาน",
            en: "the command exited 0 but wrote no report",
          };
    return { refused, message, changes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `ita report FILE -o out/report.xlsx` on one input file, plus options. */
export function report(
  input: string,
  content: CliRun["files"][string],
  options: readonly string[] = []
): () => Promise<Observed> {
  return () =>
    runCli({
      files: { [input]: content },
      argv: ["report", `{dir}/${input}`, "-o", `{dir}/${REPORT}`, ...options],
      input,
      report: REPORT,
    });
}
