import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../../server/errors.js';
import { sessionUser } from './auth.service.js';

export const SESSION_COOKIE = 'dantoc_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that may be called without a session. */
const PUBLIC = new Set(['/api/health', '/api/auth/login']);

/**
 * Resolves the session cookie into request.user, requires a session for every API route
 * but the public ones, and checks the CSRF token (synchroniser token kept in the session)
 * on every cookie-authenticated write.
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
    if (!SAFE_METHODS.has(request.method)) {
      const sent = String(request.headers['x-csrf-token'] ?? '');
      const expected = request.user.csrfToken;
      const ok = sent.length === expected.length && crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
      if (!ok) throw new AppError(403, 'csrf_invalid');
    }
  });
});
