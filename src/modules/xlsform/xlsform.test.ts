import { describe, expect, it } from 'vitest';
import { binds, control, controls, csv, instancePaths, itext, one, parseXml, type Sheets, secondary, xlsx, all } from './xlsform.fixtures.js';
import { convertXlsForm, type XlsFormResult } from './xlsform.service.js';

type Ok = Extract<XlsFormResult, { ok: true }>;

async function convert(sheets: Sheets, fileName = 'test_form.xlsx'): Promise<Ok> {
  const r = await convertXlsForm(await xlsx(sheets), fileName);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r;
}

async function errorsOf(sheets: Sheets, fileName = 'bad.xlsx') {
  const r = await convertXlsForm(await xlsx(sheets), fileName);
  if (r.ok) throw new Error('converted without errors');
  return r.errors;
}

const H = ['type', 'name', 'label'];

describe('question types', () => {
  it('writes each type with its bind type, control and preload, as pyxform does', async () => {
    const r = await convert({
      survey: [
        [...H, 'parameters'],
        ['start', 'start', null],
        ['end', 'end', null],
        ['today', 'today', null],
        ['deviceid', 'deviceid', null],
        ['username', 'username', null],
        ['text', 'q_text', 'Text'],
        ['integer', 'q_int', 'Integer'],
        ['decimal', 'q_dec', 'Decimal'],
        ['date', 'q_date', 'Date'],
        ['time', 'q_time', 'Time'],
        ['datetime', 'q_dt', 'Date and time'],
        ['note', 'q_note', 'A note'],
        ['acknowledge', 'q_ack', 'OK?'],
        ['geopoint', 'q_point', 'Point'],
        ['geotrace', 'q_trace', 'Trace'],
        ['geoshape', 'q_shape', 'Shape'],
        ['image', 'q_image', 'Photo', 'max-pixels=1024'],
        ['audio', 'q_audio', 'Audio'],
        ['file', 'q_file', 'File'],
        ['barcode', 'q_barcode', 'Barcode'],
        ['range', 'q_range', 'Range', 'start=0 end=5 step=1'],
      ],
    });
    const doc = parseXml(r.xform);
    const b = binds(doc);
    const expected: Record<string, Record<string, string>> = {
      '/data/start': { type: 'dateTime', 'jr:preload': 'timestamp', 'jr:preloadParams': 'start' },
      '/data/end': { type: 'dateTime', 'jr:preload': 'timestamp', 'jr:preloadParams': 'end' },
      '/data/today': { type: 'date', 'jr:preload': 'date', 'jr:preloadParams': 'today' },
      '/data/deviceid': { type: 'string', 'jr:preload': 'property', 'jr:preloadParams': 'deviceid' },
      '/data/username': { type: 'string', 'jr:preload': 'property', 'jr:preloadParams': 'username' },
      '/data/q_text': { type: 'string' },
      '/data/q_int': { type: 'int' },
      '/data/q_dec': { type: 'decimal' },
      '/data/q_date': { type: 'date' },
      '/data/q_time': { type: 'time' },
      '/data/q_dt': { type: 'dateTime' },
      '/data/q_note': { type: 'string', readonly: 'true()' },
      '/data/q_ack': { type: 'string' },
      '/data/q_point': { type: 'geopoint' },
      '/data/q_trace': { type: 'geotrace' },
      '/data/q_shape': { type: 'geoshape' },
      '/data/q_image': { type: 'binary', 'orx:max-pixels': '1024' },
      '/data/q_audio': { type: 'binary' },
      '/data/q_file': { type: 'binary' },
      '/data/q_barcode': { type: 'barcode' },
      '/data/q_range': { type: 'int' },
      '/data/meta/instanceID': { type: 'string', readonly: 'true()', 'jr:preload': 'uid' },
    };
    for (const [path, attrs] of Object.entries(expected)) expect(b.get(path), path).toEqual({ nodeset: path, ...attrs });
    expect([...b.keys()].sort()).toEqual(Object.keys(expected).sort());
    // Metadata questions have no control.
    expect(controls(doc)).not.toContain('input /data/start');
  });

  it('puts controls in the body with pyxform tags and media types', async () => {
    const r = await convert({
      survey: [
        [...H, 'calculation', 'parameters'],
        ['start', 'start', null, null, null],
        ['text', 'a', 'A', null, null],
        ['note', 'n', 'N', null, null],
        ['acknowledge', 'ack', 'Ack', null, null],
        ['image', 'img', 'Image', null, null],
        ['audio', 'aud', 'Audio', null, null],
        ['video', 'vid', 'Video', null, null],
        ['file', 'f', 'File', null, null],
        ['range', 'r', 'Range', null, 'start=0 end=10 step=0.5'],
        ['calculate', 'c', null, '1 + 1', null],
      ],
    });
    const doc = parseXml(r.xform);
    expect(controls(doc)).toEqual([
      'input /data/a',
      'input /data/n',
      'trigger /data/ack',
      'upload /data/img',
      'upload /data/aud',
      'upload /data/vid',
      'upload /data/f',
      'range /data/r',
    ]);
    expect(control(doc, '/data/img').attrs.mediatype).toBe('image/*');
    expect(control(doc, '/data/aud').attrs.mediatype).toBe('audio/*');
    expect(control(doc, '/data/vid').attrs.mediatype).toBe('video/*');
    expect(control(doc, '/data/f').attrs.mediatype).toBe('application/*');
    expect(control(doc, '/data/r').attrs).toMatchObject({ start: '0', end: '10', step: '0.5' });
    expect(binds(doc).get('/data/r')?.type).toBe('decimal');
    expect(binds(doc).get('/data/c')).toEqual({ nodeset: '/data/c', type: 'string', calculate: '1 + 1' });
    expect(one(doc, 'label').text).toBe('A');
    expect(instancePaths(doc)).toEqual([
      '/data',
      '/data/start',
      '/data/a',
      '/data/n',
      '/data/ack',
      '/data/img',
      '/data/aud',
      '/data/vid',
      '/data/f',
      '/data/r',
      '/data/c',
      '/data/meta',
      '/data/meta/instanceID',
    ]);
    expect(doc.name).toBe('h:html');
    expect(doc.attrs).toMatchObject({
      xmlns: 'http://www.w3.org/2002/xforms',
      'xmlns:h': 'http://www.w3.org/1999/xhtml',
      'xmlns:jr': 'http://openrosa.org/javarosa',
      'xmlns:odk': 'http://www.opendatakit.org/xforms',
      'xmlns:orx': 'http://openrosa.org/xforms',
    });
    expect(one(doc, 'model').attrs['odk:xforms-version']).toBe('1.0.0');
  });

  it('binds relevant, constraint, required and their messages, read_only and defaults', async () => {
    const r = await convert({
      survey: [
        [...H, 'relevant', 'constraint', 'constraint_message', 'required', 'required_message', 'read_only', 'default', 'hint', 'guidance_hint', 'appearance'],
        ['integer', 'age', 'Age', null, '. >= 0 and . < 120', 'Between 0 and 119', 'yes', 'Needed', null, '30', 'Years', 'Ask the person', 'numbers'],
        ['text', 'job', 'Job', '${age} >= 15', null, null, 'no', null, 'TRUE', null, null, null, null],
        ['date', 'seen', 'Seen', null, null, null, null, null, null, 'today()', null, null, null],
      ],
    });
    const doc = parseXml(r.xform);
    const b = binds(doc);
    expect(b.get('/data/age')).toEqual({
      nodeset: '/data/age',
      type: 'int',
      constraint: '. >= 0 and . < 120',
      required: 'true()',
      'jr:constraintMsg': 'Between 0 and 119',
      'jr:requiredMsg': 'Needed',
    });
    expect(b.get('/data/job')).toEqual({ nodeset: '/data/job', type: 'string', relevant: ' /data/age  >= 15', required: 'false()', readonly: 'true()' });
    // Static default in the instance, dynamic default as a setvalue on first load.
    const data = one(one(doc, 'instance'), 'data');
    expect(data.children.find((c) => c.name === 'age')?.text).toBe('30');
    expect(data.children.find((c) => c.name === 'seen')?.text).toBe('');
    const sv = all(one(doc, 'model'), 'setvalue');
    expect(sv.map((s) => s.attrs)).toEqual([{ event: 'odk-instance-first-load', ref: '/data/seen', value: 'today()' }]);
    expect(control(doc, '/data/age').attrs.appearance).toBe('numbers');
    // A guidance hint goes through itext: the hint and its guidance form.
    const tr = itext(doc);
    expect(tr.get('default')?.get('/data/age:hint')).toEqual({ long: 'Years', guidance: 'Ask the person' });
    expect(one(control(doc, '/data/age'), 'hint').attrs.ref).toBe("jr:itext('/data/age:hint')");
  });

  it('tells constant defaults from computed ones as pyxform does', async () => {
    const r = await convert({
      survey: [
        [...H, 'default'],
        ['text', 'who', 'Who', 'Nguyễn Văn A (chủ hộ)'],
        ['date', 'born', 'Born', '2000-01-31'],
        ['integer', 'n', 'N', '-1'],
        ['integer', 'm', 'M', '${n} - 1'],
        ['text', 'code', 'Code', "concat('x', 'y')"],
      ],
    });
    const doc = parseXml(r.xform);
    const data = one(one(doc, 'instance'), 'data');
    expect(Object.fromEntries(data.children.map((c) => [c.name, c.text]))).toMatchObject({
      who: 'Nguyễn Văn A (chủ hộ)',
      born: '2000-01-31',
      n: '-1',
      m: '',
      code: '',
    });
    expect(all(one(doc, 'model'), 'setvalue').map((s) => [s.attrs.ref, s.attrs.value])).toEqual([
      ['/data/m', ' /data/n  - 1'],
      ['/data/code', "concat('x', 'y')"],
    ]);
  });

  it('moves a triggered calculation into a setvalue on the trigger question', async () => {
    const r = await convert({
      survey: [
        [...H, 'calculation', 'trigger'],
        ['integer', 'n', 'N', null, null],
        ['dateTime', 'n_changed', null, 'now()', '${n}'],
      ],
    });
    const doc = parseXml(r.xform);
    expect(binds(doc).get('/data/n_changed')).toEqual({ nodeset: '/data/n_changed', type: 'dateTime' });
    const sv = one(control(doc, '/data/n'), 'setvalue');
    expect(sv.attrs).toEqual({ event: 'xforms-value-changed', ref: '/data/n_changed', value: 'now()' });
  });
});

