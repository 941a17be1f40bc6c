import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit.service.js';
import { requireUser, permissionsOf } from '../../server/scope.js';
import { changePasswordBody, languageBody, loginBody, meResponse } from './auth.schema.js';
import { changePassword, login, logout } from './auth.service.js';
import { SESSION_COOKIE } from './session.plugin.js';
import { writeAudit } from '../audit/audit.service.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;

  app.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Đăng nhập / log in', body: loginBody },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token } = await login(db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        sessionHours: config.sessionHours,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: config.secureCookies,
        maxAge: config.sessionHours * 3600,
      });
      return { ok: true };
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Đăng xuất / log out' } }, async (request, reply) => {
    const user = requireUser(request);
    await logout(db, user, actorOf(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: meResponse } } }, async (request) => {
    const user = requireUser(request);
    const scope =
      user.scopeUnitId === null
        ? null
        : await db
            .selectFrom('admin_unit')
            .select(['id', 'code', 'name', 'type', 'level', 'valid_from as validFrom', 'valid_to as validTo'])
            .where('id', '=', user.scopeUnitId)
            .executeTakeFirst();
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      language: user.language,
      csrfToken: user.csrfToken,
      permissions: permissionsOf(user),
      scope: scope ?? null,
    };
  });

  app.post('/auth/password', { schema: { tags: ['auth'], body: changePasswordBody } }, async (request) => {
    await changePassword(db, requireUser(request), actorOf(request), request.body);
    return { ok: true };
  });

  app.put('/auth/language', { schema: { tags: ['auth'], body: languageBody, response: { 200: z.object({ ok: z.boolean() }) } } }, async (request) => {
    const user = requireUser(request);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('app_user').set({ language: request.body.language }).where('id', '=', user.id).execute();
      await writeAudit(trx, actorOf(request), {
        action: 'update',
        entity: 'user',
        entityId: user.id,
        before: { language: user.language },
        after: { language: request.body.language },
      });
    });
    return { ok: true };
  });
};
