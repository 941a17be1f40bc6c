// The places where our XForm once differed from pyxform's (found by scripts/compare-pyxform.ts on
// pyxform's own test forms), each checked on a form written for this project.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { binds, control, controls, instancePaths, itext, one, parseXml, type Sheets, secondary, xlsx, all } from './xlsform.fixtures.js';
import { convertXlsForm, type XlsFormResult } from './xlsform.service.js';

type Ok = Extract<XlsFormResult, { ok: true }>;

async function convert(sheets: Sheets): Promise<Ok> {
  const r = await convertXlsForm(await xlsx(sheets), 'khao_sat.xlsx');
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r;
}

const H = ['type', 'name', 'label'];
const childNames = (n: { children: { name: string }[] }) => n.children.map((c) => c.name);

describe('loop over a choice list', () => {
  it('becomes a group holding one group per choice (not "none"), with %(name)s and %(label)s filled', async () => {
    const r = await convert({
      survey: [
        [...H, 'label::English (en)', 'relevant'],
        ['select_multiple nguon', 'co_nguon', 'Nguồn nước nào có?', 'Which water sources?', null],
        ['begin loop over nguon', 'moi_nguon', 'Từng nguồn nước', 'Each source', null],
        ['integer', 'so_ho', 'Số hộ dùng %(label)s', 'Households using %(label)s', "selected(${co_nguon}, '%(name)s')"],
        ['end loop', null, null, null, null],
      ],
      choices: [
        ['list_name', 'name', 'label', 'label::English (en)'],
        ['nguon', 'gieng', 'Giếng', 'Well'],
        ['nguon', 'suoi', 'Suối', 'Stream'],
        ['nguon', 'none', 'Không có', 'None'],
      ],
    });
    const doc = parseXml(r.xform);
    expect(instancePaths(doc).filter((p) => p.includes('moi_nguon'))).toEqual([
      '/data/moi_nguon',
      '/data/moi_nguon/gieng',
      '/data/moi_nguon/gieng/so_ho',
      '/data/moi_nguon/suoi',
      '/data/moi_nguon/suoi/so_ho',
    ]);
    expect(binds(doc).get('/data/moi_nguon/suoi/so_ho')).toMatchObject({ type: 'int', relevant: "selected( /data/co_nguon , 'suoi')" });
    const t = itext(doc);
    expect(t.get('English (en)')?.get('/data/moi_nguon/suoi/so_ho:label')).toEqual({ long: 'Households using Stream' });
    expect(t.get('default')?.get('/data/moi_nguon/gieng/so_ho:label')).toEqual({ long: 'Số hộ dùng Giếng' });
    // Each choice's group is labelled with the choice.
    expect(t.get('English (en)')?.get('/data/moi_nguon/gieng:label')).toEqual({ long: 'Well' });
    expect(controls(doc)).toEqual([
      'select /data/co_nguon',
      'group /data/moi_nguon',
      'group /data/moi_nguon/gieng',
      'input /data/moi_nguon/gieng/so_ho',
      'group /data/moi_nguon/suoi',
      'input /data/moi_nguon/suoi/so_ho',
    ]);
  });

  it('fills placeholders in the rows of the loop itself only, as pyxform does', async () => {
    const r = await convert({
      survey: [
        H,
        ['begin_loop over vat', 'vat_nuoi', 'Vật nuôi'],
        ['begin group', 'chi_tiet', 'Chi tiết %(label)s'],
        ['integer', 'so_con', 'Số %(label)s'],
        ['end group', null, null],
        ['end_loop', null, null],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['vat', 'trau', 'Trâu'],
      ],
    });
    const doc = parseXml(r.xform);
    expect(one(control(doc, '/data/vat_nuoi/trau/chi_tiet'), 'label').text).toBe('Chi tiết Trâu');
    expect(one(control(doc, '/data/vat_nuoi/trau/chi_tiet/so_con'), 'label').text).toBe('Số %(label)s');
  });
});

