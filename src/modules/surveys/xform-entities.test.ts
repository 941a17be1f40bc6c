import { describe, expect, it } from 'vitest';
import { xlsx } from '../xlsform/xlsform.fixtures.js';
import { convertXlsForm } from '../xlsform/xlsform.service.js';
import { parseSubmission, parseXForm } from './xform.parse.js';

describe('a form whose entity is declared inside a repeat', () => {
  it('reads its fields and keeps each repeat instance with its own entity block in the stored answers', async () => {
    const r = await convertXlsForm(
      await xlsx({
        survey: [
          ['type', 'name', 'label', 'save_to'],
          ['text', 'ho', 'Hộ', null],
          ['begin repeat', 'thanh_vien', 'Thành viên', null],
          ['text', 'ten', 'Tên', 'ten'],
          ['integer', 'tuoi', 'Tuổi', 'tuoi'],
          ['end repeat', null, null, null],
        ],
        entities: [
          ['list_name', 'label'],
          ['nguoi', '${ten}'],
        ],
        settings: [['form_id'], ['thanh_vien_ho']],
      }),
      'thanh_vien_ho.xlsx',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const parsed = parseXForm(r.xform);
    if (!parsed.ok) throw new Error(parsed.reason);
    const byPath = new Map(parsed.form.fields.map((f) => [f.path, f]));
    expect(byPath.get('/data/thanh_vien')?.type).toBe('repeat');
    expect(byPath.get('/data/thanh_vien/ten')?.repeat).toBe('/data/thanh_vien');
    // The entity block is metadata of each member, inside the repeat (not a question of the form).
    expect(byPath.get('/data/thanh_vien/meta/entity/label')?.repeat).toBe('/data/thanh_vien');
    expect(byPath.has('/data/meta/entity')).toBe(false);

    const repeats = new Set(parsed.form.fields.filter((f) => f.type === 'repeat').map((f) => f.path));
    const member = (ten: string, tuoi: number, id: string) =>
      `<thanh_vien><ten>${ten}</ten><tuoi>${tuoi}</tuoi><meta><entity dataset="nguoi" create="1" id="${id}"><label>${ten}</label></entity></meta></thanh_vien>`;
    const sub = parseSubmission(
      `<data id="thanh_vien_ho">${'<ho>H1</ho>'}${member('Lò Văn Sơn', 40, 'uuid:a')}${member('Lò Thị Mai', 12, 'uuid:b')}<meta><instanceID>uuid:x</instanceID></meta></data>`,
      repeats,
    );
    expect(sub.instanceId).toBe('uuid:x');
    expect(sub.data.thanh_vien).toEqual([
      { ten: 'Lò Văn Sơn', tuoi: '40', meta: { entity: { label: 'Lò Văn Sơn' } } },
      { ten: 'Lò Thị Mai', tuoi: '12', meta: { entity: { label: 'Lò Thị Mai' } } },
    ]);
  });
});
