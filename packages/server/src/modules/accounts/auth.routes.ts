import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { clearSessionCookie, openSession } from '../../plugins/authentication.ts';
import {
  ChangePasswordSchema,
  LoginBodySchema,
  MeSchema,
  ProfilePatchSchema,
  ResetConfirmSchema,
  ResetRequestSchema,
} from './accounts.schema.ts';
import { accountView, authenticate, currentAccount, signOut } from './auth.service.ts';
import {
  changePassword,
  confirmPasswordReset,
  requestPasswordReset,
  updateProfile,
} from './password.service.ts';

const tags = ['auth'];

/** Sign-in, sign-out, the current account, password change and reset. */
export async function authRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/auth/login',
    { config: { access: 'public' }, schema: { tags, body: LoginBodySchema, response: { 200: MeSchema } } },
    async (request, reply) => {
      const account = await authenticate(deps, contextOf(request), request.body);
      return openSession(deps, request, reply, account);
    },
  );

  api.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { tags, response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut(deps, contextOf(request));
      clearSessionCookie(reply, deps);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/auth/me',
    { config: { access: 'signed-in' }, schema: { tags, response: { 200: MeSchema } } },
    async (request) => currentAccount(deps, request.actor),
  );

  api.patch(
    '/api/auth/me',
    {
      config: { access: 'signed-in' },
      schema: { tags, body: ProfilePatchSchema, response: { 200: MeSchema } },
    },
    async (request) => {
      const account = await updateProfile(deps, contextOf(request), request.body);
      return accountView(deps, account);
    },
  );

  api.post(
    '/api/auth/password',
    {
      config: { access: 'signed-in' },
      schema: { tags, body: ChangePasswordSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await changePassword(deps, contextOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/auth/password-reset',
    { config: { access: 'public' }, schema: { tags, body: ResetRequestSchema, response: { 202: z.null() } } },
    async (request, reply) => {
      await requestPasswordReset(deps, contextOf(request), request.body.email);
      return reply.code(202).send(null);
    },
  );

  api.post(
    '/api/auth/password-reset/confirm',
    { config: { access: 'public' }, schema: { tags, body: ResetConfirmSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await confirmPasswordReset(deps, contextOf(request), request.body);
      clearSessionCookie(reply, deps);
      return reply.code(204).send(null);
    },
  );
}