describe('workbooks as people write them', () => {
  it('accepts sheet names in any case, headers with languages, spaces and line breaks, legacy type spellings, and ignores extra sheets', async () => {
    const r = await convert({
      SURVEY: [
        [
          'Type ',
          'Name',
          'Label::Tiếng Việt (vi)',
          'label:English',
          'Constraint\nmessage::Tiếng Việt (vi)',
          'constraint',
          'bind::odk:length',
          'body::rows',
          'instance::odk:tag',
        ],
        ['select one from yn', 'a', 'Có không?', 'Yes or no?', null, null, null, null, 'x'],
        ['select all that apply from yn', 'b', 'Chọn nhiều', 'Pick many', null, null, null, null, null],
        ['Select_one yn', 'c', 'Chọn một', 'Pick one', null, null, null, null, null],
        ['select_one yn or_other', 'd', 'Hoặc khác', 'Or other', null, null, null, null, null],
        ['text', 'e', 'Chữ', 'Text', 'Quá dài', 'string-length(.) < 10', '0 10', '3', null],
      ],
      Choices: [
        ['List_Name', 'Name', 'Label::Tiếng Việt (vi)', 'label:English'],
        ['yn', 'yes', 'Có', 'Yes'],
        ['yn', 'no', 'Không', 'No'],
      ],
      SETTINGS: [
        ['form_title', 'form_id', 'default_language'],
        ['Thử', 'thu', 'Tiếng Việt (vi)'],
      ],
      'Ghi chú': [['anything'], ['ignored']],
    });
    expect(r.languages).toEqual(['Tiếng Việt (vi)', 'English']);
    expect(r.defaultLanguage).toBe('Tiếng Việt (vi)');
    expect(r.warnings.map((w) => w.row)).toEqual([5]); // or_other with translations
    const doc = parseXml(r.xform);
    expect(controls(doc)).toEqual(['select1 /data/a', 'select /data/b', 'select1 /data/c', 'select1 /data/d', 'input /data/d_other', 'input /data/e']);
    expect(binds(doc).get('/data/d_other')).toEqual({ nodeset: '/data/d_other', type: 'string', relevant: "selected(../d, 'other')" });
    expect(binds(doc).get('/data/e')).toMatchObject({ 'odk:length': '0 10', 'jr:constraintMsg': "jr:itext('/data/e:jr:constraintMsg')" });
    expect(control(doc, '/data/e').attrs.rows).toBe('3');
    const data = one(one(doc, 'instance'), 'data');
    expect(data.children.find((c) => c.name === 'a')?.attrs['odk:tag']).toBe('x');
    // The "other" choice joins the list; every language has every text ("-" when missing).
    const yn = secondary(doc, 'yn');
    expect(all(yn as never, 'name').map((n) => n.text)).toEqual(['yes', 'no', 'other']);
    const tr = itext(doc);
    expect(tr.get('Tiếng Việt (vi)')?.get('yn-1')).toEqual({ long: 'Không' });
    expect(tr.get('English')?.get('yn-0')).toEqual({ long: 'Yes' });
    expect(tr.get('English')?.get('/data/e:jr:constraintMsg')).toEqual({ long: '-' });
    expect(one(one(doc, 'translation'), 'text').attrs).toBeDefined();
    expect(all(doc, 'translation').find((t) => t.attrs.default === 'true()')?.attrs.lang).toBe('Tiếng Việt (vi)');
  });

  it('reads the XLSForm CSV layout into the same XForm as the workbook', async () => {
    const sheets: Sheets = {
      survey: [
        [...H, 'relevant'],
        ['integer', 'n', 'Số người', null],
        ['begin_repeat', 'p', 'Người', null],
        ['text', 'name', 'Tên', '${n} > 0'],
        ['end_repeat', null, null, null],
      ],
      settings: [
        ['form_id', 'version'],
        ['csv_form', '7'],
      ],
    };
    const a = await convert(sheets, 'x.xlsx');
    const b = await convertXlsForm(csv(sheets), 'x.csv');
    expect(b.ok).toBe(true);
    if (b.ok) expect(b.xform).toBe(a.xform);
    expect(a.version).toBe('7');
  });

  it('leaves out disabled rows and groups, and merges the automatic meta children into a meta group of the form', async () => {
    const r = await convert({
      survey: [
        [...H, 'disabled'],
        ['text', 'a', 'A', null],
        ['text', 'b', 'B', 'yes'],
        ['begin group', 'g', 'G', 'TRUE'],
        ['text', 'c', 'C', null],
        ['begin repeat', 'r', 'R', null],
        ['text', 'd', 'D', null],
        ['end repeat', null, null, null],
        ['end group', null, null, null],
        ['begin group', 'meta', null, null],
        ['deviceid', 'deviceID', null, null],
        ['end group', null, null, null],
      ],
    });
    expect(instancePaths(parseXml(r.xform))).toEqual(['/data', '/data/a', '/data/meta', '/data/meta/deviceID', '/data/meta/instanceID']);
  });

  it('uses current() for references inside a choice filter within a repeat', async () => {
    const r = await convert({
      survey: [
        [...H, 'choice_filter'],
        ['begin repeat', 'farm', 'Farm', null],
        ['select_one crop', 'crop', 'Crop', null],
        ['select_one variety', 'variety', 'Variety', 'crop=${crop}'],
        ['end repeat', null, null, null],
      ],
      choices: [
        ['list_name', 'name', 'label', 'crop'],
        ['crop', 'rice', 'Lúa', null],
        ['variety', 'bc15', 'BC15', 'rice'],
      ],
    });
    expect(one(control(parseXml(r.xform), '/data/farm/variety'), 'itemset').attrs.nodeset).toBe("instance('variety')/root/item[crop= current()/../crop ]");
  });

  it('warns about a column it does not know (a misspelt relevant) and ignores it', async () => {
    const r = await convert({
      survey: [
        [...H, 'relevent', '_notes'],
        ['text', 'a', 'A', '1 = 2', 'mine'],
      ],
    });
    expect(r.warnings).toEqual([
      {
        sheet: 'survey',
        row: 1,
        column: 'relevent',
        message: { vi: 'Cột "relevent" không được dùng và bị bỏ qua', en: 'The column "relevent" is not used and is ignored' },
      },
    ]);
    expect(binds(parseXml(r.xform)).get('/data/a')).toEqual({ nodeset: '/data/a', type: 'string' });
  });

  it('reads KoboToolbox exports: $autoname and $autovalue when name is empty, $kuid ignored', async () => {
    const r = await convert({
      survey: [
        ['type', 'name', 'label', '$kuid', '$autoname'],
        ['select_one yn', null, 'Có điện thoại?', 'k1', 'co_dien_thoai'],
      ],
      choices: [
        ['list_name', 'name', 'label', '$kuid', '$autovalue'],
        ['yn', null, 'Có', 'k2', 'co'],
        ['yn', 'khong', 'Không', 'k3', 'khong'],
      ],
    });
    expect(r.warnings).toEqual([]);
    const doc = parseXml(r.xform);
    expect(controls(doc)).toEqual(['select1 /data/co_dien_thoai']);
    expect(all(secondary(doc, 'yn') as never, 'item').map((i) => i.children.map((c) => c.name).join(','))).toEqual(['name,label', 'name,label']);
    expect(all(secondary(doc, 'yn') as never, 'name').map((n) => n.text)).toEqual(['co', 'khong']);
  });

  it('names the form after the file when settings give no form_id', async () => {
    const r = await convert({ survey: [H, ['text', 'a', 'A']] }, 'Khảo sát hộ 2026.xlsx');
    expect(r.formId).toBe('Khảo_sát_hộ_2026');
    expect(r.title).toBe('Khảo_sát_hộ_2026');
    expect(one(parseXml(r.xform), 'data').attrs).toEqual({ id: 'Khảo_sát_hộ_2026' });
  });
});

