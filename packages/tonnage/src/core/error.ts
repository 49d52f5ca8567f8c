/** What went wrong, as a stable machine-readable word. */
export type TonnageErrorCode =
  | "invalid_line"
  | "invalid_option"
  | "not_found"
  | "database"
  | "usage"
  | "overflow";

/** The one error class of @tarim/tonnage; the CLI prints its message on one line and exits 1. */
export class TonnageError extends Error {
  readonly code: TonnageErrorCode;

  constructor(code: TonnageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TonnageError";
    this.code = code;
  }
}