describe('OpenStreetMap questions', () => {
  it('write an osm/* upload with the tags of their list from the osm sheet', async () => {
    const r = await convert({
      survey: [H, ['osm', 'duong', 'Đường'], ['osm nha_tags', 'nha', 'Nhà văn hoá']],
      osm: [
        ['list_name', 'name', 'label'],
        ['nha_tags', 'name', 'Tên'],
        ['nha_tags', 'building:levels', 'Số tầng'],
      ],
    });
    const doc = parseXml(r.xform);
    expect(binds(doc).get('/data/nha')).toEqual({ nodeset: '/data/nha', type: 'binary' });
    expect(control(doc, '/data/duong').attrs).toEqual({ ref: '/data/duong', mediatype: 'osm/*' });
    const tags = all(control(doc, '/data/nha'), 'tag');
    expect(tags.map((t) => [t.attrs.key, one(t, 'label').text])).toEqual([
      ['name', 'Tên'],
      ['building:levels', 'Số tầng'],
    ]);
    // The tag list is not a choice list of the form.
    expect(secondary(doc, 'nha_tags')).toBeUndefined();
  });
});

describe('instance, references and body as pyxform writes them', () => {
  it('writes a repeat inside a repeat once per copy: a template in the template, a plain node in the first copy', async () => {
    const r = await convert({
      survey: [
        H,
        ['begin repeat', 'thanh_vien', 'Thành viên'],
        ['text', 'ten', 'Tên'],
        ['begin repeat', 'dien_thoai', 'Điện thoại'],
        ['text', 'so', 'Số'],
        ['end repeat', null, null],
        ['end repeat', null, null],
      ],
    });
    expect(instancePaths(parseXml(r.xform))).toEqual([
      '/data',
      '/data/thanh_vien[template]',
      '/data/thanh_vien[template]/ten',
      '/data/thanh_vien[template]/dien_thoai[template]',
      '/data/thanh_vien[template]/dien_thoai[template]/so',
      '/data/thanh_vien',
      '/data/thanh_vien/ten',
      '/data/thanh_vien/dien_thoai',
      '/data/thanh_vien/dien_thoai/so',
      '/data/meta',
      '/data/meta/instanceID',
    ]);
  });

  it('makes a reference relative to the lowest group shared with its target inside a repeat', async () => {
    const r = await convert({
      survey: [
        [...H, 'relevant'],
        ['begin repeat', 'ho', 'Hộ', null],
        ['begin group', 'nha', 'Nhà', null],
        ['integer', 'so_phong', 'Số phòng', null],
        ['text', 'ghi_chu', 'Ghi chú', '${so_phong} > 2'],
        ['end group', null, null, null],
        ['text', 'khac', 'Khác', '${so_phong} > 0'],
        ['end repeat', null, null, null],
      ],
    });
    const b = binds(parseXml(r.xform));
    expect(b.get('/data/ho/nha/ghi_chu')?.relevant).toBe(' ../so_phong  > 2');
    expect(b.get('/data/ho/khac')?.relevant).toBe(' ../nha/so_phong  > 0');
  });

  it('labels repeats (empty when unlabelled) without hints, groups without hints, and gives a hint-only question an empty label', async () => {
    const r = await convert({
      survey: [
        [...H, 'hint'],
        ['begin repeat', 'r', null, 'không hiện'],
        ['text', 'a', null, 'Gợi ý'],
        ['end repeat', null, null, null],
        ['begin group', 'g', 'Nhóm', 'cũng không hiện'],
        ['text', 'b', 'B', null],
        ['end group', null, null, null],
      ],
    });
    const doc = parseXml(r.xform);
    const repeatGroup = control(doc, '/data/r');
    expect(childNames(repeatGroup)).toEqual(['label', 'repeat']);
    expect(one(repeatGroup, 'label').text).toBe('');
    expect(childNames(control(doc, '/data/g'))).toEqual(['label', 'input']);
    expect(childNames(control(doc, '/data/r/a'))).toEqual(['label', 'hint']);
  });

  it('writes or_other with "Other" in each language of the list, an inline "Specify other." and a relative relevant', async () => {
    const r = await convert({
      survey: [
        ['type', 'name', 'label::Tiếng Việt (vi)', 'label::English (en)'],
        ['select_one nghe or_other', 'nghe', 'Nghề chính', 'Main occupation'],
      ],
      choices: [
        ['list_name', 'name', 'label::Tiếng Việt (vi)', 'label::English (en)'],
        ['nghe', 'nong', 'Làm nông', 'Farming'],
      ],
    });
    expect(r.languages.sort()).toEqual(['English (en)', 'Tiếng Việt (vi)']);
    const doc = parseXml(r.xform);
    const t = itext(doc);
    expect(t.get('Tiếng Việt (vi)')?.get('nghe-1')).toEqual({ long: 'Other' });
    expect(t.get('English (en)')?.get('nghe-1')).toEqual({ long: 'Other' });
    expect(t.has('default')).toBe(false);
    expect(one(control(doc, '/data/nghe_other'), 'label').text).toBe('Specify other.');
    expect(binds(doc).get('/data/nghe_other')?.relevant).toBe("selected(../nghe, 'other')");
  });

  it('writes every list of the choices sheet, and audit before instanceID in meta', async () => {
    const r = await convert({
      survey: [H, ['audit', 'audit', null], ['text', 'a', 'A']],
      choices: [
        ['list_name', 'name', 'label'],
        ['chua_dung', 'x', 'X'],
      ],
    });
    const doc = parseXml(r.xform);
    expect(secondary(doc, 'chua_dung')).toBeDefined();
    expect(instancePaths(doc).slice(-3)).toEqual(['/data/meta', '/data/meta/audit', '/data/meta/instanceID']);
  });

  it('counts a repeat with a number through a generated read-only calculate', async () => {
    const r = await convert({
      survey: [
        [...H, 'repeat_count'],
        ['begin repeat', 'lan', 'Lần', '3'],
        ['text', 'a', 'A', null],
        ['end repeat', null, null, null],
      ],
    });
    const doc = parseXml(r.xform);
    expect(binds(doc).get('/data/lan_count')).toEqual({ nodeset: '/data/lan_count', type: 'string', readonly: 'true()', calculate: '3' });
    expect(one(control(doc, '/data/lan'), 'repeat').attrs['jr:count']).toBe(' /data/lan_count ');
  });

  it('knows the older types that bring their own constraint and hint', async () => {
    const r = await convert({ survey: [H, ['phone number', 'sdt', 'Số điện thoại'], ['percentage', 'ty_le', 'Tỷ lệ'], ['q int', 'n', 'N']] });
    const doc = parseXml(r.xform);
    const b = binds(doc);
    expect(b.get('/data/sdt')).toEqual({ nodeset: '/data/sdt', type: 'string', constraint: "regex(., '^\\d*$')" });
    expect(one(control(doc, '/data/sdt'), 'hint').text).toBe('Enter numbers only.');
    expect(b.get('/data/ty_le')).toMatchObject({ type: 'int', constraint: '0 <= . and . <= 100' });
    expect(b.get('/data/n')?.type).toBe('int');
  });
});

