import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../modules/accounts/sessions.plugin.js';
import { AppError } from './errors.js';

/** Requests a minute: API calls of one signed-in session, and calls without a session from one client address. */
export interface RateLimits {
  perSession: number;
  perAddress: number;
}

/** Office-sized defaults; `RATE_LIMIT_PER_MINUTE` (per session) and `RATE_LIMIT_ANONYMOUS_PER_MINUTE` (per address) change them. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimits {
  const number = (value: string | undefined, fallback: number) => (value && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback);
  return {
    perSession: number(env.RATE_LIMIT_PER_MINUTE, 1200),
    perAddress: number(env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, 600),
  };
}

const WINDOW_MS = 60_000;
const counted = Symbol('dantoc.rateLimitCounted');
type Counted = FastifyRequest & { [counted]?: boolean };

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/');
const hasSessionCookie = (request: FastifyRequest) => Boolean(request.cookies?.[SESSION_COOKIE]);
/** A call carrying credentials of its own (access token or HTTP Basic): counted once they are known, per token or user. */
const hasCredentials = (request: FastifyRequest) => /^(ApiToken|Bearer|Basic)\s/i.test(request.headers.authorization ?? '');

/**
 * Limits API calls only (the web app's files never count): a signed-in caller by their session, so
 * an office behind one address does not share one budget; a caller without a valid session by the
 * client address; a call with an access token by its token (HTTP Basic by the user), never by the address it
 * comes from. Over the limit: 429 with `Retry-After` (seconds) and a translated message naming the wait.
 *
 * Register before the session plugin and call the returned function right after it: calls without a
 * session cookie are counted before the session is looked up, calls with one once it is known. A call
 * with a stale cookie that the session plugin refuses (401) is counted against its address afterwards.
 */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits): Promise<() => void> {
  await app.register(rateLimit, { global: false, cache: 20_000 });
  const perAddress = app.createRateLimit({
    max: limits.perAddress,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `a:${normalizeIP(request.ip)}`,
  });
  const perSession = app.createRateLimit({
    max: limits.perSession,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => `s:${request.user?.sessionId ?? ''}`,
  });

  const check = async (request: FastifyRequest, reply: FastifyReply, limiter: typeof perAddress) => {
    (request as Counted)[counted] = true;
    const state = await limiter(request);
    if (state.isAllowed) return;
    reply.header('x-ratelimit-limit', state.max);
    reply.header('x-ratelimit-remaining', state.remaining);
    if (!state.isExceeded) return;
    reply.header('retry-after', state.ttlInSeconds);
    throw new AppError(429, 'rate_limited', { seconds: state.ttlInSeconds });
  };

  app.addHook('onRequest', async (request, reply) => {
    if (isApi(request) && !hasSessionCookie(request) && !hasCredentials(request)) await check(request, reply, perAddress);
  });
  app.addHook('onResponse', async (request, reply) => {
    // A stale or forged session cookie refused before the second hook: it still costs its address.
    if (isApi(request) && !(request as Counted)[counted] && reply.statusCode === 401) await perAddress(request);
  });
  return () => {
    app.addHook('onRequest', async (request, reply) => {
      if (!isApi(request) || (request as Counted)[counted]) return;
      await check(request, reply, request.user ? perSession : perAddress);
    });
  };
}
