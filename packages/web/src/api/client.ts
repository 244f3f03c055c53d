/** The one fetch wrapper of the app: JSON in and out, same-origin cookies, problem details to `ApiError`. */

export interface FieldError {
  path: string;
  message: string;
}

/** An API failure: `code` is the server's stable UPPER_SNAKE code (or `NETWORK_ERROR` when no reply came). */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait before retrying (THROTTLED), from the body or the Retry-After header. */
  readonly retryAfter: number | null;
  /** The whole problem document, for codes that carry more (e.g. IMPORT_INVALID with its report). */
  readonly details: Record<string, unknown>;

  constructor(init: {
    code: string;
    status: number;
    title?: string;
    fieldErrors?: FieldError[];
    retryAfter?: number | null;
    details?: Record<string, unknown>;
  }) {
    super(init.title ?? init.code);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = init.retryAfter ?? null;
    this.details = init.details ?? {};
  }
}

/** True when `error` is an `ApiError` with the given code. */
export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Calls `listener` whenever a request fails with 401 (the session ended); returns the unsubscribe function. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A body sent as it is (a file, form data) instead of JSON; without `contentType` the browser sets it. */
  raw?: { body: BodyInit; contentType?: string };
  query?: Query;
  /** Do not notify the 401 listeners (for calls where 401 is an expected answer). */
  quiet401?: boolean;
}

/** Builds `path?query`, leaving out empty values. */
export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function parseRetryAfter(header: string | null, body: Record<string, unknown>): number | null {
  if (typeof body.retryAfter === 'number' && Number.isFinite(body.retryAfter)) return body.retryAfter;
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is { path: unknown; message: unknown } => typeof e === 'object' && e !== null)
    .map((e) => ({ path: String(e.path ?? ''), message: String(e.message ?? '') }));
}

/** Turns a non-2xx response into an `ApiError`, reading RFC 9457 problem details when present. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy error page, an empty body): fall back to the status alone.
  }
  const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
  return new ApiError({
    code,
    status: response.status,
    title: typeof body.title === 'string' ? body.title : response.statusText,
    fieldErrors: toFieldErrors(body.errors),
    retryAfter: parseRetryAfter(response.headers.get('Retry-After'), body),
    details: body,
  });
}

/**
 * Sends one request to the API and returns the parsed JSON body (`undefined` for 204/202 without body).
 * @throws {ApiError} on a non-2xx answer or when the network fails (`NETWORK_ERROR`).
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method: options.method ?? 'GET', credentials: 'same-origin', headers };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  } else if (options.raw !== undefined) {
    if (options.raw.contentType) headers['Content-Type'] = options.raw.contentType;
    init.body = options.raw.body;
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch {
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0 });
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.quiet401)
      for (const listener of unauthenticatedListeners) listener();
    throw error;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
