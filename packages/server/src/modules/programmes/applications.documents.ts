import type { ReadStream } from 'node:fs';
import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { presentFile } from '../files/files.presenter.ts';
import { findFile } from '../files/files.repository.ts';
import type { FileView } from '../files/files.schema.ts';
import { storedFileContent } from '../files/files.service.ts';
import type { StoredFile } from '../files/files.table.ts';
import { answersOf } from './applications.repository.ts';
import { readableApplication } from './applications.views.ts';
import { questionsOf } from './calls.repository.ts';

// An application's documents (the files answering its `file` questions): their access follows the
// application's, so the organisers, reviewers and secretariat read what the applicant attached
// while the file itself stays owner-only (personal data; ADR 0023).

/**
 * A file answering one of the application's `file` questions, for a caller who may read the
 * application.
 * @throws AppError NOT_FOUND when the application is not readable or the file is not one of its answers
 */
async function applicationFile(
  deps: AppDeps,
  actor: Actor,
  appId: string,
  fileId: string,
): Promise<StoredFile> {
  const app = await readableApplication(deps.db, actor, appId);
  const [questions, answers] = await Promise.all([
    questionsOf(deps.db, app.programme_id),
    answersOf(deps.db, app.id),
  ]);
  const fileQuestions = new Set(questions.filter((q) => q.kind === 'file').map((q) => q.id));
  const answered = answers.some((a) => fileQuestions.has(a.question_id) && a.value === fileId);
  const file = answered ? await findFile(deps.db, fileId) : undefined;
  if (!file) throw notFound('The document');
  return file;
}

/**
 * One document's metadata, as the files module presents it, its `contentUrl` the application's own
 * download (the file's own URL stays closed to the application's readers).
 * @throws AppError NOT_FOUND
 */
export async function showApplicationDocument(
  deps: AppDeps,
  actor: Actor,
  appId: string,
  fileId: string,
): Promise<FileView> {
  const view = presentFile(await applicationFile(deps, actor, appId, fileId));
  return { ...view, contentUrl: `/api/applications/${appId}/documents/${fileId}/content` };
}

/**
 * One document's bytes (`stream` undefined when missing from the disk).
 * @throws AppError NOT_FOUND
 */
export async function applicationDocumentContent(
  deps: AppDeps,
  actor: Actor,
  appId: string,
  fileId: string,
): Promise<{ file: FileView; stream: ReadStream | undefined }> {
  return storedFileContent(deps, await applicationFile(deps, actor, appId, fileId));
}