describe('parameters as pyxform writes them', () => {
  it('range ticks, placeholder and tick labels; geo allow-mock-accuracy; image app; background-audio quality only on its action', async () => {
    const r = await convert({
      survey: [
        [...H, 'parameters'],
        ['range', 'diem', 'Điểm', 'start=0 end=10 step=1 tick_interval=2 placeholder=5 tick_labelset=muc'],
        ['range', 'do', 'Độ', 'start=0 end=1 step=0.5'],
        ['geopoint', 'vi_tri', 'Vị trí', 'allow-mock-accuracy=true'],
        ['geoshape', 'ranh', 'Ranh giới', 'incremental=true'],
        ['image', 'anh', 'Ảnh', 'app=org.example.camera'],
        ['background-audio', 'ghi_am', null, 'quality=low'],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['muc', '0', 'Thấp'],
        ['muc', '10', 'Cao'],
      ],
    });
    const doc = parseXml(r.xform);
    const range = control(doc, '/data/diem');
    expect(range.attrs).toMatchObject({ start: '0', end: '10', step: '1', 'odk:tick-interval': '2', 'odk:placeholder': '5' });
    expect(one(range, 'itemset').attrs.nodeset).toBe("instance('muc')/root/item");
    const b = binds(doc);
    expect(b.get('/data/diem')?.type).toBe('int');
    expect(b.get('/data/do')?.type).toBe('decimal');
    expect(b.get('/data/vi_tri')?.['odk:allow-mock-accuracy']).toBe('true');
    expect(control(doc, '/data/ranh').attrs.incremental).toBe('true');
    expect(control(doc, '/data/anh').attrs.intent).toBe('org.example.camera');
    expect(b.get('/data/ghi_am')).toEqual({ nodeset: '/data/ghi_am', type: 'binary' });
    expect(one(doc, 'odk:recordaudio').attrs['odk:quality']).toBe('low');
  });

  it('a trigger on a question without calculation sets no value; a choice medium may name a question', async () => {
    const r = await convert({
      survey: [
        [...H, 'trigger'],
        ['text', 'a', 'A', null],
        ['dateTime', 'luc', 'Lúc', '${a}'],
        ['select_one am', 'b', 'B', null],
      ],
      choices: [
        ['list_name', 'name', 'label', 'audio'],
        ['am', 'x', 'X', '${a}.mp3'],
      ],
    });
    const doc = parseXml(r.xform);
    expect(one(control(doc, '/data/a'), 'setvalue').attrs).toEqual({ event: 'xforms-value-changed', ref: '/data/luc' });
    expect(r.xform).toContain('<value form="audio">jr://audio/<output value=" /data/a "/>.mp3</value>');
    expect(r.mediaFiles).toEqual([]);
  });
});

