/**
 * Validation-rule expressions: numbers, + - * /, parentheses and operands `#{DE}` (the element's total
 * over all disaggregations), `#{DE.COC}` (one option combination) or `#{DE.OPTION}` (the total of the
 * combinations holding that option). Parsed by hand into a tree; never evaluated as code.
 * Analytics indicators also allow register measures `R{measure.filter.filter}` and constants `C{CODE}`
 * (option `sigils`); their operands carry `kind`.
 */
export type Node =
  | { k: 'num'; v: number }
  | { k: 'ref'; de: string; sub: string | null; kind?: 'R' | 'C' }
  | { k: 'neg'; e: Node }
  | { k: 'bin'; op: '+' | '-' | '*' | '/'; a: Node; b: Node };

export class ExpressionError extends Error {
  constructor(
    public readonly position: number,
    public readonly reason: string,
  ) {
    super(`${reason} at ${position}`);
  }
}

const CODE = /[A-Za-z0-9_]+/y;
const NUMBER = /\d+(?:\.\d+)?/y;
const MAX_LENGTH = 2000;

export function parseExpression(text: string, options: { sigils?: ('R' | 'C')[] } = {}): Node {
  if (text.length > MAX_LENGTH) throw new ExpressionError(0, 'too_long');
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const code = (): string => {
    CODE.lastIndex = i;
    const m = CODE.exec(text);
    if (!m) throw new ExpressionError(i, 'expected_code');
    i += m[0].length;
    return m[0];
  };
  let depth = 0;
  const factor = (): Node => {
    skip();
    if (text[i] === '-') {
      i++;
      return { k: 'neg', e: factor() };
    }
    if (text[i] === '(') {
      if (++depth > 50) throw new ExpressionError(i, 'too_deep');
      i++;
      const e = sum();
      skip();
      if (text[i] !== ')') throw new ExpressionError(i, 'expected_close');
      i++;
      depth--;
      return e;
    }
    const sigil = options.sigils?.find((x) => text.startsWith(`${x}{`, i));
    if (sigil) {
      i += 2;
      const de = code();
      const subs: string[] = [];
      while (sigil === 'R' && text[i] === '.') {
        i++;
        subs.push(code());
      }
      if (text[i] !== '}') throw new ExpressionError(i, 'expected_brace');
      i++;
      return { k: 'ref', de, sub: subs.length ? subs.join('.') : null, kind: sigil };
    }
    if (text.startsWith('#{', i)) {
      i += 2;
      const de = code();
      let sub: string | null = null;
      if (text[i] === '.') {
        i++;
        sub = code();
      }
      if (text[i] !== '}') throw new ExpressionError(i, 'expected_brace');
      i++;
      return { k: 'ref', de, sub };
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new ExpressionError(i, i >= text.length ? 'unexpected_end' : 'unexpected_char');
    i += m[0].length;
    return { k: 'num', v: Number(m[0]) };
  };
  const product = (): Node => {
    let a = factor();
    for (;;) {
      skip();
      const op = text[i];
      if (op !== '*' && op !== '/') return a;
      i++;
      a = { k: 'bin', op, a, b: factor() };
    }
  };
  const sum = (): Node => {
    let a = product();
    for (;;) {
      skip();
      const op = text[i];
      if (op !== '+' && op !== '-') return a;
      i++;
      a = { k: 'bin', op, a, b: product() };
    }
  };
  const tree = sum();
  skip();
  if (i < text.length) throw new ExpressionError(i, 'unexpected_char');
  return tree;
}

/** Every operand of an expression, once each, as `DE` or `DE.SUB`. */
export function operandsOf(node: Node): { de: string; sub: string | null; kind?: 'R' | 'C' }[] {
  const seen = new Map<string, { de: string; sub: string | null; kind?: 'R' | 'C' }>();
  const walk = (n: Node) => {
    if (n.k === 'ref') seen.set(`${n.kind ?? '#'}${refKey(n.de, n.sub)}`, n.kind ? { de: n.de, sub: n.sub, kind: n.kind } : { de: n.de, sub: n.sub });
    else if (n.k === 'neg') walk(n.e);
    else if (n.k === 'bin') {
      walk(n.a);
      walk(n.b);
    }
  };
  walk(node);
  return [...seen.values()];
}

export const refKey = (de: string, sub: string | null) => (sub ? `${de}.${sub}` : de);

/** Looks an operand's value up; null when there is none. */
export type Lookup = (de: string, sub: string | null, kind?: 'R' | 'C') => number | null;

/**
 * The value of an expression and the operands that had no value. A missing operand or a division by
 * zero gives value null.
 */
export function evaluate(node: Node, lookup: Lookup): { value: number | null; missing: string[] } {
  const missing = new Set<string>();
  const run = (n: Node): number | null => {
    switch (n.k) {
      case 'num':
        return n.v;
      case 'ref': {
        const v = lookup(n.de, n.sub, n.kind);
        if (v === null || Number.isNaN(v)) missing.add(`${n.kind ? `${n.kind}{` : ''}${refKey(n.de, n.sub)}${n.kind ? '}' : ''}`);
        return v;
      }
      case 'neg': {
        const v = run(n.e);
        return v === null ? null : -v;
      }
      case 'bin': {
        const a = run(n.a);
        const b = run(n.b);
        if (a === null || b === null) return null;
        if (n.op === '+') return a + b;
        if (n.op === '-') return a - b;
        if (n.op === '*') return a * b;
        return b === 0 ? null : a / b;
      }
    }
  };
  const value = run(node);
  return { value: missing.size ? null : value, missing: [...missing] };
}

const EPSILON = 1e-9;

/** Compares two values with a rule operator (equality allows floating-point noise). */
export function compare(left: number, operator: '==' | '!=' | '<' | '<=' | '>' | '>=', right: number): boolean {
  const eq = Math.abs(left - right) <= EPSILON * Math.max(1, Math.abs(left), Math.abs(right));
  switch (operator) {
    case '==':
      return eq;
    case '!=':
      return !eq;
    case '<':
      return left < right && !eq;
    case '<=':
      return left < right || eq;
    case '>':
      return left > right && !eq;
    case '>=':
      return left > right || eq;
  }
}
