import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../audit/audit.service.js';
import { can, requirePermission, requireUser } from '../../server/scope.js';
import { createdToken, createTokenBody, tokenIdParams, tokenList } from './tokens.schema.js';
import { presentToken } from './tokens.presenter.js';
import { createToken, revokeToken, tokensOf } from './tokens.service.js';

const tags = ['auth'];

/** Personal access tokens: the caller's own (create, list, revoke) and, for user administrators, everyone's. */
export const tokensRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const now = () => app.ctx.auth.now();

  app.get('/auth/tokens', { schema: { tags, summary: 'Khóa truy cập API của tôi / my API access tokens', response: { 200: tokenList } } }, async (request) => ({
    items: (await tokensOf(db, requireUser(request).id)).map((r) => presentToken(r, now())),
  }));

  app.post(
    '/auth/tokens',
    {
      schema: {
        tags,
        summary: 'Tạo khóa truy cập API (mã bí mật chỉ hiện một lần) / create an API access token (the secret is shown once)',
        body: createTokenBody,
        response: { 201: createdToken },
      },
    },
    async (request, reply) => {
      const { secret, token } = await createToken(db, requireUser(request), actorOf(request), request.body, now());
      reply.status(201);
      return { secret, token: presentToken(token, now()) };
    },
  );

  app.post(
    '/auth/tokens/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Thu hồi khóa truy cập API / revoke an API access token',
        params: tokenIdParams,
        response: { 200: tokenList.shape.items.element },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return presentToken(await revokeToken(db, user, actorOf(request), request.params.id, can(user, 'manage_users'), now()), now());
    },
  );

  app.get(
    '/api-tokens',
    { schema: { tags, summary: 'Mọi khóa truy cập API (quản trị) / every API access token (administrators)', response: { 200: tokenList } } },
    async (request) => {
      requirePermission(request, 'manage_users');
      return { items: (await tokensOf(db, null)).map((r) => presentToken(r, now())) };
    },
  );

  app.post(
    '/api-tokens/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Thu hồi khóa của người dùng (quản trị) / revoke a user’s token (administrators)',
        params: tokenIdParams,
        response: { 200: tokenList.shape.items.element },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'manage_users');
      return presentToken(await revokeToken(db, user, actorOf(request), request.params.id, true, now()), now());
    },
  );
};