describe('table-list and references in predicates', () => {
  it('writes a table-list group as a field-list with a label note, a header row and list-nolabel selects', async () => {
    const r = await convert({
      survey: [
        [...H, 'appearance'],
        ['begin group', 'bang', 'Thiết bị trong nhà', 'table-list'],
        ['select_one cokhong', 'tivi', 'Ti vi', null],
        ['select_one cokhong', 'dien_thoai', 'Điện thoại', null],
        ['end group', null, null, null],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['cokhong', '1', 'Có'],
        ['cokhong', '0', 'Không'],
      ],
    });
    const doc = parseXml(r.xform);
    const group = control(doc, '/data/bang');
    expect(group.attrs.appearance).toBe('field-list');
    expect(childNames(group)).toEqual(['input', 'select1', 'select1', 'select1']);
    expect(one(control(doc, '/data/bang/generated_table_list_label_2'), 'label').text).toBe('Thiết bị trong nhà');
    expect(control(doc, '/data/bang/reserved_name_for_field_list_labels_3').attrs.appearance).toBe('label');
    expect(control(doc, '/data/bang/tivi').attrs.appearance).toBe('list-nolabel');
  });

  it('refuses a table-list whose selects use different lists, naming the row', async () => {
    const r = await convertXlsForm(
      await xlsx({
        survey: [
          [...H, 'appearance'],
          ['begin group', 'bang', 'Bảng', 'table-list'],
          ['select_one a', 'x', 'X', null],
          ['select_one b', 'y', 'Y', null],
          ['end group', null, null, null],
        ],
        choices: [
          ['list_name', 'name', 'label'],
          ['a', '1', 'Một'],
          ['b', '1', 'Một'],
        ],
      }),
      'bang.xlsx',
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        expect.objectContaining({
          sheet: 'survey',
          row: 4,
          column: 'type',
          message: expect.objectContaining({ vi: expect.stringMatching(/cùng một danh sách/) }),
        }),
      ]);
  });

  it('uses current() in every predicate of an expression reading an instance, and relative positions in indexed-repeat', async () => {
    const r = await convert({
      survey: [
        [...H, 'calculation'],
        ['begin repeat', 'r', 'R', null],
        ['integer', 'i', 'I', null],
        ['calculate', 'ten', null, "instance('ds')/root/item[name = ${i}][position() = ${i}]/label"],
        ['calculate', 'truoc', null, 'indexed-repeat(${i}, ${r}, ${i} - 1)'],
        ['end repeat', null, null, null],
      ],
    });
    const b = binds(parseXml(r.xform));
    expect(b.get('/data/r/ten')?.calculate).toBe("instance('ds')/root/item[name =  current()/../i ][position() =  current()/../i ]/label");
    expect(b.get('/data/r/truoc')?.calculate).toBe('indexed-repeat( /data/r/i ,  /data/r ,  ../i  - 1)');
  });
});

