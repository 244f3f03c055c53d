import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import { AppError, type FieldError, notFound } from '../../errors/app-error.ts';
import { renderPdf } from '../../lib/pdf/pdf.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { namesOfPeople } from '../registry/people.repository.ts';
import { saveFollowup } from './attendance.repository.ts';
import { attendedApplications, daysOf } from './attendance.service.ts';
import { certificateContent, certificateViews, verificationView } from './certificates.presenter.ts';
import { certificateDocument } from './certificates.document.ts';
import { holderNames } from './certificates.names.ts';
import {
  certificateByCode,
  certificateOfApplication,
  insertCertificate,
  lockCertificate,
  revokeCertificateRow,
} from './certificates.repository.ts';
import { findApplication } from './applications.repository.ts';
import { ownPersonOf } from './applications.views.ts';
import { auditProgrammes, editableProgramme, readableProgramme } from './programmes.access.ts';
import { canEditProgramme, canReadCertificate } from './programmes.policy.ts';
import { findProgramme } from './programmes.repository.ts';

// Certificates of attendance (ADR 0023): issued by the organisers to accepted applicants who
// attended, one per person and programme; each with a random verification code of 128 bits
// (base64url, 22 characters) that the public verification finds by its unique index.

/** A new verification code: 16 random bytes, base64url. */
export const newVerificationCode = () => randomBytes(16).toString('base64url');

/** Input of an issue: the applications, and optionally who signs (kept for the programme). */
export interface CertificateIssue {
  applicationIds: string[];
  signatory?: { name: string; position?: string | undefined } | undefined;
}

/**
 * Issues certificates to these applications; one a person already holds is kept as it is.
 * @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT (no dates); VALIDATION_FAILED at
 *   `body.applicationIds.N` for an application that is not accepted in the programme or did not attend
 */
export async function issueCertificates(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: CertificateIssue,
) {
  await deps.db.transaction().execute(async (trx) => {
    // The programme's lock serialises parallel issues; the unique constraints hold regardless.
    const programme = await editableProgramme(trx, ctx.actor, id);
    daysOf(programme);
    const attended = await attendedApplications(trx, programme, input.applicationIds);
    const errors: FieldError[] = input.applicationIds.flatMap((appId, i) =>
      attended.has(appId)
        ? []
        : [{ path: `body.applicationIds.${i}`, message: 'is not an accepted application that attended' }],
    );
    if (errors.length)
      throw new AppError('VALIDATION_FAILED', 'Some applications cannot get a certificate.', { errors });
    if (input.signatory) {
      const signatory = {
        signatory_name: input.signatory.name,
        signatory_position: input.signatory.position ?? null,
      };
      await saveFollowup(trx, id, signatory);
    }
    for (const appId of new Set(input.applicationIds)) {
      const app = await findApplication(trx, appId);
      if (!app) continue;
      const names = holderNames(await namesOfPeople(trx, [app.person_id]));
      const made = await insertCertificate(trx, {
        programme_id: id,
        application_id: appId,
        person_id: app.person_id,
        code: newVerificationCode(),
        holder_name: names.name,
        holder_latin: names.latinName,
        issued_by: ctx.actor.kind === 'account' ? ctx.actor.accountId : null,
      });
      if (made)
        await auditProgrammes(trx, ctx, { type: 'application', id: appId }, 'certificate.issued', {
          after: { certificateId: made.id },
        });
    }
  });
  return programmeCertificates(deps, ctx.actor, id);
}

/** The programme's certificates (its organisers). @throws AppError NOT_FOUND; FORBIDDEN */
export async function programmeCertificates(deps: AppDeps, actor: Actor, id: string) {
  const programme = await readableProgramme(deps.db, actor, id);
  if (!canEditProgramme(actor, programme))
    throw new AppError('FORBIDDEN', 'Only the organisers see the certificates.');
  return certificateViews(deps, programme);
}

/** Revokes a certificate. @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT (already revoked) */
export async function revokeCertificate(
  deps: AppDeps,
  ctx: RequestContext,
  certificateId: string,
  reason: string | null,
) {
  const programmeId = await deps.db.transaction().execute(async (trx) => {
    const found = await lockCertificate(trx, certificateId);
    if (!found) throw notFound('The certificate');
    await editableProgramme(trx, ctx.actor, found.programme_id);
    if (found.revoked_at) throw new AppError('CONFLICT', 'The certificate is already revoked.');
    await revokeCertificateRow(
      trx,
      certificateId,
      ctx.actor.kind === 'account' ? ctx.actor.accountId : null,
      reason,
    );
    await auditProgrammes(
      trx,
      ctx,
      { type: 'application', id: found.application_id },
      'certificate.revoked',
      {
        before: { certificateId, revoked: false },
        after: { certificateId, revoked: true, reason },
      },
    );
    return found.programme_id;
  });
  return programmeCertificates(deps, ctx.actor, programmeId);
}

/**
 * The certificate of an application as a PDF in `lang` (default: English): the holder's account,
 * the organisers, the secretariat.
 * @throws AppError NOT_FOUND (no certificate, or the caller may not have it)
 */
export async function certificatePdf(
  deps: AppDeps,
  actor: Actor,
  applicationId: string,
  lang: string | undefined,
) {
  const app = await findApplication(deps.db, applicationId);
  const programme = app ? await findProgramme(deps.db, app.programme_id) : undefined;
  const certificate = app ? await certificateOfApplication(deps.db, applicationId) : undefined;
  if (
    !app ||
    !programme ||
    !certificate ||
    !canReadCertificate(actor, await ownPersonOf(deps.db, actor), app, programme)
  ) {
    throw notFound('The certificate');
  }
  const content = await certificateContent(deps, programme, certificate, lang);
  const bytes = await renderPdf(certificateDocument(content), { author: content.organiser });
  return { bytes, fileName: `certificate-${certificate.holder_latin.replace(/[^A-Za-z0-9]+/g, '-')}.pdf` };
}

/**
 * The public verification of a code: what the certificate states (with `revoked: true` once
 * revoked). Every code costs one lookup by the unique index, real or not.
 * @throws AppError NOT_FOUND for a code that was never issued
 */
export async function verifyCertificate(deps: AppDeps, code: string) {
  const certificate = await certificateByCode(deps.db, code);
  const programme = certificate ? await findProgramme(deps.db, certificate.programme_id) : undefined;
  if (!certificate || !programme) throw notFound('The certificate');
  return verificationView(deps, programme, certificate);
}
