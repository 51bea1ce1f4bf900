/**
 * Errors a capability raises. Codes are stable (tests match on them); one
 * place, platform/http/errors.ts, maps them to HTTP statuses.
 */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'STATE_NOT_FOUND'
  | 'BODY_NOT_FOUND'
  | 'PERSON_NOT_FOUND'
  | 'PACK_INVALID'
  | 'ACCOUNT_EXISTS'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'RECORD_NOT_FOUND'
  | 'FORBIDDEN'
  /** Work is refused for now because too much of it is under way (PDF layouts); the answer says when to try again. */
  | 'BUSY';

/**
 * What is wrong with one field. `message` is a message key (said in the reader's language,
 * `params` filling its placeholders) or, from a library, a sentence in English.
 */
export type FieldProblem = Readonly<{
  field: string;
  message: string;
  params?: Readonly<Record<string, string | number>> | undefined;
}>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly problems: readonly FieldProblem[] = [],
    /** Fills the placeholders of `message` when it is a message key. */
    readonly params?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
