import type { FastifyRequest } from 'fastify';

/**
 * The request URL as logged: the path only, with the query's values dropped (searches carry names
 * and CCCD numbers, which must not end up in log files). Parameter names stay for debugging.
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=…`);
  return `${url.slice(0, q)}?${names.join('&')}`;
}

/** Error fields that may carry values sent by users (PostgreSQL's `detail` quotes the conflicting key). */
const PRIVATE_ERROR_FIELDS = ['detail', 'where', 'parameters', 'query'];

/** Pino serializers: requests without query values, errors without the database's quoted values. */
export const logSerializers = {
  req(request: FastifyRequest) {
    return { method: request.method, url: redactUrl(request.url), hostname: request.hostname, remoteAddress: request.ip };
  },
  err(err: unknown) {
    if (!err || typeof err !== 'object') return err;
    const e = err as Error & Record<string, unknown>;
    const out: Record<string, unknown> = { type: e.constructor?.name ?? 'Error', message: e.message, stack: e.stack };
    for (const [k, v] of Object.entries(e)) {
      if (!PRIVATE_ERROR_FIELDS.includes(k) && !(k in out) && (typeof v !== 'object' || v === null)) out[k] = v;
    }
    return out;
  },
};

/** Logger options for Fastify: the caller's options (level, stream…) plus the redacting serializers. */
export function loggerOptions(logger: boolean | object | undefined): boolean | object {
  if (!logger) return false;
  const base = logger === true ? {} : (logger as Record<string, unknown>);
  return { ...base, serializers: { ...((base.serializers as object) ?? {}), ...logSerializers } };
}

/**
 * Logs an internal error of background work (no request to log through) to stderr as one JSON line,
 * through the same redacting serializer. The user-facing status carries only a translated code.
 */
export function logInternalError(context: string, err: unknown): void {
  process.stderr.write(`${JSON.stringify({ level: 50, time: Date.now(), msg: context, err: logSerializers.err(err) })}\n`);
}
