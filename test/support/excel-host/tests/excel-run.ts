/** What the excel-host tests share: running a batch on a host, and the error a rejected promise carries. */
import type { ExcelHost } from "../index";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export function run<T>(host: ExcelHost, batch: Batch<T>): Promise<T> {
  return host.Excel.run(batch);
}

export async function rejection(
  promise: Promise<unknown>
): Promise<{ name: string; code: string; debugInfo: { code: string } }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; code: string; debugInfo: { code: string } };
  }
  throw new Error("expected a rejection");
}
