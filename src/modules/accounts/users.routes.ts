import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reachIds, requirePermission, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { okResponse } from './accounts.schema.js';
import { presentUser } from './users.presenter.js';
import { createUserBody, idParams, resetPasswordBody, updateUserBody, userList, userQuery, userShape } from './users.schema.js';
import { createUser, findUser, listUsers, manageableUser, resetPassword, resetUserTwoFactor, unlockUser, updateUser } from './users.service.js';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const tags = ['users'];

  app.get('/users', { schema: { tags, querystring: userQuery, response: { 200: userList } } }, async (request) => {
    requirePermission(request, 'manage_users');
    const scope = await scopeOf(request);
    const { rows, total } = await listUsers(db, { ...request.query, unitIds: reachIds(scope) });
    return { items: rows.map((r) => presentUser(r, app.ctx.auth.now())), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/users/:id', { schema: { tags, params: idParams, response: { 200: userShape } } }, async (request) => {
    requirePermission(request, 'manage_users');
    return presentUser(await manageableUser(db, await scopeOf(request), request.params.id), app.ctx.auth.now());
  });

  app.post('/users', { schema: { tags, body: createUserBody, response: { 201: userShape } } }, async (request, reply) => {
    requirePermission(request, 'manage_users');
    const id = await createUser(db, actorOf(request), await scopeOf(request), request.body);
    reply.status(201);
    return presentUser((await findUser(db, id))!);
  });

  app.patch('/users/:id', { schema: { tags, params: idParams, body: updateUserBody, response: { 200: userShape } } }, async (request) => {
    requirePermission(request, 'manage_users');
    await updateUser(db, actorOf(request), await scopeOf(request), request.params.id, request.body);
    return presentUser((await findUser(db, request.params.id))!);
  });

  app.post('/users/:id/password', { schema: { tags, params: idParams, body: resetPasswordBody, response: { 200: okResponse } } }, async (request) => {
    requirePermission(request, 'manage_users');
    await resetPassword(db, actorOf(request), await scopeOf(request), request.params.id, request.body.newPassword);
    return { ok: true };
  });

  app.post('/users/:id/unlock', { schema: { tags, params: idParams, response: { 200: okResponse } } }, async (request) => {
    requirePermission(request, 'manage_users');
    await unlockUser(db, actorOf(request), await scopeOf(request), request.params.id);
    return { ok: true };
  });

  app.post(
    '/users/:id/two-factor/reset',
    { schema: { tags, summary: 'Đặt lại xác thực hai bước / reset two-step verification', params: idParams, response: { 200: okResponse } } },
    async (request) => {
      requirePermission(request, 'manage_users');
      await resetUserTwoFactor(db, actorOf(request), await scopeOf(request), request.params.id);
      return { ok: true };
    },
  );
};
