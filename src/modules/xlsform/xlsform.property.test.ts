import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { all, binds, one, parseXml, type Cell, type Sheets, type XNode, xlsx } from './xlsform.fixtures.js';
import { convertXlsForm } from './xlsform.service.js';

type Item = { kind: 'q'; type: string } | { kind: 'group' | 'repeat'; items: Item[] };

const item: fc.Memo<Item> = fc.memo((depth) =>
  depth <= 1
    ? fc.record({
        kind: fc.constant('q' as const),
        type: fc.constantFrom('text', 'integer', 'decimal', 'date', 'select_one yn', 'select_multiple yn', 'note', 'geopoint', 'calculate'),
      })
    : fc.oneof(
        { weight: 3, arbitrary: item(1) },
        {
          weight: 1,
          arbitrary: fc.record({
            kind: fc.constantFrom('group' as const, 'repeat' as const),
            items: fc.array(item(depth - 1), { minLength: 1, maxLength: 4 }),
          }),
        },
      ),
);

/** Turns generated items into survey rows; each question may refer to any question written before it. */
function toSheets(items: Item[], refs: number[], translated: boolean): Sheets {
  const rows: Cell[][] = [];
  const names: string[] = [];
  let n = 0;
  const pick = () => (names.length ? names[refs[n % refs.length] % names.length] : null);
  const walk = (list: Item[]) => {
    for (const it of list) {
      n++;
      if (it.kind === 'q') {
        const name = `q${n}`;
        const ref = pick();
        const relevant = ref && n % 2 === 0 ? `\${${ref}} != ''` : null;
        const calc = it.type === 'calculate' ? (ref ? `concat(\${${ref}}, 'x')` : '1') : null;
        const label = it.type === 'calculate' ? null : ref && n % 3 === 0 ? `Câu ${n} sau \${${ref}}` : `Câu ${n}`;
        rows.push([it.type, name, label, translated && label ? `Question ${n}` : null, relevant, calc]);
        names.push(name);
      } else {
        const name = `${it.kind}${n}`;
        rows.push([`begin ${it.kind}`, name, `Nhóm ${n}`, translated ? `Group ${n}` : null, null, null]);
        walk(it.items);
        rows.push([`end ${it.kind}`, null, null, null, null, null]);
      }
    }
  };
  walk(items);
  const header = translated
    ? ['type', 'name', 'label::Tiếng Việt (vi)', 'label::English (en)', 'relevant', 'calculation']
    : ['type', 'name', 'label', 'label_unused', 'relevant', 'calculation'];
  return {
    survey: [header, ...rows],
    choices: [
      ['list_name', 'name', translated ? 'label::Tiếng Việt (vi)' : 'label'],
      ['yn', 'yes', 'Có'],
      ['yn', 'no', 'Không'],
    ],
  };
}

/** Whether a path (absolute, or relative to a node's path) names a node of the primary instance. */
function resolves(instanceRoot: XNode, path: string, from?: string): boolean {
  let parts: string[];
  if (path.startsWith('/')) parts = path.split('/').slice(1);
  else {
    parts = (from ?? '').split('/').slice(1);
    for (const step of path.split('/')) {
      if (step === '..') parts.pop();
      else parts.push(step);
    }
  }
  if (parts[parts.length - 1]?.startsWith('@')) parts = parts.slice(0, -1);
  let node = instanceRoot;
  if (parts[0] !== node.name) return false;
  for (const p of parts.slice(1)) {
    const next = node.children.find((c) => c.name === p && c.attrs['jr:template'] === undefined);
    if (!next) return false;
    node = next;
  }
  return true;
}

describe('any valid form', () => {
  it('converts to well-formed XML whose binds, controls and references all point at instance nodes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item(3), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(50), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (items, refs, translated) => {
          const r = await convertXlsForm(await xlsx(toSheets(items, refs, translated)), 'prop.xlsx');
          expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).toBe(true);
          if (!r.ok) return;
          const doc = parseXml(r.xform); // throws on XML that is not well formed
          const model = one(doc, 'model');
          const primary = model.children.find((c) => c.name === 'instance' && !c.attrs.id) as XNode;
          const root = primary.children[0];
          for (const [nodeset, attrs] of binds(doc)) {
            expect(resolves(root, nodeset), nodeset).toBe(true);
            for (const k of ['relevant', 'calculate']) {
              for (const m of (attrs[k] ?? '').matchAll(/ ((?:\/|\.\.\/)[^ ]+) /g)) expect(resolves(root, m[1], nodeset), `${nodeset} ${k} ${m[1]}`).toBe(true);
            }
          }
          for (const c of all(one(doc, 'h:body'), 'input').concat(all(one(doc, 'h:body'), 'select1'), all(one(doc, 'h:body'), 'group'))) {
            expect(resolves(root, c.attrs.ref), c.attrs.ref).toBe(true);
          }
          const owners = new Map<XNode, string>();
          const mark = (n: XNode, owner: string) => {
            const mine = n.name === 'text' ? n.attrs.id.replace(/:(label|hint)$/, '') : (n.attrs.ref ?? owner);
            for (const c of n.children) {
              if (c.name === 'output') owners.set(c, mine);
              mark(c, mine);
            }
          };
          mark(doc, '');
          for (const o of all(doc, 'output')) expect(resolves(root, o.attrs.value.trim(), owners.get(o)), o.attrs.value).toBe(true);
          for (const ref of all(doc, 'label')
            .map((l) => l.attrs.ref)
            .filter((x): x is string => !!x && x.startsWith("jr:itext('"))) {
            const id = ref.slice("jr:itext('".length, -2);
            for (const t of all(doc, 'translation'))
              expect(
                t.children.some((x) => x.attrs.id === id),
                id,
              ).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
