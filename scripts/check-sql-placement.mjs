#!/usr/bin/env node
// SQL placement check (`npm run lint`): SQL only in repositories (and src/db, seeds, tests, bench,
// scripts), and a repository reads or writes only the tables its module owns
// (scripts/table-owners.json). Parses with the TypeScript compiler so comments and ordinary
// strings never count as SQL.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Kysely builder entry points that write to their first argument's table. */
const WRITE_CALLS = new Set(['insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto']);
/** Kysely builder calls that read the table named by their first argument. */
const READ_CALLS = new Set(['selectFrom', 'innerJoin', 'leftJoin', 'rightJoin', 'fullJoin', 'crossJoin', 'using']);
/** Calls that make a call SQL by themselves (entry points of the query builder). */
const ENTRY_CALLS = new Set(['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto']);
/** Plain strings starting like a statement are raw SQL handed to a driver (`client.query('BEGIN')`). */
const RAW_SQL =
  /^\s*(?:(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|COPY|LOCK\s+TABLE|TRUNCATE|WITH|CREATE|ALTER|DROP|SET|SAVEPOINT|VACUUM|ANALYZE)\s+\S|(?:BEGIN|COMMIT|ROLLBACK)\s*$)/;

/**
 * Whether a file may contain SQL at all: repositories, seeds, the database layer, tests and test
 * data, benchmarks and scripts.
 * @param {string} file path relative to the project root, with forward slashes
 */
export function sqlAllowed(file) {
  return /\.(?:repository|seed)\.tsx?$/.test(file) || /\.(?:test|fixtures)\.tsx?$/.test(file) || /^(?:src\/db|src\/test|bench|scripts)\//.test(file);
}

/**
 * The module a file belongs to: the folder under src/modules, or null.
 * @param {string} file
 */
export function moduleOf(file) {
  return /^src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;
}

/**
 * Table names a piece of SQL text reads and writes. Qualified names count only in the public schema;
 * everything else (columns after EXTRACT … FROM, aliases) is filtered later against the known tables.
 * @param {string} text SQL with placeholders for interpolated values
 * @returns {{ name: string, write: boolean }[]}
 */
export function tablesInSqlText(text) {
  const clean = text
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''");
  const out = [];
  const re =
    /\b(DELETE\s+FROM|FROM|JOIN|INSERT\s+INTO|MERGE\s+INTO|INTO|UPDATE|COPY|TRUNCATE(?:\s+TABLE)?|USING|LOCK\s+TABLE)\s+(?:ONLY\s+)?((?:"?[A-Za-z_][\w$]*"?\s*\.\s*)?"?[A-Za-z_][\w$]*"?(?:\s*,\s*"?[A-Za-z_][\w$]*"?)*)/gi;
  for (const m of clean.matchAll(re)) {
    const keyword = m[1].toUpperCase().replace(/\s+/g, ' ');
    const write = keyword !== 'FROM' && keyword !== 'JOIN' && keyword !== 'USING' && keyword !== 'LOCK TABLE';
    // LOCK TABLE and TRUNCATE take lists; other keywords name one table.
    const names = keyword === 'LOCK TABLE' || keyword.startsWith('TRUNCATE') ? m[2].split(',') : [m[2].split(',')[0]];
    for (const raw of names) {
      const parts = raw
        .replace(/"/g, '')
        .split('.')
        .map((p) => p.trim().toLowerCase());
      if (parts.length === 2 && parts[0] !== 'public') continue;
      out.push({ name: parts[parts.length - 1], write });
    }
  }
  return out;
}

/** CTE names defined in SQL text (`WITH a AS (…), b AS (…)`), so they are not taken for tables. */
function cteNamesInSqlText(text) {
  const names = [];
  for (const m of text.matchAll(/(?:\bWITH(?:\s+RECURSIVE)?|,)\s+"?([A-Za-z_]\w*)"?\s*(?:\([^)]*\)\s*)?AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/gi))
    names.push(m[1].toLowerCase());
  return names;
}

