import { SaxesParser } from 'saxes';
import { AppError } from '../../server/errors.js';
import type { ExportedValue } from './dhis2.export.js';
import type { InternalSet, PreConflict } from './dhis2.resolve.js';
import type { Dhis2Value } from './dhis2.schema.js';

export const DXF_NS = 'http://dhis2.org/schema/dxf/2.0';
export const ADX_NS = 'urn:ihe:qrph:adx:2015';
/** The most values one body may hold, as for JSON. */
export const MAX_VALUES = 100000;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
export const xmlAttrs = (o: Record<string, string | boolean | null | undefined>) =>
  Object.entries(o)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

/** Writes values as DHIS2's dxf2 dataValueSet XML. */
export function toDhis2Xml(values: ExportedValue[], dataSet?: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<dataValueSet xmlns="${DXF_NS}"${xmlAttrs({ dataSet })}>`];
  for (const v of values) {
    const { deleted, ...rest } = v;
    lines.push(`  <dataValue${xmlAttrs({ ...rest, followup: String(v.followup), deleted: deleted ? 'true' : undefined })}/>`);
  }
  lines.push('</dataValueSet>');
  return lines.join('\n') + '\n';
}

/** An element of a parsed XML body: local name, namespace, unprefixed attributes, children, text. */
export interface XmlNode {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** A parsed XML request body; a class so that a JSON body can never pass for one. */
export class XmlBody {
  constructor(readonly root: XmlNode) {}
}

/**
 * Parses an XML body into a tree. A DOCTYPE is refused (no DTD, so no entity expansion: an XML bomb
 * or an external entity cannot get through); only XML's five predefined entities and character
 * references are read. Errors are 400 with the reason and the line.
 */
export function parseXml(text: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  let count = 0;
  parser.on('doctype', () => {
    throw new AppError(400, 'dhis2_xml_doctype');
  });
  parser.on('opentag', (tag) => {
    if (++count > 2 * MAX_VALUES + 1000) throw new AppError(400, 'dhis2_too_many_values', { max: MAX_VALUES });
    // dxf2 and ADX nest three or four levels; deeper is not a data value set.
    if (stack.length >= 32) throw new AppError(400, 'dhis2_bad_xml', { reason: 'nesting deeper than 32' });
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (!a.prefix && a.local !== 'xmlns') attrs[a.local] = a.value;
    const node: XmlNode = { name: tag.local, ns: tag.uri, attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  // saxes reports a close for every open, self-closing tags included.
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top && top.text.length < 100000) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(400, 'dhis2_bad_xml', { reason: String((e as Error).message).slice(0, 200) });
  }
  if (!root) throw new AppError(400, 'dhis2_bad_xml', { reason: 'no root element' });
  return root;
}

/** Refuses a body whose root is not the one expected (`dataValueSet` in dxf2, or ADX's `adx`). */
export function expectRoot(root: XmlNode, kind: 'dxf' | 'adx') {
  const [name, ns] = kind === 'adx' ? ['adx', ADX_NS] : ['dataValueSet', DXF_NS];
  if (root.name !== name || (root.ns !== ns && root.ns !== '')) {
    throw new AppError(400, 'dhis2_xml_wrong_root', { expected: name, found: root.name !== name ? root.name : `${root.name} xmlns="${root.ns}"` });
  }
}

const truthy = (v: string | undefined) => v?.trim().toLowerCase() === 'true';

/**
 * Reads a dxf2 `<dataValueSet>`: the set's `dataSet`, `period`, `orgUnit`, `attributeOptionCombo`
 * apply to values that leave them out, as in JSON. Fields DHIS2 writes but we do not use (storedBy,
 * created, lastUpdated, followup, completeDate) are ignored. A `<dataValue>` without `dataElement`
 * is a conflict at its place.
 */
export function readDxf(root: XmlNode): { set: InternalSet; pre: Map<number, PreConflict> } {
  expectRoot(root, 'dxf');
  const a = root.attrs;
  const set: InternalSet = { dataValues: [] };
  for (const k of ['dataSet', 'period', 'orgUnit', 'attributeOptionCombo', 'completeDate'] as const) if (a[k]) set[k] = a[k];
  const pre = new Map<number, PreConflict>();
  for (const node of root.children) {
    if (node.name !== 'dataValue') continue;
    if (set.dataValues.length >= MAX_VALUES) throw new AppError(400, 'dhis2_too_many_values', { max: MAX_VALUES });
    const d = node.attrs;
    const v: Dhis2Value = { dataElement: d.dataElement ?? '' };
    if (!d.dataElement) pre.set(set.dataValues.length, { object: 'dataElement', code: 'dhis2_missing_field', params: { field: 'dataElement' } });
    for (const k of ['period', 'orgUnit', 'categoryOptionCombo', 'attributeOptionCombo', 'value', 'comment'] as const) if (d[k] !== undefined) v[k] = d[k];
    if (truthy(d.deleted)) v.deleted = true;
    set.dataValues.push(v);
  }
  return { set, pre };
}

/**
 * Writes a DHIS2 WebMessage (and the import summary or job it carries) as XML, for callers whose
 * Accept header asks for XML: scalar fields as elements, counts and conflicts as attributes.
 */
export function webMessageXml(msg: { httpStatus: string; httpStatusCode: number; status: string; message: string; response?: unknown }): string {
  const el = (name: string, v: unknown) => `<${name}>${escapeXml(String(v))}</${name}>`;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<webMessage xmlns="${DXF_NS}">`];
  out.push(
    `  ${el('httpStatus', msg.httpStatus)}`,
    `  ${el('httpStatusCode', msg.httpStatusCode)}`,
    `  ${el('status', msg.status)}`,
    `  ${el('message', msg.message)}`,
  );
  const r = msg.response as Record<string, unknown> | undefined;
  if (r) {
    out.push(`  <response${xmlAttrs({ responseType: typeof r.responseType === 'string' ? r.responseType : undefined })}>`);
    for (const [k, v] of Object.entries(r)) {
      if (k === 'responseType' || v === undefined || v === null) continue;
      if (k === 'importCount') out.push(`    <importCount${xmlAttrs(Object.fromEntries(Object.entries(v as object).map(([a, b]) => [a, String(b)])))}/>`);
      else if (k === 'importOptions') {
        const { idSchemes, ...rest } = v as Record<string, unknown>;
        out.push(`    <importOptions${xmlAttrs(Object.fromEntries(Object.entries(rest).map(([a, b]) => [a, String(b)])))}>`);
        out.push(`      <idSchemes${xmlAttrs(idSchemes as Record<string, string>)}/>`, '    </importOptions>');
      } else if (k === 'conflicts') {
        out.push('    <conflicts>');
        for (const c of v as { object: string; value: string; errorCode: string; property?: string; indexes: number[] }[])
          out.push(
            `      <conflict${xmlAttrs({ object: c.object, value: c.value, errorCode: c.errorCode, property: c.property })}>${c.indexes.map((i) => el('index', i)).join('')}</conflict>`,
          );
        out.push('    </conflicts>');
      } else if (k === 'rejectedIndexes') out.push(`    <rejectedIndexes>${(v as number[]).map((i) => el('index', i)).join('')}</rejectedIndexes>`);
      else out.push(`    ${el(k, v)}`);
    }
    out.push('  </response>');
  }
  out.push('</webMessage>');
  return out.join('\n') + '\n';
}
