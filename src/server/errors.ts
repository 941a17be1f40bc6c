import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import vi from 'zod/v4/locales/vi.js';
import en from 'zod/v4/locales/en.js';
import { translate, type Lang } from './messages.js';
import { humanBytes, uploadLimitOf } from '../modules/uploads/uploads.limits.js';

/** One field-level problem: which field, a stable code and a message in the user's language. */
export interface ErrorDetail {
  field: string;
  code: string;
  message: string;
  row?: number;
  value?: unknown;
}

/**
 * An error the user caused or may see. `code` picks the translated message; `params` fill it.
 * The handler turns it into `{ error: { code, message, details[] } }`.
 */
export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly params: Record<string, unknown> = {},
    public readonly details: (Omit<ErrorDetail, 'message'> & { message?: string; params?: Record<string, unknown> })[] = [],
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const validation = (details: AppError['details']) => new AppError(400, 'validation_failed', {}, details);

const zodLocales = { vi: vi(), en: en() };

/** Picks the user's language: their saved preference, else the lang cookie, else Accept-Language. */
export function requestLanguage(request: FastifyRequest): Lang {
  const fromUser = request.user?.language;
  if (fromUser) return fromUser;
  const cookie = request.cookies?.lang;
  if (cookie === 'en' || cookie === 'vi') return cookie;
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header) ? 'en' : 'vi';
}

function zodDetails(issues: z.core.$ZodIssue[], lang: Lang, prefix: string): ErrorDetail[] {
  const localeError = zodLocales[lang].localeError;
  return issues.flatMap((issue): ErrorDetail[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys?: string[] }).keys ?? [];
      const message = lang === 'vi' ? 'Trường không được phép' : 'Unknown field';
      return keys.map((k) => ({ field: [path, k].filter(Boolean).join('.'), code: issue.code, message }));
    }
    const message = typeof localeError === 'function' ? (localeError as (i: unknown) => string | { message: string })(issue) : undefined;
    return [
      {
        field: path || prefix,
        code: issue.code,
        message: (typeof message === 'string' ? message : message?.message) ?? issue.message,
      },
    ];
  });
}

/** Renders every error as the one JSON shape; never leaks internals. */
export function errorHandler(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  const lang = requestLanguage(request);
  const send = (status: number, code: string, params: Record<string, unknown>, details: ErrorDetail[] = []) =>
    reply.status(status).send({ error: { code, message: translate(code, lang, params), details } });

  if (error instanceof AppError) {
    const details = error.details.map((d) => ({
      ...d,
      message: d.message ?? translate(d.code, lang, d.params),
      params: undefined,
    }));
    return send(error.status, error.code, error.params, details);
  }
  const fe = error as FastifyError & { validation?: unknown; validationContext?: string };
  // fastify-type-provider-zod puts the ZodError issues on error.validation
  if (fe.validation && Array.isArray(fe.validation)) {
    const issues = fe.validation.map((v: any) => ({
      ...v.params,
      code: v.keyword,
      message: v.message,
      path: String(v.instancePath ?? '')
        .split('/')
        .filter(Boolean),
    })) as z.core.$ZodIssue[];
    return send(400, 'validation_failed', {}, zodDetails(issues, lang, fe.validationContext ?? ''));
  }
  if (error instanceof z.ZodError) return send(400, 'validation_failed', {}, zodDetails(error.issues, lang, ''));
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(413, 'body_too_large', { limit: humanBytes(request.routeOptions.bodyLimit ?? 1048576) });
    case 'FST_REQ_FILE_TOO_LARGE':
      // An uploaded file: the multipart limit of its route, not the JSON body limit.
      return send(413, 'body_too_large', { limit: humanBytes(uploadLimitOf(request)) });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(400, 'bad_json', {});
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return send(415, 'unsupported_media_type', {});
  }
  switch (fe.code) {
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return send(400, 'bad_url', {});
    case 'FST_ERR_ASYNC_CONSTRAINT':
      return send(400, 'bad_request', {});
  }
  const dbCode = (error as { code?: unknown }).code;
  if (typeof dbCode === 'string' && DB_INPUT_ERRORS.has(dbCode)) {
    // A value the database cannot hold (a number past its column, text it cannot store): the caller's input, not our fault.
    request.log.warn({ err: error }, 'database refused a value');
    return send(400, 'value_out_of_range', {});
  }
  if (fe.statusCode === 429) {
    const seconds = Number(reply.getHeader('retry-after')) || 60;
    return send(429, 'rate_limited', { seconds });
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return send(fe.statusCode, fe.statusCode === 404 ? 'not_found' : 'validation_failed', {});
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(500, 'internal', {});
}

/** PostgreSQL errors caused by a value sent in: numeric out of range, untranslatable or invalid text, too long for an index. */
const DB_INPUT_ERRORS = new Set(['22003', '22021', '22P05', '54000']);
