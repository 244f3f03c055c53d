import { z } from 'zod';
import { ROLES } from './accounts.table.ts';

export const EmailSchema = z.email({ error: 'must be an email address' }).max(320);
export const PasswordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');
export const LocaleSchema = z.enum(['en', 'az', 'tr', 'kk', 'ky', 'uz', 'ru']);
export const RoleSchema = z.enum(ROLES);

export const LoginBodySchema = z.strictObject({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(200),
});

const OrganisationRefSchema = z.object({ id: z.string(), name: z.string() });

export const MeSchema = z.object({
  account: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    createdAt: z.string(),
  }),
  roles: z.array(z.object({ id: z.string(), role: RoleSchema, organisation: OrganisationRefSchema })),
  organisations: z.array(OrganisationRefSchema),
});

export const ProfilePatchSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  locale: LocaleSchema.optional(),
});

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});
export const ResetRequestSchema = z.strictObject({ email: z.string().min(1).max(320) });
export const ResetConfirmSchema = z.strictObject({
  token: z.string().min(10).max(200),
  password: PasswordSchema,
});

export const InvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  organisation: OrganisationRefSchema,
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export const InvitationCreateSchema = z.strictObject({
  email: EmailSchema,
  role: RoleSchema,
  organisationId: z.uuid(),
  locale: LocaleSchema.optional(),
});
export const InvitationPreviewSchema = z.object({
  email: z.string(),
  role: RoleSchema,
  organisation: OrganisationRefSchema,
  invitedBy: z.object({ displayName: z.string() }),
  expiresAt: z.string(),
  accountExists: z.boolean(),
});
export const InvitationAcceptSchema = z.strictObject({
  token: z.string().min(10).max(200),
  displayName: z.string().trim().min(1).max(200),
  password: PasswordSchema,
});

export const AccessTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export const AccessTokenCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresAt: z.coerce.date().optional(),
});
