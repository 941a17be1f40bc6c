import type { ExportedValue } from './dhis2.export.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
const attrs = (o: Record<string, string | boolean | null | undefined>) =>
  Object.entries(o)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');

/** Writes values as DHIS2's dxf2 dataValueSet XML. */
export function toDhis2Xml(values: ExportedValue[], dataSet?: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0"${attrs({ dataSet })}>`];
  for (const v of values) {
    const { deleted, ...rest } = v;
    lines.push(`  <dataValue${attrs({ ...rest, followup: String(v.followup), deleted: deleted ? 'true' : undefined })}/>`);
  }
  lines.push('</dataValueSet>');
  return lines.join('\n') + '\n';
}