describe('choice lists', () => {
  it('writes secondary instances, cascades with choice_filter, rank and inline labels', async () => {
    const r = await convert({
      survey: [
        [...H, 'choice_filter', 'parameters'],
        ['select_one province', 'province', 'Province', null, null],
        ['select_one district', 'district', 'District', 'province=${province}', null],
        ['rank', 'priorities', 'Rank', null, null],
        ['select_multiple priority', 'pick', 'Pick', null, 'randomize=true'],
      ],
      choices: [
        ['list_name', 'name', 'label', 'province'],
        ['province', 'hb', 'Hòa Bình', null],
        ['province', 'sl', 'Sơn La', null],
        ['district', 'ls', 'Lương Sơn', 'hb'],
        ['district', 'mc', 'Mộc Châu', 'sl'],
        ['priority', 'net', 'Internet', null],
        ['priority', 'road', 'Road', null],
        ['unused', 'x', 'X', null],
      ],
    });
    const doc = parseXml(r.xform);
    const d = secondary(doc, 'district');
    expect(d?.children[0].children[1].children.map((c) => [c.name, c.text])).toEqual([
      ['name', 'mc'],
      ['label', 'Mộc Châu'],
      ['province', 'sl'],
    ]);
    // Every list of the choices sheet is written, used or not (as pyxform does).
    expect(secondary(doc, 'unused')).toBeDefined();
    expect(one(control(doc, '/data/district'), 'itemset').attrs.nodeset).toBe("instance('district')/root/item[province= /data/province ]");
    expect(one(control(doc, '/data/province'), 'itemset').children.map((c) => c.attrs)).toEqual([{ ref: 'name' }, { ref: 'label' }]);
    expect(control(doc, '/data/priorities').name).toBe('odk:rank');
    expect(binds(doc).get('/data/priorities')?.type).toBe('odk:rank');
    expect(one(control(doc, '/data/pick'), 'itemset').attrs.nodeset).toBe("randomize(instance('priority')/root/item)");
  });

  it('lists external files: select_one_external, select_one_from_file, pulldata, csv-external', async () => {
    const r = await convert({
      survey: [
        [...H, 'choice_filter', 'calculation'],
        ['select_one province', 'province', 'Province', null, null],
        ['select_one_external commune', 'commune', 'Commune', 'province=${province}', null],
        ['select_one_from_file households.csv', 'hh', 'Household', null, null],
        ['select_multiple_from_file places.geojson', 'place', 'Place', null, null],
        ['calculate', 'size', null, null, "pulldata('household_sizes', 'size', 'id', ${hh})"],
        ['csv-external', 'villages', null, null, null],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['province', 'hb', 'Hòa Bình'],
      ],
      external_choices: [
        ['list_name', 'name', 'label', 'province'],
        ['commune', 'tl', 'Tân Lạc', 'hb'],
      ],
    });
    expect(new Set(r.externalFiles)).toEqual(new Set(['itemsets.csv', 'households.csv', 'places.geojson', 'household_sizes.csv', 'villages.csv']));
    const doc = parseXml(r.xform);
    expect(control(doc, '/data/commune').attrs.query).toBe("instance('commune')/root/item[province= /data/province ]");
    expect(secondary(doc, 'households')?.attrs.src).toBe('jr://file-csv/households.csv');
    expect(secondary(doc, 'places')?.attrs.src).toBe('jr://file/places.geojson');
    expect(secondary(doc, 'household_sizes')?.attrs.src).toBe('jr://file-csv/household_sizes.csv');
    expect(secondary(doc, 'villages')?.attrs.src).toBe('jr://file-csv/villages.csv');
    expect(one(control(doc, '/data/place'), 'itemset').children.map((c) => c.attrs.ref)).toEqual(['id', 'title']);
    expect(instancePaths(doc)).not.toContain('/data/villages');
  });
});

