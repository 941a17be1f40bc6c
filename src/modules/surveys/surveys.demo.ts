/**
 * Demo results of the shipped survey of IT use (data/surveys/cntt-ho-gia-dinh.xlsx): the form is
 * published in Phú Thọ and a few hundred households of the demo register answer it, spread over the
 * communes and ethnic groups of old Hòa Bình, some with a location near their commune's centre. The
 * answers are drawn from a fixed seed (the same on every installation) and go through the same
 * intake as ODK Collect's submissions, so each is linked to its household and ethnic group.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DATA_DIR } from '../../server/paths.js';
import { SYSTEM } from '../audit/audit.service.js';
import { UnitGraph } from '../admin-units/unit-graph.js';
import { pointOf } from '../boundaries/maps.service.js';
import { householdBatches } from '../register/households.service.js';
import * as repo from './surveys.repository.js';
import { keyHolder, provinceOf, receiveSubmission, uploadForm, xformOf } from './surveys.service.js';
import crypto from 'node:crypto';

export const DEMO_SURVEY_FILE = 'cntt-ho-gia-dinh.xlsx';
const DEMO_SURVEY_ID = 'cntt_ho_gia_dinh';
const PROVINCE_CODE = '25';
/** Every how many households of the register one is surveyed (about 300 of 8,000). */
const EVERY = 27;

/** A small seeded generator (mulberry32): the same answers on every installation. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface DemoHousehold {
  id: number;
  head: string | null;
  ethnic: string | null;
  communeId: number;
  communeCode: string;
  members: number;
}

/** One household's answers as ODK Collect would send them. */
export function demoSubmissionXml(h: DemoHousehold, version: string, n: number, rnd: () => number, point: [number, number] | null): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  // Kinh and Mường households in the valley are better connected than those of the higher villages.
  const lowland = h.ethnic === '01' ? 0.25 : h.ethnic === '06' ? 0.1 : 0;
  const signal = pick(rnd() < 0.55 + lowland ? ['4g5g', '4g5g', '3g'] : ['3g', '2g', 'khong']);
  const internet = signal !== 'khong' && chance(0.45 + lowland);
  const devices = ['dt_thong_minh', 'dt_thuong', 'may_tinh', 'may_tinh_bang', 'tivi', 'dai'].filter((d, i) =>
    chance([0.55 + lowland, 0.5, 0.1 + lowland / 2, 0.08, 0.8, 0.2][i]),
  );
  const smartphones = devices.includes('dt_thong_minh') ? 1 + Math.floor(rnd() * 3) : null;
  const day = new Date(Date.UTC(2026, 8, 1) + Math.floor(rnd() * 90) * 86_400_000).toISOString().slice(0, 10);
  const multi = (xs: string[], p: number) => {
    const out = xs.filter(() => chance(p));
    return out.length ? out : [xs[0]];
  };
  const members = Math.min(Math.max(h.members, 1), 8);
  const tags: [string, string | null][] = [
    ['ngay_khao_sat', day],
    ['dieu_tra_vien', 'demo'],
  ];
  const g = (name: string, inner: [string, string | null][]) =>
    `<${name}>${inner.map(([k, v]) => (v === null ? `<${k}/>` : `<${k}>${esc(v)}</${k}>`)).join('')}</${name}>`;
  const parts = [
    ...tags.map(([k, v]) => `<${k}>${v}</${k}>`),
    g('thong_tin_chung', [
      ['ho', String(h.id)],
      ['dan_toc', h.ethnic],
      ['ma_xa', h.communeCode],
      ['ten_chu_ho', h.head],
      ['xac_nhan_ho', null],
      ['nguoi_tra_loi', h.head ?? 'Chủ hộ'],
      ['so_thanh_vien', String(members)],
    ]),
    g('thiet_bi', [
      ['thiet_bi_co', devices.length ? devices.join(' ') : 'khong'],
      ['so_dien_thoai_thong_minh', smartphones === null ? null : String(smartphones)],
    ]),
    g('song_di_dong', [
      ['song_tai_nha', signal],
      ['chat_luong_song', signal === 'khong' ? null : pick(['tot', 'tot', 'chap_chon', 'phai_di_xa'])],
      ['vi_tri', point ? `${point[1].toFixed(5)} ${point[0].toFixed(5)} 420 8` : null],
    ]),
    g('internet', [
      ['co_internet', internet ? 'co' : 'khong'],
      ['loai_ket_noi', internet ? multi(['di_dong', 'cap_quang', 'wifi_cong_cong'], 0.4).join(' ') : null],
      ['chi_phi_internet', internet ? String(50 + Math.round(rnd() * 30) * 10) : null],
      ['muc_dich_internet', internet ? multi(['lien_lac', 'tin_tuc', 'giai_tri', 'hoc_tap', 'san_xuat', 'mua_ban'], 0.45).join(' ') : null],
    ]),
    g('dich_vu_so', [
      ['co_dinh_danh', chance(0.6 + lowland) ? 'co' : 'khong'],
      ['da_dung_dvc', internet && chance(0.5) ? 'co' : 'khong'],
      ['dich_vu_da_dung', null],
      ['mua_ban_truc_tuyen', internet ? pick(['mua', 'ban', 'ca_hai', 'khong', 'khong']) : 'khong'],
      ['thanh_toan_dien_tu', internet && chance(0.55) ? 'co' : 'khong'],
    ]),
    g('rao_can', [
      ['rao_can_chinh', multi(['chi_phi', 'khong_song', 'khong_biet_dung', 'ngon_ngu', 'chu_viet', 'lua_dao', 'khong_can'], 0.25).join(' ')],
      ['rao_can_khac', null],
    ]),
    g('noi_dung', [
      ['ngon_ngu_mong_muon', pick(h.ethnic === '01' ? ['tieng_viet'] : ['tieng_viet', 'tieng_dan_toc', 'ca_hai', 'ca_hai'])],
      ['chu_de_mong_muon', multi(['nong_nghiep', 'y_te', 'giao_duc', 'phap_luat', 'thi_truong', 'van_hoa', 'viec_lam'], 0.35).join(' ')],
    ]),
    '<ghi_chu/>',
    `<meta><instanceID>uuid:demo-cntt-${String(n).padStart(4, '0')}</instanceID></meta>`,
  ];
  return `<data id="${DEMO_SURVEY_ID}" version="${version}">${parts.join('')}</data>`;
}

