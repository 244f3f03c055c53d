/** The one catalogue of error codes the API speaks, each with its HTTP status. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  IMPORT_ENCODING: 400,
  IMPORT_COLUMNS: 400,
  IMPORT_UNREADABLE: 400,
  IMPORT_INVALID: 400,
  EVENT_ENDS_BEFORE_START: 400,
  PERIOD_NOT_UNDERSTOOD: 400,
  UNKNOWN_PERSON: 400,
  UNKNOWN_PLACE: 400,
  NO_EMAIL_ADDRESS: 400,
  /** An application whose applicant does not meet the programme's audience rules (ADR 0023). */
  NOT_ELIGIBLE: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  TOKEN_INVALID: 400,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  MINUTES_VERSION_CONFLICT: 409,
  MINUTES_LOCKED: 409,
  MINUTES_WRONG_STATE: 409,
  MINUTES_INCOMPLETE: 409,
  AMENDMENT_OUTDATED: 409,
  /** A second application of the same person to the same programme. */
  APPLICATION_EXISTS: 409,
  /** An application made, changed or submitted outside the call's open period. */
  CALL_NOT_OPEN: 409,
  /** A call's questions changed after an application was submitted. */
  CALL_FORM_LOCKED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** An upload whose content is none of the accepted kinds of document (HTML, an executable, a plain zip…). */
  FILE_TYPE_NOT_ALLOWED: 415,
  /** An upload whose content is an accepted kind, but not the one its name says (`.pdf` holding a PNG). */
  FILE_TYPE_MISMATCH: 415,
  THROTTLED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A message for one field of the request, addressed by its JSON path (`body.email`). */
export interface FieldError {
  path: string;
  message: string;
}

export interface AppErrorDetails {
  errors?: FieldError[];
  /** Extra members of the problem document (e.g. `retryAfter`). */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** An error the client may see: a stable code, a human message, optional field errors. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: AppErrorDetails;

  constructor(code: ErrorCode, message: string, details: AppErrorDetails = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
  }
}

/** Shorthand for the most common refusals. */
export const forbidden = (message = 'You may not do this.') => new AppError('FORBIDDEN', message);
export const notFound = (what = 'The resource') => new AppError('NOT_FOUND', `${what} was not found.`);
