import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../audit/audit.service.js';
import { requireUser, permissionsOf } from '../../server/scope.js';
import { changePasswordBody, languageBody, loginBody, loginCodeBody, loginResponse, meResponse, okResponse } from './accounts.schema.js';
import { changeLanguage, changePassword, login, loginWithCode, logout, scopeUnitOf, type LoginOutcome } from './sessions.service.js';
import { DEVICE_COOKIE, SESSION_COOKIE } from './sessions.plugin.js';
import { twoFactorStatus } from './two-factor.service.js';
import { twoFactorRoutes } from './two-factor.routes.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;

  const client = (request: FastifyRequest) => ({
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    deviceToken: request.cookies[DEVICE_COOKIE] ?? null,
    sessionHours: config.sessionHours,
    now: app.ctx.auth.now(),
  });

  const answer = (reply: FastifyReply, outcome: LoginOutcome) => {
    if (outcome.next === 'code') return { ok: true, next: outcome.next, challenge: outcome.challenge };
    const base = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: config.secureCookies };
    reply.setCookie(SESSION_COOKIE, outcome.token, { ...base, maxAge: config.sessionHours * 3600 });
    // Marks this browser as one the user signed in from: their name's failure counter does not block it.
    reply.setCookie(DEVICE_COOKIE, outcome.deviceToken, { ...base, path: '/api/auth', maxAge: 400 * 24 * 3600 });
    return { ok: true, next: outcome.next };
  };

  // Failures are counted per name and per address in the database (auth.throttle.ts); this only
  // caps raw request volume per address, sized for an office of hundreds behind one NAT.
  const loginLimit = { rateLimit: { max: 600, timeWindow: '1 minute' } };

  app.post(
    '/auth/login',
    { schema: { tags: ['auth'], summary: 'Đăng nhập / log in', body: loginBody, response: { 200: loginResponse } }, config: loginLimit },
    async (request, reply) => answer(reply, await login(db, { ...request.body, ...client(request) })),
  );

  app.post(
    '/auth/login/code',
    {
      schema: { tags: ['auth'], summary: 'Bước hai: mã xác thực / second step: code', body: loginCodeBody, response: { 200: loginResponse } },
      config: loginLimit,
    },
    async (request, reply) => answer(reply, await loginWithCode(db, { ...request.body, ...client(request) })),
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Đăng xuất / log out', response: { 200: okResponse } } }, async (request, reply) => {
    const user = requireUser(request);
    await logout(db, user, actorOf(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: meResponse } } }, async (request) => {
    const user = requireUser(request);
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      role: user.role,
      language: user.language,
      csrfToken: user.csrfToken,
      permissions: permissionsOf(user),
      scope: await scopeUnitOf(db, user),
      twoFactor: await twoFactorStatus(db, user),
    };
  });

  app.post('/auth/password', { schema: { tags: ['auth'], body: changePasswordBody, response: { 200: okResponse } } }, async (request) => {
    await changePassword(db, requireUser(request), actorOf(request), request.body);
    return { ok: true };
  });

  app.put('/auth/language', { schema: { tags: ['auth'], body: languageBody, response: { 200: okResponse } } }, async (request) => {
    await changeLanguage(db, requireUser(request), actorOf(request), request.body.language);
    return { ok: true };
  });

  await app.register(twoFactorRoutes);
};