/** Loads the demo survey and its submissions once (nothing when the form is already there or the register is empty). */
export async function seedDemoSurveys(db: Kysely<DB>): Promise<number> {
  const graph = await UnitGraph.load(db);
  const province = [...graph.units.values()].find((u) => u.level === 'province' && u.code === PROVINCE_CODE && u.validFrom === '2025-07-01');
  if (!province || (await repo.formByXmlId(db, province.id, DEMO_SURVEY_ID))) return 0;
  const communes = [...graph.reach(province.id)].filter((id) => graph.units.get(id)?.level === 'commune');
  const today = new Date().toISOString().slice(0, 10);
  const households: DemoHousehold[] = [];
  let i = 0;
  for await (const batch of householdBatches(db, {
    communeIds: communes,
    date: today,
    deleted: false,
    year: Number(today.slice(0, 4)),
    page: 1,
    pageSize: 2000,
  }))
    for (const h of batch)
      if (i++ % EVERY === 0)
        households.push({
          id: h.id,
          head: h.head_full_name,
          ethnic: h.head_ethnic_code,
          communeId: h.commune_id,
          communeCode: graph.units.get(h.commune_id)?.code ?? '',
          members: Number(h.member_count) || 1,
        });
  if (!households.length) return 0;

  const file = path.join(DATA_DIR, 'surveys', DEMO_SURVEY_FILE);
  const xform = await xformOf({ name: DEMO_SURVEY_FILE, type: 'application/octet-stream', bytes: fs.readFileSync(file) }, 'vi');
  const formId = await uploadForm(db, SYSTEM, province.id, xform, []);
  await repo.updateForm(db, formId, { state: 'published' });
  const version = (await repo.getForm(db, formId))!.version!;
  const token = crypto.randomBytes(24).toString('base64url');
  const appUserId = await repo.insertAppUser(db, {
    display_name: 'Điều tra viên mẫu (dữ liệu demo)',
    area_unit_id: province.id,
    token_hash: crypto.createHash('sha256').update(token).digest('hex'),
    created_by: null,
  });
  await repo.setAssignments(db, appUserId, [formId]);
  const k = await keyHolder(db, graph, token, provinceOf(graph, province.id)!);
  const actor = { ...SYSTEM, username: 'demo' };
  const rnd = random(2026);
  const states = ['received', 'approved', 'approved', 'has_issues', 'received'] as const;
  for (const [n, h] of households.entries()) {
    const centre = rnd() < 0.7 ? pointOf(graph, h.communeId, today) : null;
    const point: [number, number] | null = centre ? [centre[0] + (rnd() - 0.5) * 0.02, centre[1] + (rnd() - 0.5) * 0.02] : null;
    const { submissionId } = await receiveSubmission(db, k, actor, demoSubmissionXml(h, version, n, rnd, point), []);
    const state = states[n % states.length];
    if (state !== 'received') await repo.updateSubmission(db, submissionId, { state });
  }
  await repo.revokeAppUser(db, appUserId, new Date());
  return households.length;
}
