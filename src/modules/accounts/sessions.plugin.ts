import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../server/errors.js';
import { sessionUser } from './sessions.service.js';

export const SESSION_COOKIE = 'dantoc_sid';
/** Long-lived random cookie of a browser that signed in before (see sessions.service.ts). */
export const DEVICE_COOKIE = 'dantoc_device';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that may be called without a session. */
const PUBLIC = new Set(['/api/health', '/api/auth/login', '/api/auth/login/code', '/api/auth/setup']);
/** All an administrator without two-factor may do: enrol, see who they are, change language, leave. */
const ENROLMENT_ONLY = new Set(['/api/auth/me', '/api/auth/logout', '/api/auth/language', '/api/auth/two-factor/setup', '/api/auth/two-factor/confirm']);

/**
 * Resolves the session cookie into request.user, requires a session for every API route
 * but the public ones, keeps administrators without two-factor to enrolment, and checks the CSRF
 * token (synchroniser token kept in the session) on every cookie-authenticated write.
 */
export const sessionPlugin: FastifyPluginAsync = fp(async (app) => {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await sessionUser(app.ctx.db, token);
    const path = request.url.split('?')[0];
    if (PUBLIC.has(path) || path.startsWith('/api/docs')) return;
    if (!request.user) throw new AppError(401, 'unauthenticated');
    if (request.user.role === 'admin' && !request.user.twoFactorEnabled && !ENROLMENT_ONLY.has(path)) {
      throw new AppError(403, 'two_factor_enrolment_required');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const sent = String(request.headers['x-csrf-token'] ?? '');
      const expected = request.user.csrfToken;
      const ok = sent.length === expected.length && crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
      if (!ok) throw new AppError(403, 'csrf_invalid');
    }
  });
});