/** Tables named in SQL text, leaving out the CTEs that text defines. */
function tablesOutsideCtes(text) {
  const ctes = new Set(cteNamesInSqlText(text));
  return tablesInSqlText(text).filter((t) => !ctes.has(t.name));
}

/** 'person as p' → 'person'; 'public.person' → 'person'. */
function tableOfBuilderArg(text) {
  const name = text
    .trim()
    .split(/\s+as\s+/i)[0]
    .trim();
  const parts = name.split('.');
  if (parts.length === 2 && parts[0] !== 'public') return null;
  return parts[parts.length - 1].toLowerCase();
}

/** Text of a template or string literal, with `${…}` replaced by a placeholder. */
function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => ` $x ${s.literal.text}`).join('');
  return null;
}

/**
 * Finds SQL in one source file.
 * @param {string} file path relative to the project root (decides the rules that apply)
 * @param {string} text the file's source
 * @returns {{ line: number, kind: 'builder' | 'sql-template' | 'raw-sql', what: string, tables: { name: string, write: boolean }[] }[]}
 */
export function findSql(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  /** Local names bound to Kysely's `sql` tag. */
  const sqlNames = new Set();
  for (const st of source.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || st.moduleSpecifier.text !== 'kysely') continue;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) if ((el.propertyName ?? el.name).text === 'sql') sqlNames.add(el.name.text);
    }
  }
  const found = [];
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const ctes = new Set();
  const isSqlTag = (tag) => ts.isIdentifier(tag) && sqlNames.has(tag.text);

  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isTaggedTemplateExpression(node) && isSqlTag(node.tag)) {
      const body = literalText(node.template) ?? '';
      found.push({ line: line(node), kind: 'sql-template', what: 'sql`…` template', tables: tablesOutsideCtes(body) });
      // Interpolated expressions may hold more SQL (nested sql`…`, builder calls).
      if (ts.isTemplateExpression(node.template)) for (const span of node.template.templateSpans) visit(span.expression);
      return;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const target = node.expression.expression;
      const first = node.arguments[0];
      if (ts.isIdentifier(target) && sqlNames.has(target.text)) {
        const tables = [];
        if (name === 'table' && first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          const t = tableOfBuilderArg(first.text);
          if (t) tables.push({ name: t, write: false });
        }
        found.push({ line: line(node), kind: 'sql-template', what: `sql.${name}()`, tables });
      } else if (ENTRY_CALLS.has(name) || READ_CALLS.has(name) || ((name === 'with' || name === 'withRecursive') && isCte(node))) {
        const tables = [];
        const args = first && ts.isArrayLiteralExpression(first) ? first.elements : first ? [first] : [];
        for (const arg of args) {
          if (!ts.isStringLiteral(arg) && !ts.isNoSubstitutionTemplateLiteral(arg)) continue;
          if (name === 'with' || name === 'withRecursive') {
            ctes.add(tableOfBuilderArg(arg.text.replace(/\(.*$/, '')) ?? '');
            continue;
          }
          const t = tableOfBuilderArg(arg.text);
          if (t) tables.push({ name: t, write: WRITE_CALLS.has(name) });
        }
        // Joins and `using` are only SQL as part of a query that an entry call already reported.
        if (ENTRY_CALLS.has(name) || name === 'with' || name === 'withRecursive') found.push({ line: line(node), kind: 'builder', what: `.${name}()`, tables });
        else if (tables.length) found.push({ line: line(node), kind: 'builder', what: `.${name}()`, tables, joinOnly: true });
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const body = literalText(node);
      if (body && RAW_SQL.test(body) && !ts.isImportTypeNode(node.parent) && !ts.isLiteralTypeNode(node.parent)) {
        found.push({ line: line(node), kind: 'raw-sql', what: 'raw SQL string', tables: tablesOutsideCtes(body) });
      }
    }
    ts.forEachChild(node, visit);
  };
  // `.with('name', (db) => …)` is Kysely's CTE; other libraries' `.with(` take other arguments.
  const isCte = (call) =>
    call.arguments.length === 2 &&
    (ts.isStringLiteral(call.arguments[0]) || ts.isNoSubstitutionTemplateLiteral(call.arguments[0])) &&
    (ts.isArrowFunction(call.arguments[1]) || ts.isFunctionExpression(call.arguments[1]));
  visit(source);
  for (const f of found) if (f.kind === 'builder') f.tables = f.tables.filter((t) => !ctes.has(t.name));
  return found;
}

