import type { ReadStream } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../errors/app-error.ts';
import { DOWNLOAD_CSP } from '../../lib/pdf/pdf.ts';
import { attachmentDisposition } from './files.names.ts';
import type { FileView } from './files.schema.ts';

// The one way a stored file's bytes leave the server: `GET /api/files/:id/content` and every route
// of another module that serves a file its record lets the caller read (ADR 0011).

/**
 * Sends a file's bytes as an attachment: its media type and length, `Content-Disposition`, a
 * sandboxing CSP and `nosniff`. Bytes missing from the disk are logged as an error.
 * @throws AppError NOT_FOUND when `stream` is missing
 */
export function sendFileContent(
  request: FastifyRequest,
  reply: FastifyReply,
  content: { file: FileView; stream: ReadStream | undefined },
) {
  const { file, stream } = content;
  if (!stream) {
    request.log.error({ fileId: file.id }, 'a stored file is missing from the disk');
    throw notFound('The file');
  }
  return reply
    .type(file.mediaType)
    .header('content-length', file.size)
    .header('content-disposition', attachmentDisposition(file.name))
    .header('content-security-policy', DOWNLOAD_CSP)
    .header('x-content-type-options', 'nosniff')
    .send(stream);
}