describe('groups and repeats', () => {
  const survey: Sheets = {
    survey: [
      [...H, 'relevant', 'calculation', 'repeat_count', 'appearance'],
      ['integer', 'members', 'Members', null, null, null, null],
      ['begin group', 'household', 'Household', null, null, null, 'field-list'],
      ['text', 'head', 'Head', null, null, null, null],
      ['end group', null, null, null, null, null, null],
      ['begin repeat', 'person', 'Person', null, null, '${members}', null],
      ['text', 'pname', 'Name', null, null, null, null],
      ['integer', 'age', 'Age', null, null, null, null],
      ['begin group', 'work', 'Work', '${age} >= 15', null, null, null],
      ['text', 'job', 'Job for ${pname}', '${age} > 0', null, null, null],
      ['end group', null, null, null, null, null, null],
      ['begin repeat', 'phone', 'Phone', null, null, '${age} div 10 + 1', null],
      ['text', 'number', 'Number', "${pname} != '' and ${head} != ''", null, null, null],
      ['end repeat', null, null, null, null, null, null],
      ['end repeat', null, null, null, null, null, null],
      ['calculate', 'adults', null, null, 'count(${age}[. >= 18])', null, null],
    ],
  };

  it('nests the instance with repeat templates and meta last', async () => {
    const doc = parseXml((await convert(survey)).xform);
    expect(instancePaths(doc)).toEqual([
      '/data',
      '/data/members',
      '/data/household',
      '/data/household/head',
      '/data/person[template]',
      '/data/person[template]/pname',
      '/data/person[template]/age',
      '/data/person[template]/work',
      '/data/person[template]/work/job',
      '/data/person[template]/phone_count',
      '/data/person[template]/phone[template]',
      '/data/person[template]/phone[template]/number',
      '/data/person',
      '/data/person/pname',
      '/data/person/age',
      '/data/person/work',
      '/data/person/work/job',
      '/data/person/phone_count',
      '/data/person/phone',
      '/data/person/phone/number',
      '/data/adults',
      '/data/meta',
      '/data/meta/instanceID',
    ]);
  });

  it('writes relative references inside repeats and absolute ones outside, as pyxform does', async () => {
    const doc = parseXml((await convert(survey)).xform);
    const b = binds(doc);
    expect(b.get('/data/person/work')).toEqual({ nodeset: '/data/person/work', relevant: ' ../age  >= 15' });
    expect(b.get('/data/person/work/job')?.relevant).toBe(' ../../age  > 0');
    expect(b.get('/data/person/phone/number')?.relevant).toBe(" ../../pname  != '' and  /data/household/head  != ''");
    expect(b.get('/data/person/phone_count')).toEqual({
      nodeset: '/data/person/phone_count',
      type: 'string',
      readonly: 'true()',
      calculate: ' ../age  div 10 + 1',
    });
    expect(b.get('/data/adults')?.calculate).toBe('count( /data/person/age [. >= 18])');
    expect(one(control(doc, '/data/person'), 'repeat').attrs).toEqual({ nodeset: '/data/person', 'jr:count': ' /data/members ' });
    expect(all(doc, 'repeat').find((x) => x.attrs.nodeset === '/data/person/phone')?.attrs['jr:count']).toBe(' ../phone_count ');
    expect(control(doc, '/data/household').attrs.appearance).toBe('field-list');
    expect((await convert(survey)).xform).toContain('Job for <output value=" ../../pname "/>');
    expect(controls(doc)).toEqual([
      'input /data/members',
      'group /data/household',
      'input /data/household/head',
      'group /data/person',
      'repeat /data/person',
      'input /data/person/pname',
      'input /data/person/age',
      'group /data/person/work',
      'input /data/person/work/job',
      'group /data/person/phone',
      'repeat /data/person/phone',
      'input /data/person/phone/number',
    ]);
  });

  it('adds a new-repeat setvalue for a dynamic default inside a repeat', async () => {
    const doc = parseXml(
      (
        await convert({
          survey: [
            [...H, 'default'],
            ['begin repeat', 'visit', 'Visit', null],
            ['date', 'when', 'When', 'today()'],
            ['end repeat', null, null, null],
          ],
        })
      ).xform,
    );
    expect(one(one(doc, 'repeat'), 'setvalue').attrs).toEqual({ event: 'odk-new-repeat', ref: '/data/visit/when', value: 'today()' });
    expect(one(one(doc, 'model'), 'setvalue').attrs.event).toBe('odk-instance-first-load');
  });
});

