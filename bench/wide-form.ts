/**
 * The 300-question XLSForm of the survey benches (text, integer, select_one with a relevant on every
 * tenth question and a constraint on the integers, a repeat of five questions, three calculates), and
 * answers to it as the database stores them (`data`) and as ODK sends them (XML).
 */
import { csv, type Cell } from '../src/modules/xlsform/xlsform.fixtures.js';

export const QUESTIONS = 300;
const MAIN = QUESTIONS - 10;

export function wideForm(): Buffer {
  const survey: Cell[][] = [['type', 'name', 'label', 'relevant', 'constraint', 'calculation', 'required']];
  for (let i = 1; i <= MAIN; i++) {
    const kind = i % 3;
    const relevant = i % 10 === 0 ? `\${q${i - 1}} != ''` : '';
    if (kind === 0) survey.push([`select_one yn`, `q${i}`, `Câu hỏi ${i}: có hay không?`, relevant, '', '', '']);
    else if (kind === 1) survey.push(['integer', `q${i}`, `Câu hỏi ${i}: số lượng`, relevant, '. >= 0 and . < 1000', '', '']);
    else survey.push(['text', `q${i}`, `Câu hỏi ${i}: ghi chú`, relevant, '', '', '']);
  }
  survey.push(['begin_repeat', 'tv', 'Thành viên', '', '', '', '']);
  for (let i = 1; i <= 5; i++) survey.push(['text', `tv${i}`, `Thành viên, câu ${i}`, '', '', '', '']);
  survey.push(['end_repeat', '', '', '', '', '', '']);
  for (let i = 1; i <= 3; i++) survey.push(['calculate', `c${i}`, '', '', '', `\${q${i}} + ${i}`, '']);
  survey.push(['text', 'cuoi', 'Câu cuối cùng', '', '', '', '']);
  return csv({
    survey,
    choices: [
      ['list_name', 'name', 'label'],
      ['yn', 'co', 'Có'],
      ['yn', 'khong', 'Không'],
    ],
    settings: [
      ['form_id', 'form_title', 'version'],
      ['bench_300', 'Biểu mẫu 300 câu hỏi', '1'],
    ],
  });
}

/** One submission's answers (the stored `data`): every question answered, two repeat instances. */
export function wideAnswers(seed: number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (let i = 1; i <= MAIN; i++) {
    const kind = i % 3;
    data[`q${i}`] = kind === 0 ? ((seed + i) % 2 ? 'co' : 'khong') : kind === 1 ? String((seed * 7 + i) % 1000) : `Ghi chú ${i}, phiếu ${seed}`;
  }
  data.tv = [1, 2].map((n) => Object.fromEntries([1, 2, 3, 4, 5].map((k) => [`tv${k}`, `Người ${n}, câu ${k}`])));
  for (let i = 1; i <= 3; i++) data[`c${i}`] = String(i);
  data.cuoi = 'x';
  data.meta = { instanceID: `uuid:wide-${seed}` };
  return data;
}

/** Uploads the 300-question form through the page (as the signed-in officer) and publishes it; throws unless created. */
export async function publishWideForm(page: import('playwright-core').Page): Promise<void> {
  const status = await page.evaluate(async (text) => {
    const me = await (await fetch('/api/auth/me')).json();
    const fd = new FormData();
    fd.append('file', new Blob([text], { type: 'text/csv' }), 'bench_300.csv');
    const res = await fetch('/api/surveys/forms', { method: 'POST', headers: { 'x-csrf-token': me.csrfToken }, body: fd });
    const { id } = await res.json();
    await fetch(`/api/surveys/forms/${id}/state`, {
      method: 'PUT',
      headers: { 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'published' }),
    });
    return res.status;
  }, wideForm().toString('utf8'));
  if (status !== 201) throw new Error(`upload: ${status}`);
}
