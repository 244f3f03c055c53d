import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError } from '../errors/app-error.ts';
import { translateDatabaseError } from '../errors/database-errors.ts';

const TITLES: Partial<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: 'The request is not valid.',
  INTERNAL: 'Something went wrong on our side.',
};

/** Sends an RFC 9457 problem document for `error`. */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  const { errors, extra, headers } = error.details;
  const body = {
    type: `urn:kopru:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[error.code] ?? error.message,
    status: error.status,
    code: error.code,
    detail: error.message,
    instance: request.url.split('?')[0],
    requestId: request.id,
    ...(errors ? { errors } : {}),
    ...extra,
  };
  if (headers) reply.headers(headers);
  return reply.code(error.status).type('application/problem+json').send(JSON.stringify(body));
}

function validationError(error: FastifyError): AppError {
  const context = error.validationContext ?? 'body';
  const fieldErrors: FieldError[] = (error.validation ?? []).flatMap((v) => {
    const path = [context, ...v.instancePath.split('/').filter(Boolean)].join('.');
    const keys = (v.params as { keys?: unknown } | undefined)?.keys;
    if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((key) => ({ path: `${path}.${String(key)}`, message: 'is not a known field' }));
    }
    return [{ path, message: v.message ?? 'is not valid' }];
  });
  return new AppError('VALIDATION_FAILED', 'Some fields are not valid.', { errors: fieldErrors });
}

const FASTIFY_CODES: Record<string, AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    'The content type is not supported.',
  ),
  FST_ERR_CTP_EMPTY_JSON_BODY: new AppError('BAD_REQUEST', 'The JSON body is empty.'),
  FST_ERR_CTP_INVALID_JSON_BODY: new AppError('BAD_REQUEST', 'The body is not valid JSON.'),
};

/** Turns any error into an AppError the client may see; undefined means an internal error. */
function toAppError(error: FastifyError): AppError | undefined {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationError(error);
  if (error.code && FASTIFY_CODES[error.code]) return FASTIFY_CODES[error.code];
  const fromDatabase = translateDatabaseError(error);
  if (fromDatabase) return fromDatabase;
  if (
    error instanceof SyntaxError ||
    (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
  ) {
    return new AppError('BAD_REQUEST', 'The request could not be understood.');
  }
  return undefined;
}

/** Installs the one error handler. Nothing inside a 5xx leaks out. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = toAppError(error);
    if (known && known.status < 500) {
      request.log.info({ code: known.code }, 'request refused');
      return sendProblem(reply, request, known);
    }
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, request, known ?? new AppError('INTERNAL', 'An unexpected error occurred.'));
  });
}