describe('translations and media', () => {
  it('writes itext for every language, "-" where a translation is missing, media with jr:// URIs', async () => {
    const r = await convert({
      survey: [
        ['type', 'name', 'label', 'label::English (en)', 'hint::English (en)', 'image', 'audio::English (en)'],
        ['text', 'a', 'Tên', 'Name', 'Full name', 'name.png', 'name-en.mp3'],
        ['select_one yn', 'b', 'Đồng ý?', null, null, null, null],
      ],
      choices: [
        ['list_name', 'name', 'label', 'label::English (en)', 'image'],
        ['yn', '1', 'Có', 'Yes', 'yes.png'],
        ['yn', '0', 'Không', 'No', null],
      ],
      settings: [
        ['default_language', 'instance_name'],
        ['Tiếng Việt (vi)', "concat('Hộ ', ${a})"],
      ],
    });
    expect(r.languages).toEqual(['Tiếng Việt (vi)', 'English (en)']);
    expect(new Set(r.mediaFiles)).toEqual(new Set(['name.png', 'name-en.mp3', 'yes.png']));
    const doc = parseXml(r.xform);
    const tr = itext(doc);
    expect(tr.get('Tiếng Việt (vi)')?.get('/data/a:label')).toEqual({ long: 'Tên', image: 'jr://images/name.png' });
    expect(tr.get('English (en)')?.get('/data/a:label')).toEqual({ long: 'Name', audio: 'jr://audio/name-en.mp3' });
    expect(tr.get('Tiếng Việt (vi)')?.get('/data/a:hint')).toEqual({ long: '-' });
    // A question whose label names no language is labelled inline, as pyxform decides per question.
    expect(tr.get('English (en)')?.get('/data/b:label')).toBeUndefined();
    expect(one(control(doc, '/data/b'), 'label').text).toBe('Đồng ý?');
    expect(tr.get('Tiếng Việt (vi)')?.get('yn-0')).toEqual({ long: 'Có', image: 'jr://images/yes.png' });
    expect(one(control(doc, '/data/b'), 'itemset').children[1].attrs.ref).toBe('jr:itext(itextId)');
    expect(binds(doc).get('/data/meta/instanceName')).toEqual({ nodeset: '/data/meta/instanceName', type: 'string', calculate: "concat('Hộ ',  /data/a )" });
    expect(instancePaths(doc).slice(-3)).toEqual(['/data/meta', '/data/meta/instanceID', '/data/meta/instanceName']);
  });
});

