import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSurveyForm } from '../../../scripts/build-survey-forms.js';
import { all, binds, instancePaths, one, parseXml } from './xlsform.fixtures.js';
import { convertXlsForm } from './xlsform.service.js';

const dir = path.resolve(__dirname, '../../../data/surveys');

async function convertShipped(name: string) {
  const r = await convertXlsForm(fs.readFileSync(path.join(dir, name)), name);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r;
}

describe('the built-in survey of IT use in minority areas', () => {
  it('household form: converts without errors or warnings, in Vietnamese and English, picking the household from the register entity list', async () => {
    const r = await convertShipped('cntt-ho-gia-dinh.xlsx');
    expect(r.warnings).toEqual([]);
    expect(r.formId).toBe('cntt_ho_gia_dinh');
    expect(r.languages).toEqual(['Tiếng Việt (vi)', 'English (en)']);
    expect(r.defaultLanguage).toBe('Tiếng Việt (vi)');
    expect(r.entityList).toBe('households');
    expect(r.externalFiles).toEqual(['households.csv']);
    const doc = parseXml(r.xform);
    const paths = instancePaths(doc);
    for (const p of [
      '/data/thiet_bi/thiet_bi_co',
      '/data/song_di_dong/song_tai_nha',
      '/data/internet/co_internet',
      '/data/dich_vu_so/da_dung_dvc',
      '/data/dich_vu_so/mua_ban_truc_tuyen',
      '/data/thanh_vien/ky_nang',
      '/data/rao_can/rao_can_chinh',
      '/data/noi_dung/ngon_ngu_mong_muon',
      '/data/thong_tin_chung/dan_toc',
      '/data/thong_tin_chung/ma_xa',
    ]) {
      expect(paths, p).toContain(p);
    }
    expect(binds(doc).get('/data/thong_tin_chung/dan_toc')?.calculate).toBe("instance('households')/root/item[name= /data/thong_tin_chung/ho ]/ethnic");
    expect(binds(doc).get('/data/thanh_vien/ky_nang')?.relevant).toBe(' ../tuoi  >= 6');
    expect(one(doc, 'entity').attrs).toMatchObject({ dataset: 'households', update: '1' });
    // Every Vietnamese text is translated to English (no "-" left).
    for (const v of all(doc, 'value')) expect(v.text, v.text).not.toBe('-');
  });

  it('commune form: converts without errors, with the ethnic group list filled from data/ethnic-groups.csv', async () => {
    const r = await convertShipped('cntt-xa.xlsx');
    expect(r.warnings).toEqual([]);
    expect(r.formId).toBe('cntt_xa');
    expect(r.externalFiles).toEqual(['xa.csv']);
    const doc = parseXml(r.xform);
    const groups = fs.readFileSync(path.resolve(dir, '../ethnic-groups.csv'), 'utf8').trim().split('\n').length - 1;
    const list = one(doc, 'model').children.find((c) => c.name === 'instance' && c.attrs.id === 'dan_toc');
    expect(list?.children[0].children.length).toBe(groups);
    for (const p of ['/data/ha_tang/so_thon_co_4g', '/data/can_bo/co_can_bo_cntt', '/data/nguoi_uy_tin/co_dt_thong_minh', '/data/nguoi_uy_tin/mang_xa_hoi'])
      expect(instancePaths(doc)).toContain(p);
    expect(binds(doc).get('/data/ha_tang/so_thon_co_4g')?.constraint).toBe('. >= 0 and . <=  /data/thong_tin_chung/so_thon ');
  });

  it('the shipped workbooks are the ones the script builds from the sources', async () => {
    for (const name of ['cntt-ho-gia-dinh', 'cntt-xa']) {
      const built = await convertXlsForm(await buildSurveyForm(path.join(dir, `${name}.csv`)), `${name}.xlsx`);
      const shipped = await convertShipped(`${name}.xlsx`);
      expect(built.ok && built.xform, name).toBe(shipped.xform);
    }
  });
});
