import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../server/paths.js';
import { readCsvFile } from '../spreadsheets/csv-file.parse.js';
import { useTestApp } from '../../test/harness.js';

const shipped = readCsvFile<{ code: string; name: string }>(path.join(DATA_DIR, 'ethnic-groups.csv'));

describe('ethnic groups', () => {
  const s = useTestApp('lanhdao');

  it('lists every shipped group in official code order', async () => {
    const res = await s.as('lanhdao').get('/api/ethnic-groups');
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json();
    expect(total).toBe(shipped.length);
    expect(items.map((g: { code: string }) => g.code)).toEqual(shipped.map((r) => r.code).sort());
    expect(items[0]).toMatchObject({ code: '01', name: 'Kinh', isMinority: false });
  });

  it('finds a group by other names, ignoring diacritics, and keeps to minorities when asked', async () => {
    const byOther = (await s.as('lanhdao').get(`/api/ethnic-groups?q=${encodeURIComponent('viet')}`)).json();
    expect(byOther.items.map((g: { code: string }) => g.code)).toContain('01');
    const minorities = (await s.as('lanhdao').get('/api/ethnic-groups?minority=true')).json();
    expect(minorities.items.every((g: { isMinority: boolean }) => g.isMinority)).toBe(true);
    expect(minorities.items.map((g: { code: string }) => g.code)).not.toContain('01');
  });

  it('looks one group up by code', async () => {
    const res = await s.as('lanhdao').get('/api/ethnic-groups/02');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: '02', name: shipped.find((r) => r.code === '02')!.name, isMinority: true });
  });

  it('answers an unknown code with a 404 naming it, and a malformed one with a 400', async () => {
    const unknown = await s.as('lanhdao').get('/api/ethnic-groups/99', { 'accept-language': 'en' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('unknown_ethnic_group');
    expect(unknown.json().error.message).toContain('99');
    expect((await s.as('lanhdao').get('/api/ethnic-groups/abc')).statusCode).toBe(400);
  });
});
