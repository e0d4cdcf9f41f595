/** What a CLI command may touch of the process, so tests can run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
/** A usage error or invalid input: nothing was written. */
export const EXIT_INVALID_INPUT = 2;