/**
 * Checks one file and returns its violations.
 * @param {string} file path relative to the project root, forward slashes
 * @param {string} text source text
 * @param {{ owners: Record<string, string[]>, sharedReads: string[] }} ownership scripts/table-owners.json
 * @returns {{ file: string, line: number, module: string | null, message: string }[]}
 */
export function checkFile(file, text, ownership) {
  const found = findSql(file, text);
  const module = moduleOf(file);
  const out = [];
  if (!sqlAllowed(file)) {
    const lines = new Set();
    for (const f of found) {
      if (f.joinOnly || lines.has(f.line)) continue;
      lines.add(f.line);
      out.push({
        file,
        line: f.line,
        module,
        message: `${f.what}: SQL outside a repository (move it into a *.repository.ts of the module that owns the tables)`,
      });
    }
    return out;
  }
  if (!module || !/\.repository\.tsx?$/.test(file)) return out;
  const ownerOf = new Map();
  for (const [m, tables] of Object.entries(ownership.owners)) for (const t of tables) ownerOf.set(t, m);
  const shared = new Set(ownership.sharedReads ?? []);
  const seen = new Set();
  for (const f of found) {
    for (const t of f.tables) {
      const owner = ownerOf.get(t.name);
      if (!owner || owner === module) continue;
      if (!t.write && shared.has(t.name)) continue;
      const key = `${f.line}:${t.name}:${t.write}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        file,
        line: f.line,
        module,
        message: `${t.write ? 'writes' : 'reads'} ${t.name}, owned by ${owner} (call the ${owner} module's service instead)`,
      });
    }
  }
  return out;
}

/** Source files under the given folders (relative to root), skipping declarations and node_modules. */
function listFiles(root, dirs) {
  const out = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(child);
      } else if (/\.(?:ts|tsx|mts|cts)$/.test(entry.name) && !/\.d\.[mc]?ts$/.test(entry.name)) out.push(child);
    }
  };
  for (const d of dirs) if (fs.existsSync(path.join(root, d))) walk(d);
  return out.sort();
}

/**
 * Checks every source file under root/src.
 * @param {string} root project root
 */
export function checkTree(root) {
  const ownership = JSON.parse(fs.readFileSync(path.join(root, 'scripts/table-owners.json'), 'utf8'));
  // There are no exceptions to table ownership: a list of tolerated reads is itself a violation.
  const exceptions = Object.keys(ownership).filter((k) => !['$comment', 'owners', 'sharedReads'].includes(k));
  const listed = exceptions.map((k) => ({
    file: 'scripts/table-owners.json',
    line: 1,
    module: null,
    message: `"${k}" is not accepted: only owners and sharedReads (call the owning module's service instead of reading its table)`,
  }));
  return [...listed, ...listFiles(root, ['src']).flatMap((file) => checkFile(file, fs.readFileSync(path.join(root, file), 'utf8'), ownership))];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const violations = checkTree(root);
  for (const v of violations) console.log(`${v.file}:${v.line}: ${v.message}`);
  if (violations.length) {
    const perModule = new Map();
    for (const v of violations) perModule.set(v.module ?? '(outside modules)', (perModule.get(v.module ?? '(outside modules)') ?? 0) + 1);
    console.log(`\n${violations.length} SQL placement violations: ${[...perModule].map(([m, n]) => `${m} ${n}`).join(', ')}`);
    process.exit(1);
  }
  console.log('SQL placement: no violations');
}