describe('search() appearances', () => {
  it('writes the choices inline as <item>s (label then value) and no instance for the list', async () => {
    const r = await convert({
      survey: [
        [...H, 'appearance', 'calculation'],
        ['select_one thuoc', 'thuoc', 'Thuốc đã dùng', "search('thuoc_ds', 'contains', 'ten', ${tu_khoa})", null],
        ['text', 'tu_khoa', 'Từ khoá', null, null],
        ['select_one nha', 'nha', 'Nhà', null, null],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['thuoc', 'ma', 'ten_thuoc'],
        ['thuoc', 'khac', 'Thuốc khác'],
        ['nha', '1', 'Nhà xây'],
      ],
    });
    const doc = parseXml(r.xform);
    const select = control(doc, '/data/thuoc');
    expect(select.attrs.appearance).toBe("search('thuoc_ds', 'contains', 'ten',  /data/tu_khoa )");
    expect(select.children.map((c) => c.name)).toEqual(['label', 'item', 'item']);
    expect(select.children[2].children.map((c) => `${c.name}=${c.text}`)).toEqual(['label=Thuốc khác', 'value=khac']);
    expect(all(select, 'itemset')).toEqual([]);
    expect(secondary(doc, 'thuoc')).toBeUndefined();
    // Other lists keep their instance and itemset; the search file is listed for the manifest.
    expect(secondary(doc, 'nha')).toBeDefined();
    expect(one(control(doc, '/data/nha'), 'itemset').attrs.nodeset).toBe("instance('nha')/root/item");
    expect(r.externalFiles).toContain('thuoc_ds.csv');
  });

  it('labels the items through itext when the list is translated, and leaves them empty when the question has no label', async () => {
    const r = await convert({
      survey: [
        ['type', 'name', 'label::Tiếng Việt (vi)', 'label::English (en)', 'appearance'],
        ['select_one c1', 'q1', 'Câu 1', 'Question 1', "search('tep')"],
        ['select_multiple c1', 'q2', 'Câu 2', 'Question 2', "search('tep', 'matches', 'cot', 'x')"],
      ],
      choices: [
        ['list_name', 'name', 'label::Tiếng Việt (vi)', 'label::English (en)'],
        ['c1', 'id', 'nhãn', 'label'],
      ],
    });
    const doc = parseXml(r.xform);
    for (const ref of ['/data/q1', '/data/q2']) {
      const items = all(control(doc, ref), 'item');
      expect(items.map((i) => [one(i, 'label').attrs.ref, one(i, 'value').text])).toEqual([["jr:itext('c1-0')", 'id']]);
    }
    expect(itext(doc).get('English (en)')?.get('c1-0')).toEqual({ long: 'label' });
    expect(itext(doc).get('Tiếng Việt (vi)')?.get('c1-0')).toEqual({ long: 'nhãn' });
    expect(secondary(doc, 'c1')).toBeUndefined();

    const noLabel = await convert({
      survey: [
        ['type', 'name', 'hint', 'appearance'],
        ['select_one c', 'q', 'Gợi ý', "search('tep')"],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['c', 'a', 'A'],
      ],
    });
    const item = one(control(parseXml(noLabel.xform), '/data/q'), 'item');
    expect(one(item, 'label')).toMatchObject({ text: '', attrs: {} });
  });

  it('refuses search() on a select from a file, and a list shared with a select without search()', async () => {
    const r = await convertXlsForm(
      await xlsx({
        survey: [
          [...H, 'appearance'],
          ['select_one_from_file ds.csv', 'tu_tep', 'Từ tệp', "search('ds')"],
          ['select_one c', 'co_search', 'Có search', "search('tep')"],
          ['select_one c', 'khong_search', 'Không search', null],
        ],
        choices: [
          ['list_name', 'name', 'label'],
          ['c', 'a', 'A'],
        ],
      }),
      'search.xlsx',
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.row, e.column, e.message.en])).toEqual([
        [2, 'appearance', expect.stringMatching(/"tu_tep" selects from a file/)],
        [3, 'appearance', expect.stringMatching(/"co_search" uses search\(\) with the list "c", which the question "khong_search" also uses/)],
      ]);
  });
});

