import type { AppDeps } from '../../app-deps.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { hashToken, randomToken } from '../../lib/secrets.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { formatMailDate, ROLE_LABELS, toLocale } from '../mail/mail.templates.ts';
import { findOrganisation } from '../registry/organisations.repository.ts';
import { findAccountByEmail, insertAccount, insertGrant, organisationLabels } from './accounts.repository.ts';
import { canInvite, canManageInvitation, invitationListScope } from './accounts.policy.ts';
import type { Account, Invitation, Role } from './accounts.table.ts';
import { accountActor } from './actor.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import {
  findInvitationByHash,
  findInvitationById,
  insertInvitation,
  listInvitations,
  lockPendingInvitation,
  markInvitationAccepted,
  markInvitationRevoked,
} from './invitations.repository.ts';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

function statusOf(i: Invitation, now = new Date()) {
  if (i.revoked_at) return 'revoked' as const;
  if (i.accepted_at) return 'accepted' as const;
  return i.expires_at <= now ? ('expired' as const) : ('pending' as const);
}

function present(i: Invitation, organisationName: string) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    organisation: { id: i.organisation_id, name: organisationName },
    status: statusOf(i),
    createdAt: i.created_at.toISOString(),
    expiresAt: i.expires_at.toISOString(),
  };
}

/**
 * Invites an email to a role in an organisation and mails the link (through the outbox).
 * @throws AppError FORBIDDEN when the policy says no; NOT_FOUND for an unknown organisation
 */
export async function createInvitation(
  deps: AppDeps,
  ctx: RequestContext,
  input: { email: string; role: Role; organisationId: string; locale?: string | undefined },
) {
  const actor = ctx.actor;
  if (actor.kind !== 'account') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  const organisation = await findOrganisation(deps.db, input.organisationId);
  if (!organisation) throw notFound('The organisation');
  if (!canInvite(actor, input.role, organisation))
    throw forbidden('You may not invite to this role in this organisation.');
  const email = input.email.trim().toLowerCase();
  const token = randomToken();
  const locale = toLocale(input.locale ?? actor.locale);
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  const orgName = (await organisationLabels(deps.db, [organisation.id])).get(organisation.id) ?? '';
  const link = new URL(`/invitations/${encodeURIComponent(token)}`, deps.config.publicUrl).href;
  return deps.db.transaction().execute(async (trx) => {
    const invitation = await insertInvitation(trx, {
      email,
      role: input.role,
      organisationId: organisation.id,
      hash: hashToken(deps.config.sessionSecret, token),
      invitedBy: actor.accountId,
      locale,
      expiresAt,
    });
    await enqueueMail(trx, {
      to: email,
      template: 'invitation',
      locale,
      vars: {
        inviter: actor.displayName,
        role: ROLE_LABELS[locale][input.role] ?? input.role,
        organisation: orgName,
        expires: formatMailDate(expiresAt, locale),
        link,
      },
    });
    const view = present(invitation, orgName);
    await recordAudit(trx, ctx, {
      action: 'invitation.created',
      entityType: 'invitation',
      entityId: invitation.id,
      after: view,
    });
    return view;
  });
}

/**
 * What the invitation link shows before it is accepted.
 * @throws AppError TOKEN_INVALID when it is unknown, used, revoked or expired
 */
export async function describeInvitation(deps: AppDeps, token: string) {
  const invitation = await findInvitationByHash(deps.db, hashToken(deps.config.sessionSecret, token));
  if (!invitation || statusOf(invitation) !== 'pending') {
    throw new AppError('TOKEN_INVALID', 'This invitation link is not valid any more.');
  }
  const orgName =
    (await organisationLabels(deps.db, [invitation.organisation_id])).get(invitation.organisation_id) ?? '';
  return {
    email: invitation.email,
    role: invitation.role,
    organisation: { id: invitation.organisation_id, name: orgName },
    invitedBy: { displayName: invitation.inviter_name ?? '' },
    expiresAt: invitation.expires_at.toISOString(),
    accountExists: Boolean(await findAccountByEmail(deps.db, invitation.email)),
  };
}

