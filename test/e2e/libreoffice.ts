/**
 * LibreOffice headless as a formula engine: write a workbook, let soffice recalculate it while converting,
 * read the results back. Fails loudly when soffice is missing (`.ci/run` installs libreoffice-calc-nogui).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

export function sofficePath(): string {
  for (const candidate of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui");
}

/** Converts `file` with soffice into `format` ("xlsx", "pdf", …) in a fresh folder; returns the new file. */
export function sofficeConvert(file: string, format: string, filter?: string): string {
  const outDir = mkdtempSync(join(tmpdir(), "ita-soffice-"));
  const profile = mkdtempSync(join(tmpdir(), "ita-soffice-profile-"));
  execFileSync(
    sofficePath(),
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter ? `${format}:${filter}` : format,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 120000 }
  );
  const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${format}`));
  if (!existsSync(out)) throw new Error(`soffice did not write ${out}`);
  return out;
}
