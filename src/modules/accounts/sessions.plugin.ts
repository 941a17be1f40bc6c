import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../server/errors.js';
import { sessionUser } from './sessions.service.js';
import { basicCaller, parseAuthorization, TOKEN_AREA_NAMES, tokenAllows, tokenCaller } from './tokens.service.js';

export const SESSION_COOKIE = 'dantoc_sid';
/** Long-lived random cookie of a browser that signed in before (see sessions.service.ts). */
export const DEVICE_COOKIE = 'dantoc_device';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that may be called without a session. */
const PUBLIC = new Set(['/api/health', '/api/auth/login', '/api/auth/login/code', '/api/auth/setup']);
/** All an administrator without two-factor may do: enrol, see who they are, change language, leave. */
const ENROLMENT_ONLY = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/language', '/api/auth/two-factor/setup', '/api/auth/two-factor/confirm']);

/** What HTTP Basic may reach: every API area, read and write, as the user's role and area allow. */
const BASIC_SCOPES = TOKEN_AREA_NAMES.map((a) => `${a}:write`);

/**
 * Resolves the caller into request.user: an `Authorization: ApiToken|Bearer <token>` or
 * `Basic` header (scripts, DHIS2 clients), else the session cookie. Requires one for every API
 * route but the public ones, keeps a token to its API areas, keeps administrators without
 * two-factor to enrolment, and checks the CSRF token (synchroniser token kept in the session) on
 * every cookie-authenticated write; a call with an Authorization header carries no ambient
 * credential a foreign page could borrow, so it needs none.
 */
export const sessionPlugin: FastifyPluginAsync = fp(async (app) => {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const path = request.url.split('?')[0];
    // /api/public/… is what the portal reads: published content only, read-only.
    const isPublic = PUBLIC.has(path) || path.startsWith('/api/docs') || (path.startsWith('/api/public/') && SAFE_METHODS.has(request.method));
    const auth = isPublic ? null : parseAuthorization(request.headers.authorization);
    if (auth) {
      const { db, auth: clock, config } = app.ctx;
      if (auth.kind === 'basic' && !config.basicAuth) throw new AppError(401, 'basic_auth_disabled');
      request.user =
        auth.kind === 'token'
          ? await tokenCaller(db, auth.secret, request.ip, clock.now())
          : await basicCaller(db, { ...auth, ip: request.ip, now: clock.now() });
      if (!tokenAllows(request.user.token?.scopes ?? BASIC_SCOPES, request.method, path)) throw new AppError(403, 'token_scope_missing');
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) request.user = await sessionUser(app.ctx.db, token);
    }
    if (isPublic) return;
    if (!request.user) throw new AppError(401, 'unauthenticated');
    if (request.user.role === 'admin' && !request.user.twoFactorEnabled && !ENROLMENT_ONLY.has(path)) {
      throw new AppError(403, 'two_factor_enrolment_required');
    }
    if (!SAFE_METHODS.has(request.method) && !request.user.via) {
      const sent = String(request.headers['x-csrf-token'] ?? '');
      const expected = request.user.csrfToken;
      const ok = sent.length === expected.length && crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
      if (!ok) throw new AppError(403, 'csrf_invalid');
    }
  });
});