/**
 * Accepts an invitation: creates the account (or, for an existing one, checks its password) and
 * grants the role, all in one transaction.
 * @throws AppError TOKEN_INVALID; VALIDATION_FAILED when an existing account's password is wrong
 */
export async function acceptInvitation(
  deps: AppDeps,
  ctx: RequestContext,
  input: { token: string; displayName: string; password: string },
): Promise<Account> {
  const hash = hashToken(deps.config.sessionSecret, input.token);
  const existing = await findInvitationByHash(deps.db, hash);
  if (!existing || statusOf(existing) !== 'pending') {
    throw new AppError('TOKEN_INVALID', 'This invitation link is not valid any more.');
  }
  const current = await findAccountByEmail(deps.db, existing.email);
  if (current && !(await verifyPassword(current.password_hash, input.password))) {
    throw new AppError(
      'VALIDATION_FAILED',
      'An account with this email exists; enter its password to accept.',
      {
        errors: [{ path: 'body.password', message: 'is not the password of the existing account' }],
      },
    );
  }
  const passwordHash = current ? undefined : await hashPassword(input.password);
  return deps.db.transaction().execute(async (trx) => {
    const invitation = await lockPendingInvitation(trx, hash, new Date());
    if (!invitation) throw new AppError('TOKEN_INVALID', 'This invitation link is not valid any more.');
    const account =
      (await findAccountByEmail(trx, invitation.email)) ??
      (await insertAccount(trx, {
        email: invitation.email,
        display_name: input.displayName.trim(),
        password_hash: passwordHash ?? null,
        locale: invitation.locale,
      }));
    const actorCtx: RequestContext = { ...ctx, actor: accountActor(account, []) };
    if (!current) {
      await recordAudit(trx, actorCtx, {
        action: 'account.created',
        entityType: 'account',
        entityId: account.id,
        after: { email: account.email, displayName: account.display_name },
      });
    }
    const grant = await insertGrant(trx, {
      accountId: account.id,
      role: invitation.role,
      organisationId: invitation.organisation_id,
      grantedBy: invitation.invited_by,
    });
    if (grant.created) {
      await recordAudit(trx, actorCtx, {
        action: 'role.granted',
        entityType: 'account',
        entityId: account.id,
        after: {
          role: invitation.role,
          organisationId: invitation.organisation_id,
          invitationId: invitation.id,
        },
      });
    }
    await markInvitationAccepted(trx, invitation.id, account.id, new Date());
    await recordAudit(trx, actorCtx, {
      action: 'invitation.accepted',
      entityType: 'invitation',
      entityId: invitation.id,
    });
    return account;
  });
}

/** The invitations `actor` may see, newest first. */
export async function browseInvitations(
  deps: AppDeps,
  ctx: RequestContext,
  page: { limit: number; offset: number },
) {
  const { items, total } = await listInvitations(deps.db, invitationListScope(ctx.actor), page);
  const labels = await organisationLabels(deps.db, [...new Set(items.map((i) => i.organisation_id))]);
  return { total, items: items.map((i) => present(i, labels.get(i.organisation_id) ?? '')) };
}

/**
 * Revokes a pending invitation.
 * @throws AppError NOT_FOUND (also when the actor may not see it), CONFLICT when not pending
 */
export async function revokeInvitation(deps: AppDeps, ctx: RequestContext, id: string): Promise<void> {
  const invitation = await findInvitationById(deps.db, id);
  if (!invitation || !canManageInvitation(ctx.actor, invitation)) throw notFound('The invitation');
  if (statusOf(invitation) !== 'pending')
    throw new AppError('CONFLICT', 'Only a pending invitation can be revoked.');
  await deps.db.transaction().execute(async (trx) => {
    await markInvitationRevoked(trx, id, new Date());
    await recordAudit(trx, ctx, { action: 'invitation.revoked', entityType: 'invitation', entityId: id });
  });
}
