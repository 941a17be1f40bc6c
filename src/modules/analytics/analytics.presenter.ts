import type { IndicatorRow, VisualisationRow } from './analytics.repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentIndicator(r: IndicatorRow) {
  return {
    id: r.id,
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    descriptionVi: r.description_vi,
    descriptionEn: r.description_en,
    numerator: r.numerator,
    denominator: r.denominator,
    factor: Number(r.factor),
    decimals: r.decimals,
    dhis2Uid: r.dhis2_uid,
    version: r.version,
    updatedAt: iso(r.updated_at),
  };
}

export function presentVisualisation(r: VisualisationRow, names: Map<number, { fullName: string }>, userId: number) {
  return {
    id: r.id,
    name: r.name,
    query: r.query as Record<string, unknown>,
    chartType: r.chart_type,
    ownerId: r.owner_id,
    ownerName: names.get(r.owner_id)?.fullName ?? null,
    mine: r.owner_id === userId,
    sharedRoles: r.shared_roles as string[],
    sharedUserIds: r.shared_user_ids as number[],
    updatedAt: iso(r.updated_at),
  };
}
