/** XPath expressions of an XLSForm: `${name}` references and a syntax check (quotes, brackets, references). */

/** `${name}` or `${last-saved#name}`. */
export const REFERENCE = /\$\{(last-saved#)?([^}]*)\}/g;
/** A valid element name (XML NCName, letters of any script). */
export const NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_.\-\u00B7]*$/u;

export interface Reference {
  name: string;
  lastSaved: boolean;
  start: number;
  end: number;
}

export function references(text: string): Reference[] {
  const out: Reference[] = [];
  for (const m of text.matchAll(REFERENCE)) out.push({ name: m[2].trim(), lastSaved: !!m[1], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

const CLOSE: Record<string, string> = { '(': ')', '[': ']' };

/**
 * Why an expression is not well formed, or null: unclosed quotes, unbalanced brackets, a `${`
 * without its `}` or with a bad name inside, an operator with nothing after it.
 */
export function expressionProblem(expr: string): { reason: { vi: string; en: string } } | null {
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '$' && expr[i + 1] === '{') {
      const end = expr.indexOf('}', i);
      if (end < 0) return { reason: { vi: 'thiếu dấu } đóng ${…}', en: 'a ${…} is not closed with }' } };
      const inner = expr.slice(i + 2, end).replace(/^last-saved#/, '');
      if (!NAME.test(inner)) return { reason: { vi: `tên không hợp lệ trong \${${inner}}`, en: `invalid name in \${${inner}}` } };
      i = end;
    } else if (c === '(' || c === '[') stack.push(CLOSE[c]);
    else if (c === ')' || c === ']') {
      if (stack.pop() !== c) return { reason: { vi: `dấu ${c} không có dấu mở tương ứng`, en: `${c} has no matching opening bracket` } };
    }
  }
  if (quote) return { reason: { vi: 'chuỗi trong dấu nháy chưa được đóng', en: 'a quoted string is not closed' } };
  if (stack.length) return { reason: { vi: `thiếu dấu ${stack[stack.length - 1]} đóng`, en: `a closing ${stack[stack.length - 1]} is missing` } };
  const bare = expr.replace(/'[^']*'|"[^"]*"/g, "''").trim();
  if (/(^|[^\w)\]}.*'"])(and|or|div|mod)\s*$|[=<>+\-*|,]\s*$|^\s*(and|or|div|mod|=|<|>|\*|\||,)(\s|$)/.test(bare) && !/^[*]$/.test(bare)) {
    return { reason: { vi: 'phép toán thiếu vế', en: 'an operator is missing an operand' } };
  }
  if (/\(\s*,|,\s*,|,\s*\)/.test(bare)) return { reason: { vi: 'thiếu đối số giữa hai dấu phẩy', en: 'an argument is missing between commas' } };
  return null;
}

/**
 * Whether a default value has to be computed on load rather than written in the instance, as pyxform
 * judges it: a reference, a function call, a predicate, a union or an arithmetic operator (a hyphen
 * counts only between spaces, and never for dates and geometries).
 */
export function isDynamicDefault(value: string, type = ''): boolean {
  const v = value.replace(/'[^']*'|"[^"]*"/g, "''");
  if (/\$\{|[\p{L}_][\p{L}\p{N}_:.-]*\(|\[|\||[+*]|\s(div|mod)\s/u.test(v)) return true;
  return !['date', 'dateTime', 'geopoint', 'geotrace', 'geoshape'].includes(type) && /\S\s+-\s+\S/.test(v);
}