describe('entities', () => {
  it('declares an entity created by the form, with the entities namespace and version', async () => {
    const r = await convert({
      survey: [
        [...H, 'save_to'],
        ['text', 'tree', 'Tree', 'species'],
        ['integer', 'height', 'Height', 'height'],
      ],
      entities: [
        ['list_name', 'label'],
        ['trees', "concat(${tree}, ' ', ${height})"],
      ],
    });
    expect(r.entityList).toBe('trees');
    const doc = parseXml(r.xform);
    expect(doc.attrs['xmlns:entities']).toBe('http://www.opendatakit.org/xforms/entities');
    expect(one(doc, 'model').attrs['entities:entities-version']).toBe('2024.1.0');
    expect(one(doc, 'entity').attrs).toEqual({ dataset: 'trees', create: '1', id: '' });
    const b = binds(doc);
    expect(b.get('/data/tree')?.['entities:saveto']).toBe('species');
    expect(b.get('/data/meta/entity/@id')).toEqual({ nodeset: '/data/meta/entity/@id', type: 'string', readonly: 'true()' });
    expect(b.get('/data/meta/entity/label')?.calculate).toBe("concat( /data/tree , ' ',  /data/height )");
    expect(all(one(doc, 'model'), 'setvalue').map((s) => s.attrs)).toEqual([
      { event: 'odk-instance-first-load', ref: '/data/meta/entity/@id', value: 'uuid()' },
    ]);
  });

  it('declares an entity the form updates, picked from the dataset', async () => {
    const r = await convert({
      survey: [
        [...H, 'save_to'],
        ['select_one_from_file households.csv', 'hh', 'Household', null],
        ['integer', 'members', 'Members', 'members'],
      ],
      entities: [
        ['list_name', 'entity_id', 'update_if'],
        ['households', '${hh}', '${members} > 0'],
      ],
    });
    expect(r.entityList).toBe('households');
    const doc = parseXml(r.xform);
    expect(one(doc, 'entity').attrs).toEqual({ dataset: 'households', update: '1', baseVersion: '', trunkVersion: '', branchId: '', id: '' });
    const b = binds(doc);
    expect(b.get('/data/meta/entity/@id')?.calculate).toBe(' /data/hh ');
    expect(b.get('/data/meta/entity/@update')?.calculate).toBe(' /data/members  > 0');
    expect(b.get('/data/meta/entity/@baseVersion')?.calculate).toBe("instance('households')/root/item[name= /data/hh ]/__version");
  });

  it('declares an entity inside the repeat its save_to questions are in: one per repeat instance (spec 2025.1)', async () => {
    const r = await convert({
      survey: [
        [...H, 'save_to'],
        ['text', 'village', 'Village', null],
        ['begin repeat', 'trees', 'Trees', null],
        ['text', 'species', 'Species', 'species'],
        ['begin group', 'size', 'Size', null],
        ['integer', 'height', 'Height', 'height'],
        ['end group', null, null, null],
        ['end repeat', null, null, null],
      ],
      entities: [
        ['list_name', 'label'],
        ['trees', "concat(${species}, ' ', ${village})"],
      ],
    });
    const doc = parseXml(r.xform);
    expect(one(doc, 'model').attrs['entities:entities-version']).toBe('2025.1.0');
    // The block comes after the repeat's questions, in its template and in the copy the form starts with; the form's own meta has none.
    const paths = instancePaths(doc);
    expect(paths).toContain('/data/trees[template]/meta/entity/label');
    expect(paths).toContain('/data/trees/meta/entity/label');
    expect(paths.filter((p) => p.startsWith('/data/trees/')).slice(-3)).toEqual([
      '/data/trees/meta',
      '/data/trees/meta/entity',
      '/data/trees/meta/entity/label',
    ]);
    expect(paths).not.toContain('/data/meta/entity');
    const b = binds(doc);
    expect(b.get('/data/trees/species')?.['entities:saveto']).toBe('species');
    expect(b.get('/data/trees/size/height')?.['entities:saveto']).toBe('height');
    // Inside the repeat the label reads the same instance's answers (relative) and the question outside it by its full path.
    expect(b.get('/data/trees/meta/entity/label')?.calculate).toBe("concat( ../../../species , ' ',  /data/village )");
    expect(b.get('/data/trees/meta/entity/@id')).toEqual({ nodeset: '/data/trees/meta/entity/@id', type: 'string', readonly: 'true()' });
    expect(all(one(doc, 'model'), 'setvalue').map((s) => s.attrs)).toEqual([
      { event: 'odk-instance-first-load', ref: '/data/trees/meta/entity/@id', value: 'uuid()' },
    ]);
    // Each new repeat instance gets its own entity id.
    expect(all(one(doc, 'repeat'), 'setvalue').map((s) => s.attrs)).toEqual([{ event: 'odk-new-repeat', ref: '/data/trees/meta/entity/@id', value: 'uuid()' }]);
  });

  it('declares several entity lists, each in the container of its list#property questions', async () => {
    const r = await convert({
      survey: [
        [...H, 'save_to'],
        ['text', 'hh_name', 'Household', 'households#name_hh'],
        ['begin repeat', 'members', 'Members', null],
        ['text', 'm_name', 'Name', 'people#full_name'],
        ['select_one_from_file people.csv', 'known', 'Known person', null],
        ['end repeat', null, null, null],
      ],
      entities: [
        ['list_name', 'label', 'entity_id', 'update_if'],
        ['households', '${hh_name}', null, null],
        ['people', '${m_name}', '${known}', "${known} != ''"],
      ],
    });
    expect(r.entityList).toBe('households');
    const doc = parseXml(r.xform);
    expect(one(doc, 'model').attrs['entities:entities-version']).toBe('2025.1.0');
    const paths = instancePaths(doc);
    expect(paths).toContain('/data/meta/entity');
    expect(paths).toContain('/data/members/meta/entity');
    const b = binds(doc);
    expect(b.get('/data/hh_name')?.['entities:saveto']).toBe('name_hh');
    expect(b.get('/data/members/m_name')?.['entities:saveto']).toBe('full_name');
    expect(b.get('/data/members/meta/entity/@id')?.calculate).toBe(' ../../../known ');
    expect(b.get('/data/members/meta/entity/@update')?.calculate).toBe(" ../../../known  != ''");
    expect(b.get('/data/members/meta/entity/@baseVersion')?.calculate).toBe("instance('people')/root/item[name= current()/../../../known ]/__version");
    // The updated entity keeps its id: no new id per repeat instance.
    expect(all(one(doc, 'repeat'), 'setvalue')).toEqual([]);
    const entities = all(doc, 'entity').map((e) => e.attrs.dataset);
    expect(entities).toEqual(['people', 'people', 'households']);
  });
});

