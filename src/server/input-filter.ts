import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/** NUL, or a UTF-16 surrogate without its partner: neither can be stored as text nor shown. */
const HOSTILE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Headers the server reads as text. */
const READ_HEADERS = ['x-csrf-token', 'accept-language'] as const;

/**
 * The path of the first string (or object key) in `value` holding NUL or a lone surrogate, or null.
 * Walks iteratively so a deeply nested body cannot exhaust the stack.
 */
export function findHostileText(value: unknown, root: string): string | null {
  // Each entry keeps its parent and key; the dotted path is only built for the text found (a
  // 40,000-value import would otherwise build a path string for every value and field).
  interface At {
    parent: At | null;
    key: string;
  }
  const pathOf = (at: At | null, key: string) => {
    const parts = [key];
    for (let a = at; a; a = a.parent) parts.push(a.key);
    return parts.reverse().reduce((path, k) => (path ? `${path}.${k}` : k));
  };
  const top: At = { parent: null, key: root };
  const stack: [unknown, At | null, string][] = [[value, null, root]];
  while (stack.length) {
    const [v, parent, key] = stack.pop()!;
    if (typeof v === 'string') {
      if (HOSTILE.test(v)) return pathOf(parent, key);
    } else if (Array.isArray(v)) {
      const at = parent === null ? top : { parent, key };
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], at, String(i)]);
    } else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      const at = parent === null ? top : { parent, key };
      for (const k in v) {
        if (!Object.hasOwn(v, k)) continue;
        if (HOSTILE.test(k)) return pathOf(at, k);
        stack.push([(v as Record<string, unknown>)[k], at, k]);
      }
    }
  }
  return null;
}

/** The 400 every hostile text gets, naming the field. */
export function invalidCharacter(field: string): AppError {
  const shown = field.replace(/[\u0000\uD800-\uDFFF]/g, '\uFFFD');
  return new AppError(400, 'invalid_character', { field: shown }, [{ field: shown, code: 'invalid_character', params: { field: shown } }]);
}

function check(value: unknown, root = ''): void {
  const field = findHostileText(value, root);
  if (field !== null) throw invalidCharacter(field || root);
}

/**
 * One filter for every route: path parameters, the query string, JSON bodies (deeply), the headers
 * the server reads and multipart text fields are refused with a 400 when they hold NUL or a lone
 * surrogate, before any handler or query sees them.
 */
export function registerInputFilter(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    for (const name of READ_HEADERS) {
      const v = request.headers[name];
      if (typeof v === 'string' && HOSTILE.test(v)) throw invalidCharacter(name);
    }
    // CSRF tokens are ASCII; anything else would only make the constant-time comparison throw.
    const csrf = request.headers['x-csrf-token'];
    if (typeof csrf === 'string' && !/^[\x21-\x7e]*$/.test(csrf)) throw new AppError(403, 'csrf_invalid');
  });
  app.addHook('preValidation', async (request) => {
    check(request.params);
    check(request.query);
    // isMultipart() is known once the body's content type has been parsed, hence here and not onRequest.
    if (request.isMultipart?.()) wrapMultipartFields(request);
    else if (request.body !== undefined) check(request.body);
  });
}

/** Multipart text fields are read by handlers as they stream in: check each one as it arrives. */
function wrapMultipartFields(request: FastifyRequest): void {
  const parts = (request as { parts?: FastifyRequest['parts'] }).parts;
  if (typeof parts !== 'function') return;
  request.parts = function filteredParts(this: FastifyRequest, ...args: Parameters<FastifyRequest['parts']>) {
    const source = parts.apply(this, args);
    return (async function* () {
      for await (const part of source) {
        if (part.type === 'field') {
          if (HOSTILE.test(part.fieldname)) throw invalidCharacter(part.fieldname);
          if (typeof part.value === 'string' && HOSTILE.test(part.value)) throw invalidCharacter(part.fieldname);
        } else if (HOSTILE.test(part.filename ?? '')) {
          throw invalidCharacter(part.fieldname);
        }
        yield part;
      }
    })();
  } as FastifyRequest['parts'];
}
