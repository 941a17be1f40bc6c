import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findUnitOn } from '../admin-units/admin-units.lookup.js';
import { insertVisualisation } from './analytics.repository.js';
import type { AnalyticsQuery } from './analytics.schema.js';
import { insertDashboard, insertMap } from './dashboards.repository.js';
import type { DashboardItem, MapSettings } from './dashboards.schema.js';

/** Who sees the province's default dashboard: everyone whose area is in or above the province. */
const LEADER_ROLES = ['admin', 'province_officer', 'commune_officer', 'viewer'];

const pivot = (q: Partial<AnalyticsQuery> & Pick<AnalyticsQuery, 'data' | 'periods'>): AnalyticsQuery => ({
  unitLevel: 'self',
  rows: ['unit'],
  columns: ['period'],
  filters: {},
  splitRule: 'flag',
  totals: false,
  sort: 'none',
  audience: 'inside',
  ...q,
});

/**
 * The province's default dashboard for leaders (8 items): headline figures, population by ethnic group,
 * poverty-rate trend by ethnic group, poverty rate by commune as a map and as a ranked table, poor and
 * near-poor households by year, reporting completeness and programme disbursement. Its visualisations
 * and map are saved as `ownerId`'s and shared with every role; the province's users see it first on /dashboards.
 */
export async function seedDefaultDashboard(db: Kysely<DB>, ownerId: number, provinceCode = '25', date = '2025-07-01'): Promise<number> {
  const province = await findUnitOn(db, provinceCode, date);
  if (!province) throw new Error(`no province ${provinceCode} on ${date}`);
  const shared = { shared_roles: JSON.stringify(LEADER_ROLES), shared_user_ids: '[]' };
  const vis = async (name: string, chart_type: 'bar' | 'line' | 'table' | 'stacked_bar', query: AnalyticsQuery) =>
    (await insertVisualisation(db, { name, chart_type, query: JSON.stringify(query), ...shared }, ownerId)).id;
  const u = province.code;
  // The main ethnic groups of Hòa Bình: Mường, Kinh, Thái, Dao, Tày, Mông.
  const groups = ['06', '01', '03', '09', '02', '08'];
  const population = await vis('Dân số theo dân tộc', 'bar', pivot({ data: ['reg:persons'], periods: ['THIS_YEAR'], unit: u, rows: ['ethnic'], sort: 'desc' }));
  const trend = await vis(
    'Xu hướng tỷ lệ hộ nghèo theo dân tộc',
    'line',
    pivot({ data: ['ind:TY_LE_HO_NGHEO'], periods: ['LAST_5_YEARS'], unit: u, rows: ['period'], columns: ['ethnic'], filters: { ethnic: groups } }),
  );
  const ranked = await vis(
    'Xếp hạng tỷ lệ hộ nghèo theo xã',
    'table',
    pivot({ data: ['ind:TY_LE_HO_NGHEO'], periods: ['LAST_YEAR'], unit: u, unitLevel: 'communes', rows: ['unit'], sort: 'desc' }),
  );
  const poorByYear = await vis(
    'Hộ nghèo và cận nghèo theo năm',
    'stacked_bar',
    pivot({ data: ['reg:poor_households', 'reg:near_poor_households'], periods: ['LAST_5_YEARS'], unit: u, rows: ['period'], columns: ['data'] }),
  );
  const settings: MapSettings = { measure: 'povertyRate', parent: u, method: 'quantile', classes: 5, breaks: [] };
  const map = (await insertMap(db, { name: 'Bản đồ tỷ lệ hộ nghèo theo xã', settings: JSON.stringify(settings), ...shared }, ownerId)).id;
  const items: DashboardItem[] = [
    { id: 'headline', kind: 'headline', title: 'Số liệu chính', width: 4, height: 1 },
    { id: 'population', kind: 'visualisation', title: '', visualisationId: population, width: 2, height: 1 },
    { id: 'trend', kind: 'visualisation', title: '', visualisationId: trend, width: 2, height: 1 },
    { id: 'map', kind: 'map', title: '', mapId: map, width: 2, height: 2 },
    { id: 'ranked', kind: 'visualisation', title: '', visualisationId: ranked, width: 2, height: 2 },
    { id: 'poor', kind: 'visualisation', title: '', visualisationId: poorByYear, width: 2, height: 1 },
    { id: 'completeness', kind: 'completeness', title: 'Tình hình nộp báo cáo thống kê năm', dataSet: 'TK_DAN_TOC_NAM', width: 1, height: 1 },
    { id: 'programme', kind: 'programme', title: 'Tiến độ giải ngân Chương trình MTQG 1719', width: 1, height: 1 },
  ];
  const d = await insertDashboard(
    db,
    {
      name: `Bảng điều khiển lãnh đạo ${province.type} ${province.name}`,
      description: 'Dân số, hộ nghèo theo dân tộc và theo xã, tình hình nộp báo cáo và tiến độ giải ngân của tỉnh.',
      items: JSON.stringify(items),
      unit_id: province.id,
      is_default: true,
      ...shared,
    },
    ownerId,
  );
  return d.id;
}