describe('errors name sheet, row and column', () => {
  const cases: [string, Sheets, { sheet: string; row?: number; column?: string; vi: RegExp }][] = [
    ['unknown type', { survey: [H, ['text', 'a', 'A'], ['textt', 'b', 'B']] }, { sheet: 'survey', row: 3, column: 'type', vi: /không được hỗ trợ: "textt"/ }],
    [
      'include of another form',
      { survey: [H, ['text', 'a', 'A'], ['include other_form', 'b', 'B']] },
      { sheet: 'survey', row: 3, column: 'type', vi: /"include other_form" \(ghép một biểu mẫu khác vào\) không được hỗ trợ/ },
    ],
    [
      'loop over a list that does not exist',
      { survey: [H, ['begin loop over yn', 'l', 'L'], ['text', 'a', 'A'], ['end loop', '', '']] },
      { sheet: 'survey', row: 2, column: 'type', vi: /Không có danh sách lựa chọn "yn" trong trang tính choices/ },
    ],
    [
      'OpenStreetMap question without its tag list',
      { survey: [H, ['osm building', 'b', 'B']] },
      { sheet: 'survey', row: 2, column: 'type', vi: /Không có danh sách lựa chọn "building" trong trang tính osm/ },
    ],
    [
      'end loop closing a group',
      { survey: [H, ['begin group', 'g', 'G'], ['text', 'a', 'A'], ['end loop', '', '']] },
      { sheet: 'survey', row: 4, column: 'type', vi: /end loop/ },
    ],
    ['missing choice list', { survey: [H, ['select_one nope', 'a', 'A']] }, { sheet: 'survey', row: 2, column: 'type', vi: /danh sách lựa chọn "nope"/ }],
    [
      'unbalanced expression',
      {
        survey: [
          [...H, 'relevant'],
          ['text', 'a', 'A', null],
          ['text', 'b', 'B', '(${a} = 1'],
        ],
      },
      { sheet: 'survey', row: 3, column: 'relevant', vi: /Biểu thức không hợp lệ/ },
    ],
    [
      'unclosed quote',
      {
        survey: [
          [...H, 'constraint'],
          ['text', 'a', 'A', ". != 'x"],
        ],
      },
      { sheet: 'survey', row: 2, column: 'constraint', vi: /dấu nháy/ },
    ],
    [
      'dangling operator',
      {
        survey: [
          [...H, 'calculation'],
          ['calculate', 'c', null, '1 +'],
        ],
      },
      { sheet: 'survey', row: 2, column: 'calculation', vi: /phép toán thiếu vế/ },
    ],
    [
      'duplicate name',
      { survey: [H, ['text', 'a', 'A'], ['integer', 'a', 'A again']] },
      { sheet: 'survey', row: 3, column: 'name', vi: /"a" bị trùng.*dòng 2/ },
    ],
    ['missing label', { survey: [H, ['text', 'a', null]] }, { sheet: 'survey', row: 2, column: 'label', vi: /chưa có nhãn/ }],
    [
      'unknown reference',
      {
        survey: [
          [...H, 'relevant'],
          ['text', 'a', 'A', '${b} = 1'],
        ],
      },
      { sheet: 'survey', row: 2, column: 'relevant', vi: /tên "b"/ },
    ],
    [
      'unknown reference in a label',
      {
        survey: [
          ['type', 'name', 'label::English (en)'],
          ['note', 'a', 'Hello ${who}'],
        ],
      },
      { sheet: 'survey', row: 2, column: 'label::English (en)', vi: /tên "who"/ },
    ],
    [
      'ambiguous reference',
      {
        survey: [
          [...H, 'relevant'],
          ['begin group', 'g1', 'G1', null],
          ['text', 'x', 'X', null],
          ['end group', null, null, null],
          ['begin group', 'g2', 'G2', null],
          ['text', 'x', 'X', null],
          ['end group', null, null, null],
          ['text', 'y', 'Y', '${x} = 1'],
        ],
      },
      { sheet: 'survey', row: 8, column: 'relevant', vi: /nhiều câu hỏi cùng tên "x"/ },
    ],
    ['unclosed group', { survey: [H, ['begin group', 'g', 'G'], ['text', 'a', 'A']] }, { sheet: 'survey', row: 2, column: 'type', vi: /chưa được đóng/ }],
    ['end without begin', { survey: [H, ['text', 'a', 'A'], ['end repeat', null, null]] }, { sheet: 'survey', row: 3, column: 'type', vi: /không khớp/ }],
    ['bad name', { survey: [H, ['text', '1st', 'A']] }, { sheet: 'survey', row: 2, column: 'name', vi: /Tên "1st" không hợp lệ/ }],
    ['no name', { survey: [H, ['text', null, 'A']] }, { sheet: 'survey', row: 2, column: 'name', vi: /chưa có tên/ }],
    ['type missing', { survey: [H, [null, 'a', 'A']] }, { sheet: 'survey', row: 2, column: 'type', vi: /chưa có loại/ }],
    ['calculate without calculation', { survey: [H, ['calculate', 'c', null]] }, { sheet: 'survey', row: 2, column: 'calculation', vi: /chưa có công thức/ }],
    [
      'duplicate choice',
      {
        survey: [H, ['select_one yn', 'a', 'A']],
        choices: [
          ['list_name', 'name', 'label'],
          ['yn', 'y', 'Y'],
          ['yn', 'y', 'Yes'],
        ],
      },
      { sheet: 'choices', row: 3, column: 'name', vi: /"y" bị trùng trong danh sách "yn"/ },
    ],
    [
      'choice without name',
      {
        survey: [H, ['select_one yn', 'a', 'A']],
        Choices: [
          ['list_name', 'name', 'label'],
          ['yn', null, 'Y'],
        ],
      },
      { sheet: 'Choices', row: 2, column: 'name', vi: /chưa có giá trị/ },
    ],
    ['no survey sheet (among several)', { questions: [H, ['text', 'a', 'A']], notes: [['ghi chú']] }, { sheet: 'survey', vi: /không có trang tính "survey"/ }],
    [
      'duplicate column',
      {
        survey: [
          [...H, 'label'],
          ['text', 'a', 'A', 'B'],
        ],
      },
      { sheet: 'survey', row: 1, column: 'label', vi: /"label" xuất hiện hai lần/ },
    ],
    [
      'repeat name used twice in the form',
      {
        survey: [
          H,
          ['begin group', 'g', 'G'],
          ['begin repeat', 'r', 'R'],
          ['text', 'a', 'A'],
          ['end repeat', null, null],
          ['end group', null, null],
          ['begin repeat', 'r', 'R'],
          ['text', 'b', 'B'],
          ['end repeat', null, null],
        ],
      },
      { sheet: 'survey', row: 7, column: 'name', vi: /"r" đã dùng ở dòng 3/ },
    ],
    [
      'repeat named as the root',
      { survey: [H, ['begin repeat', 'data', 'R'], ['text', 'a', 'A'], ['end repeat', null, null]] },
      { sheet: 'survey', row: 2, column: 'name', vi: /trùng với tên gốc/ },
    ],
    [
      'choice label naming a missing question',
      {
        survey: [H, ['select_one c', 'q', 'Q']],
        choices: [
          ['list_name', 'name', 'label', 'label::English (en)'],
          ['c', 'a', 'A', 'A ${q}'],
          ['c', 'b', 'B ${khong_co}', 'B'],
        ],
      },
      { sheet: 'choices', row: 3, column: 'label', vi: /"khong_co"/ },
    ],
    [
      'save_to on a group, and a property saved twice',
      {
        survey: [
          [...H, 'save_to'],
          ['begin group', 'g', 'G', 'p0'],
          ['text', 'a', 'A', 'p1'],
          ['text', 'b', 'B', 'p1'],
          ['end group', null, null, null],
        ],
        entities: [
          ['list_name', 'label'],
          ['ds', '${a}'],
        ],
      },
      { sheet: 'survey', row: 4, column: 'save_to', vi: /"p1" đã được lưu từ dòng 3/ },
    ],
    [
      'save_to without a list name when the form declares several entities',
      {
        survey: [
          [...H, 'save_to'],
          ['text', 'a', 'A', 'p1'],
        ],
        entities: [
          ['list_name', 'label'],
          ['e1', '${a}'],
          ['e2', '${a}'],
        ],
      },
      { sheet: 'survey', row: 2, column: 'save_to', vi: /nhiều thực thể: hãy viết save_to dạng danh_sách#p1/ },
    ],
    [
      'save_to naming a list the entities sheet does not declare',
      {
        survey: [
          [...H, 'save_to'],
          ['text', 'a', 'A', 'e9#p1'],
        ],
        entities: [
          ['list_name', 'label'],
          ['e1', '${a}'],
        ],
      },
      { sheet: 'survey', row: 2, column: 'save_to', vi: /"e9" của save_to không có/ },
    ],
    [
      'save_to with two #',
      {
        survey: [
          [...H, 'save_to'],
          ['text', 'a', 'A', 'e1#p#1'],
        ],
        entities: [
          ['list_name', 'label'],
          ['e1', '${a}'],
        ],
      },
      { sheet: 'survey', row: 2, column: 'save_to', vi: /nhiều hơn một dấu "#"/ },
    ],
    [
      'entity list declared twice',
      {
        survey: [H, ['text', 'a', 'A']],
        entities: [
          ['list_name', 'label'],
          ['e1', '${a}'],
          ['e1', '${a}'],
        ],
      },
      { sheet: 'entities', row: 3, column: 'list_name', vi: /"e1" đã được khai báo ở dòng 2/ },
    ],
    [
      'save_to questions of one entity in two sibling repeats',
      {
        survey: [
          [...H, 'save_to'],
          ['begin repeat', 'r1', 'R1', null],
          ['text', 'a', 'A', 'p1'],
          ['end repeat', null, null, null],
          ['begin repeat', 'r2', 'R2', null],
          ['text', 'b', 'B', 'p2'],
          ['end repeat', null, null, null],
        ],
        entities: [
          ['list_name', 'label'],
          ['e1', 'x'],
        ],
      },
      { sheet: 'survey', row: 6, column: 'save_to', vi: /ở \/data\/r2 lưu vào thực thể "e1".*\(\/data\/r1\)/ },
    ],
    [
      'entity label reading a question of another repeat than its save_to questions',
      {
        survey: [
          [...H, 'save_to'],
          ['begin repeat', 'r1', 'R1', null],
          ['text', 'a', 'A', 'p1'],
          ['end repeat', null, null, null],
          ['begin repeat', 'r2', 'R2', null],
          ['text', 'b', 'B', null],
          ['end repeat', null, null, null],
        ],
        entities: [
          ['list_name', 'label'],
          ['e1', '${b}'],
        ],
      },
      { sheet: 'entities', row: 2, column: 'list_name', vi: /dùng câu hỏi "b" ở \/data\/r2, ngoài phạm vi \/data\/r1/ },
    ],
    [
      'two entities needing the same repeat',
      {
        survey: [
          [...H, 'save_to'],
          ['begin repeat', 'r1', 'R1', null],
          ['text', 'a', 'A', 'e1#p1'],
          ['text', 'b', 'B', 'e2#p1'],
          ['end repeat', null, null, null],
        ],
        entities: [
          ['list_name', 'label'],
          ['e1', 'x'],
          ['e2', 'y'],
        ],
      },
      { sheet: 'entities', row: 3, column: 'list_name', vi: /"e2" trong phạm vi \/data\/r1.*thực thể ở dòng 2/ },
    ],
    [
      'unknown column on the entities sheet',
      {
        survey: [H, ['text', 'a', 'A']],
        entities: [
          ['list_name', 'label', 'what'],
          ['e1', '${a}', 'x'],
        ],
      },
      { sheet: 'entities', row: 1, column: 'what', vi: /cột không dùng được: "what"/ },
    ],
    [
      'entity_id and create_if without update_if',
      {
        survey: [H, ['text', 'a', 'A']],
        entities: [
          ['list_name', 'label', 'entity_id', 'create_if'],
          ['e1', '${a}', '${a}', "${a} = ''"],
        ],
      },
      { sheet: 'entities', row: 2, column: 'create_if', vi: /có entity_id và create_if nhưng không có update_if/ },
    ],
    [
      'save_to on an end group row',
      {
        survey: [
          [...H, 'save_to'],
          ['begin group', 'g', 'G', null],
          ['text', 'a', 'A', null],
          ['end group', null, null, 'p1'],
        ],
        entities: [
          ['list_name', 'label'],
          ['e1', '${a}'],
        ],
      },
      { sheet: 'survey', row: 4, column: 'save_to', vi: /Nhóm "g" không lưu được/ },
    ],
    ['audit with another name', { survey: [H, ['audit', 'nhat_ky', null]] }, { sheet: 'survey', row: 2, column: 'name', vi: /luôn có tên "audit"/ }],
    ['reserved name', { survey: [H, ['text', 'meta', 'A']] }, { sheet: 'survey', row: 2, column: 'name', vi: /dành riêng/ }],
    [
      'entity without dataset',
      {
        survey: [H, ['text', 'a', 'A']],
        entities: [
          ['list_name', 'label'],
          [null, '${a}'],
        ],
      },
      { sheet: 'entities', row: 2, column: 'list_name', vi: /chưa có tên danh sách thực thể/ },
    ],
    [
      'save_to without entities',
      {
        survey: [
          [...H, 'save_to'],
          ['text', 'a', 'A', 'x'],
        ],
      },
      { sheet: 'survey', row: 2, column: 'save_to', vi: /save_to/ },
    ],
    [
      'bad trigger',
      {
        survey: [
          [...H, 'trigger', 'calculation'],
          ['text', 'a', 'A', 'a + 1', null],
        ],
      },
      { sheet: 'survey', row: 2, column: 'trigger', vi: /trigger/ },
    ],
  ];
  for (const [what, sheets, want] of cases) {
    it(what, async () => {
      const errors = await errorsOf(sheets);
      const e = errors.find((x) => want.vi.test(x.message.vi));
      expect(e, JSON.stringify(errors)).toBeDefined();
      expect(e?.sheet).toBe(want.sheet);
      expect(e?.row).toBe(want.row);
      expect(e?.column).toBe(want.column);
      expect(e?.message.en.length).toBeGreaterThan(10);
    });
  }

  it('refuses a legacy .xls with "save as .xlsx"', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const r = await convertXlsForm(ole, 'form.xls');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].message.vi).toContain('Hãy lưu tệp thành .xlsx');
      expect(r.errors[0].message.en).toContain('Save the file as .xlsx');
    }
  });

  it('reports every problem of a form at once, in sheet and row order', async () => {
    const errors = await errorsOf({
      survey: [
        [...H, 'relevant'],
        ['textt', 'a', 'A', null],
        ['text', 'b', 'B', 'and'],
        ['select_one zz', 'c', 'C', null],
      ],
      choices: [
        ['list_name', 'name', 'label'],
        ['yn', null, 'Y'],
      ],
    });
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
      ['survey', 2, 'type'],
      ['survey', 3, 'relevant'],
      ['survey', 4, 'type'],
      ['choices', 2, 'name'],
    ]);
  });
});
