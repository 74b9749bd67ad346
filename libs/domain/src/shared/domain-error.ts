/**
 * Base of every refusal the pure domain throws: a stable machine `code` (the wire contract for the
 * API's problem+json and Temporal's ApplicationFailure type), a Vietnamese and an English message,
 * and JSON-safe `details` for callers that want to render more than the sentence.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  protected constructor(
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(messageEn);
    this.name = new.target.name;
  }

  /** A JSON-safe view for logs, workflow failures and HTTP problem details. */
  toJSON(): { code: string; messageVi: string; messageEn: string; details: Readonly<Record<string, unknown>> } {
    return { code: this.code, messageVi: this.messageVi, messageEn: this.messageEn, details: this.details };
  }
}
