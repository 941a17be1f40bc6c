import { App } from 'antd';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../../api/client.js';
import type { Body, Paged } from '../../../api/types.js';

/** The metadata kinds as the API names them in its paths. */
export type MetaKind = 'data-elements' | 'categories' | 'category-combos' | 'data-sets' | 'validation-rules';

// The metadata routes answer loose objects (their response schemas list only the shared fields), so the items are typed here until they are precise.
interface Base {
  code: string;
  nameVi: string;
  nameEn: string;
  dhis2Uid: string | null;
  active: boolean;
  /** Owning unit's code and name; null = national. Set by the server. */
  owner?: string | null;
  ownerName?: string | null;
  /** Whether the signed-in user may change the item. */
  canEdit?: boolean;
}
export interface OptionItem extends Base {
  sortOrder?: number;
}
export interface CategoryItem extends Base {
  options: OptionItem[];
}
export interface ComboItem extends Base {
  categories: string[];
  optionCombos?: (Base & { id?: number })[];
}
export interface ElementItem extends Base {
  shortName: string;
  valueType: string;
  unit: string;
  aggregation: string;
  minValue: number | null;
  maxValue: number | null;
  categoryCombo: string;
  description: string;
}
export interface SectionItem {
  code: string;
  nameVi: string;
  nameEn: string;
  dataElements: string[];
}
export interface SetItem extends Base {
  description: string;
  periodType: string;
  cutoff: string;
  deadlineDays: number;
  approvalRole: string;
  assignLevel: string | null;
  assignWithin: string | null;
  assignUnits: string[];
  sections: SectionItem[];
}
export interface RuleItem extends Base {
  left: string;
  operator: string;
  right: string;
  importance: string;
  messageVi: string;
  messageEn: string;
  dataSets: string[];
}
/** A DHIS2 mapping as it is sent (GET /api/reporting/dhis2-mappings declares no response schema yet; it adds `canEdit`). */
export type Mapping = Body<'/api/reporting/dhis2-mappings', 'put'> & { canEdit?: boolean };

export const VALUE_TYPES = ['integer', 'number', 'percentage', 'boolean', 'text', 'date'] as const;
export const AGGREGATIONS = ['sum', 'average', 'last'] as const;
export const PERIOD_TYPES = ['monthly', 'quarterly', 'six_monthly', 'nine_monthly', 'yearly'] as const;
export const OPERATORS = ['==', '!=', '<', '<=', '>', '>='] as const;
export const IMPORTANCE = ['high', 'medium', 'low'] as const;
export const MAPPING_KINDS = ['data_element', 'category_option', 'category_option_combo', 'org_unit', 'data_set'] as const;
export { METADATA_CODE as CODE_RE } from '../../../../shared/fields.js';

/** Drops what the server adds (ids, timestamps, generated combinations) so an item can be sent back. */
export function toInput<T extends object>(item: T): T {
  const { id: _i, createdAt: _c, updatedAt: _u, optionCombos: _o, ownerName: _n, canEdit: _e, ...rest } = item as Record<string, unknown>;
  if (Array.isArray(rest.options)) rest.options = rest.options.map(({ id: _x, ...o }: Record<string, unknown>) => o);
  return rest as T;
}

// The five kinds take the same parameters, so one kind's path stands for all in the types.
/** The list path of a kind. */
const listPath = (kind: MetaKind) => `/api/reporting/${kind}` as '/api/reporting/data-elements';
/** The one-item path of a kind. */
const itemPath = (kind: MetaKind) => `/api/reporting/${kind}/{code}` as '/api/reporting/data-elements/{code}';
/** The deactivation path of a kind. */
export const deactivatePath = (kind: MetaKind) => `/api/reporting/${kind}/{code}/deactivate` as '/api/reporting/data-elements/{code}/deactivate';

/** One page of a kind, searched by code or name. */
export function useMetaPage<T>(kind: MetaKind, q: string, page: number, active: 'all' | 'true') {
  return useQuery({
    queryKey: ['reporting', kind, 'page', q, page, active],
    queryFn: () => call<Paged<T & Base>>(http.GET(listPath(kind), { params: { query: { q, active, page, pageSize: 50 } } })),
    placeholderData: keepPreviousData,
  });
}

/** Every item of a kind (for pickers), active ones unless told otherwise. */
export function useMetaAll<T>(kind: MetaKind, active: 'all' | 'true' = 'true') {
  return useQuery({
    queryKey: ['reporting', kind, 'all', active],
    queryFn: async () => {
      const out: (T & Base)[] = [];
      for (let page = 1; ; page++) {
        const r = await call<Paged<T & Base>>(http.GET(listPath(kind), { params: { query: { active, page, pageSize: 500 } } }));
        out.push(...r.items);
        if (out.length >= r.total || !r.items.length) return out;
      }
    },
    staleTime: 30_000,
  });
}

/** Create (code null) or update one item; refreshes every reporting query on success. */
export function useMetaSave<T extends { code: string }>(kind: MetaKind, onDone: (saved: T) => void, onError: (e: unknown) => void) {
  const qc = useQueryClient();
  const { t } = useTranslation();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: ({ original, body }: { original: string | null; body: T }) =>
      call<T>(
        original ? http.PUT(itemPath(kind), { params: { path: { code: original } }, body: body as never }) : http.POST(listPath(kind), { body: body as never }),
      ),
    onSuccess: (saved) => {
      message.success(t('reportingMeta.common.saved', { code: saved.code }));
      void qc.invalidateQueries({ queryKey: ['reporting'] });
      onDone(saved);
    },
    onError,
  });
}

/** May the user change this item (an item without the flag, e.g. a new one, follows the role)? */
export const editable = (canManage: boolean, item: { canEdit?: boolean } | null) => canManage && (item?.canEdit ?? true);

/** The item's name in the UI language. */
export function useNameOf() {
  const { i18n } = useTranslation();
  return (x: { nameVi: string; nameEn?: string | null }) => (i18n.language === 'en' && x.nameEn ? x.nameEn : x.nameVi);
}