describe('choice lists in a translated form', () => {
  it('keeps inline labels for a list written in the plain label column only, itext for a list with a translated label', async () => {
    const r = await convert({
      survey: [
        ['type', 'name', 'label', 'label::English (en)'],
        ['select_one c0', 'f', 'F', null],
        ['select_one c1', 'q1', 'Câu 1', 'Question 1'],
      ],
      choices: [
        ['list_name', 'name', 'label', 'label::English (en)', 'label::Français (fr)'],
        ['c0', 'n', 'l', null, null],
        ['c1', 'na', 'la', null, null],
        ['c1', 'nb', 'lb', 'lb-e', 'lb-f'],
      ],
    });
    const doc = parseXml(r.xform);
    const c0 = secondary(doc, 'c0') as NonNullable<ReturnType<typeof secondary>>;
    expect(one(c0, 'item').children.map((c) => `${c.name}=${c.text}`)).toEqual(['name=n', 'label=l']);
    expect(all(one(control(doc, '/data/f'), 'itemset'), 'label')[0].attrs.ref).toBe('label');
    const c1 = secondary(doc, 'c1') as NonNullable<ReturnType<typeof secondary>>;
    expect(all(c1, 'item')[0].children.map((c) => `${c.name}=${c.text}`)).toEqual(['itextId=c1-0', 'name=na']);
    expect(all(one(control(doc, '/data/q1'), 'itemset'), 'label')[0].attrs.ref).toBe('jr:itext(itextId)');
    const t = itext(doc);
    expect(t.get('default')?.get('c1-0')).toEqual({ long: 'la' });
    expect(t.get('English (en)')?.get('c1-0')).toEqual({ long: '-' });
    expect(t.get('Français (fr)')?.get('c1-1')).toEqual({ long: 'lb-f' });
    expect(t.get('default')?.has('c0-0')).toBe(false);
  });
});

describe('cells as pyxform reads them', () => {
  it('writes Excel date, date-time and time cells as Python prints them, counting serials before March 1900 as Excel does', async () => {
    const r = await convert({
      survey: [
        [...H, 'default'],
        ['date', 'ngay', 'Ngày', new Date(Date.UTC(2024, 0, 15))],
        ['date', 'ngay_dau', 'Ngày đầu', new Date(Date.UTC(1899, 11, 31))],
        ['time', 'gio', 'Giờ', new Date(Date.UTC(1899, 11, 30, 8, 30))],
      ],
      settings: [['version'], [new Date(Date.UTC(2022, 3, 11, 16, 26, 28, 971))]],
    });
    expect(r.version).toBe('2022-04-11 16:26:28.971000');
    const doc = parseXml(r.xform);
    const data = one(one(doc, 'instance'), 'data');
    expect(data.attrs.version).toBe('2022-04-11 16:26:28.971000');
    expect(Object.fromEntries(data.children.filter((c) => c.name !== 'meta').map((c) => [c.name, c.text]))).toEqual({
      ngay: '2024-01-15 00:00:00',
      ngay_dau: '1900-01-01 00:00:00',
      gio: '08:30:00',
    });
  });

  it('turns typographic quotes into plain ones and runs of spaces in survey cells into one (unless clean_text_values is no)', async () => {
    const sheets = (clean: string | null): Sheets => ({
      survey: [
        [...H, 'relevant', 'constraint_message'],
        ['text', 'ten', 'Tên  người   trả lời', null, null],
        ['integer', 'tuoi', 'Tuổi', '${ten} != ‘’', 'Nhập “số” tuổi'],
      ],
      ...(clean ? { settings: [['clean_text_values'], [clean]] } : {}),
    });
    const doc = parseXml((await convert(sheets(null))).xform);
    expect(binds(doc).get('/data/tuoi')).toMatchObject({ relevant: " /data/ten  != ''", 'jr:constraintMsg': 'Nhập "số" tuổi' });
    expect(one(control(doc, '/data/ten'), 'label').text).toBe('Tên người trả lời');
    const kept = parseXml((await convert(sheets('no'))).xform);
    expect(one(control(kept, '/data/ten'), 'label').text).toBe('Tên  người   trả lời');
    expect(binds(kept).get('/data/tuoi')?.relevant).toBe(" /data/ten  != ''");
  });

  it('writes noAppErrorString on the bind (itext when translated) and instance:: attributes of a repeat on its first copy only', async () => {
    const r = await convert({
      survey: [
        [...H, 'appearance', 'noAppErrorString', 'no_app_error_string::English (en)', 'instance::odk:tag'],
        ['integer', 'do_dac', 'Đo đạc', 'ex:org.app.Do', 'Không có ứng dụng', null, null],
        ['integer', 'do_lai', 'Đo lại', 'ex:org.app.Do', 'Chưa cài ứng dụng', 'App not installed', null],
        ['begin repeat', 'nguoi', 'Người', null, null, null, 'ng'],
        ['text', 'ho_ten', 'Họ tên', null, null, null, null],
        ['end repeat', null, null, null, null, null, null],
      ],
    });
    const doc = parseXml(r.xform);
    const b = binds(doc);
    expect(b.get('/data/do_dac')?.['jr:noAppErrorString']).toBe('Không có ứng dụng');
    expect(b.get('/data/do_lai')?.['jr:noAppErrorString']).toBe("jr:itext('/data/do_lai:jr:noAppErrorString')");
    expect(itext(doc).get('English (en)')?.get('/data/do_lai:jr:noAppErrorString')).toEqual({ long: 'App not installed' });
    const copies = all(one(one(doc, 'instance'), 'data'), 'nguoi');
    expect(copies.map((c) => c.attrs)).toEqual([{ 'jr:template': '' }, { 'odk:tag': 'ng' }]);
  });
});

