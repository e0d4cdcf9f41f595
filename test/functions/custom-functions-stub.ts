/**
 * The part of Excel's CustomFunctions runtime the functions use, for tests under node: errors keep their
 * code and message so a test can assert #VALUE! versus #N/A and what the user reads.
 */
export class StubCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

const stub = {
  Error: StubCustomFunctionError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};

(globalThis as unknown as { CustomFunctions: typeof stub }).CustomFunctions = stub;

/** Calls `run` and returns the Excel error it throws as "#VALUE!: message", or fails if it returns. */
export function excelErrorOf(run: () => unknown): string {
  try {
    const value = run();
    return `returned ${JSON.stringify(value)}`;
  } catch (error) {
    if (error instanceof StubCustomFunctionError) return `${error.code}: ${error.message}`;
    throw error;
  }
}