describe('forms pyxform accepts as they are', () => {
  it('names a note without name after its row and an audit without name "audit"', async () => {
    const r = await convert({
      survey: [H, ['note', null, 'Cảm ơn'], ['audit', null, null], ['text', 'ten', 'Tên'], ['note', '', 'Hết']],
    });
    const doc = parseXml(r.xform);
    expect(instancePaths(doc)).toEqual([
      '/data',
      '/data/generated_note_name_2',
      '/data/ten',
      '/data/generated_note_name_5',
      '/data/meta',
      '/data/meta/audit',
      '/data/meta/instanceID',
    ]);
    expect(binds(doc).get('/data/generated_note_name_2')).toMatchObject({ readonly: 'true()' });
  });

  it('converts a form without questions to its metadata, with a warning', async () => {
    const r = await convert({ survey: [[...H, 'default']], settings: [['form_title'], ['Trống']] });
    expect(instancePaths(parseXml(r.xform))).toEqual(['/data', '/data/meta', '/data/meta/instanceID']);
    expect(r.warnings.map((w) => w.message.en)).toEqual(['The form has no questions']);
  });

  it('reads the only sheet of a workbook as the survey, whatever its name; a name given by a formula is its result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Trang1');
    ws.addRow(H);
    ws.addRow(['text', { formula: 'FALSE()', result: false }, 'Sai']);
    ws.addRow(['integer', 'so', { formula: '1-1', result: 0 }]);
    const r = await convertXlsForm(Buffer.from(await wb.xlsx.writeBuffer()), 'mot_trang.xlsx');
    expect(r.ok, JSON.stringify(r.ok ? null : r.errors)).toBe(true);
    if (!r.ok) return;
    const doc = parseXml(r.xform);
    expect(instancePaths(doc)).toEqual(['/data', '/data/FALSE', '/data/so', '/data/meta', '/data/meta/instanceID']);
    expect(one(control(doc, '/data/so'), 'label').text).toBe('0');
  });
});

describe('SMS columns and the last saved form', () => {
  it('writes compact_tag as odk:tag, a choice sms_option after its other columns, and accepts sms_field without a warning', async () => {
    const r = await convert({
      survey: [
        [...H, 'compact_tag', 'sms_field'],
        ['text', 'ten', 'Tên', 'n', 'TEN'],
        ['select_one gt', 'gioi', 'Giới', null, null],
      ],
      choices: [
        ['list_name', 'name', 'label', 'sms_option', 'nhom'],
        ['gt', 'nam', 'Nam', 'm', 'a'],
      ],
    });
    const doc = parseXml(r.xform);
    expect(one(one(doc, 'instance'), 'ten').attrs).toEqual({ 'odk:tag': 'n' });
    expect(one(secondary(doc, 'gt') as NonNullable<ReturnType<typeof secondary>>, 'item').children.map((c) => c.name)).toEqual([
      'name',
      'label',
      'nhom',
      'sms_option',
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('adds the __last-saved instance for a ${last-saved#…} in an expression or default, not for one only in a label', async () => {
    const labelOnly = await convert({ survey: [H, ['text', 'ten', 'Lần trước: ${last-saved#ten}']] });
    const doc = parseXml(labelOnly.xform);
    expect(secondary(doc, '__last-saved')).toBeUndefined();
    expect(one(control(doc, '/data/ten'), 'label').children[0].attrs.value).toBe(" instance('__last-saved')/data/ten ");
    const inDefault = await convert({
      survey: [
        [...H, 'default'],
        ['text', 'ten', 'Tên', '${last-saved#ten}'],
      ],
    });
    expect(secondary(parseXml(inDefault.xform), '__last-saved')?.attrs.src).toBe('jr://instance/last-saved');
  });
});
