import { z } from 'zod';
import { CUTOFFS, PERIOD_TYPES, type Cutoff, type PeriodType } from '../reporting-periods/periods.js';

/** Codes: letters, digits and underscores (they appear inside rule expressions). */
export const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_]{1,50}$/, { message: 'A-Z a-z 0-9 _ (1–50)' });
const name = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .transform((s) => s.normalize('NFC'));
const nameEn = z.string().trim().max(300).default('');
const uid = z.string().trim().min(1).max(50).nullable().default(null);
/**
 * Owning unit's code: the area whose officers may change the item; null = national (system
 * administrators only). Left out: a new item belongs to its creator's area, an existing one keeps its owner.
 */
const owner = z
  .string()
  .regex(/^\d{2,5}$/)
  .nullable()
  .optional();
/** What reads add (owner's name, the caller's right to change): accepted and ignored, so an item read can be sent back as it is. */
const shown = { ownerName: z.string().max(300).nullable().optional(), canEdit: z.boolean().optional() };
const text = (max: number) =>
  z
    .string()
    .max(max)
    .default('')
    .transform((s) => s.normalize('NFC'));

export const categoryOptionInput = z.strictObject({
  code,
  nameVi: name,
  nameEn,
  sortOrder: z.number().int().min(0).max(100000).optional(),
  dhis2Uid: uid,
  active: z.boolean().default(true),
});

export const categoryInput = z.strictObject({
  code,
  owner,
  ...shown,
  nameVi: name,
  nameEn,
  dhis2Uid: uid,
  active: z.boolean().default(true),
  options: z.array(categoryOptionInput).max(500).default([]),
});

export const categoryComboInput = z.strictObject({
  code,
  owner,
  ...shown,
  nameVi: name,
  nameEn,
  dhis2Uid: uid,
  active: z.boolean().default(true),
  /** Category codes in order; fixed once the combination exists. */
  categories: z.array(code).min(1).max(4),
  /** Generated; accepted and ignored on import so an export can be sent back as it is. */
  optionCombos: z.array(z.unknown()).optional(),
});

export const VALUE_TYPES = ['integer', 'number', 'percentage', 'boolean', 'text', 'date'] as const;
export const AGGREGATIONS = ['sum', 'average', 'last'] as const;

export const dataElementInput = z.strictObject({
  code,
  owner,
  ...shown,
  nameVi: name,
  nameEn,
  shortName: text(100),
  valueType: z.enum(VALUE_TYPES),
  unit: text(50),
  aggregation: z.enum(AGGREGATIONS).default('sum'),
  minValue: z.number().finite().nullable().default(null),
  maxValue: z.number().finite().nullable().default(null),
  /** Category combination code; 'none' for undisaggregated values. */
  categoryCombo: code.default('none'),
  description: text(2000),
  dhis2Uid: uid,
  active: z.boolean().default(true),
});

export const dataSetInput = z.strictObject({
  code,
  owner,
  ...shown,
  nameVi: name,
  nameEn,
  description: text(2000),
  periodType: z.enum(PERIOD_TYPES as [string, ...string[]]),
  cutoff: z.enum(CUTOFFS as [string, ...string[]]).default('calendar'),
  deadlineDays: z.number().int().min(0).max(365).default(10),
  approvalRole: z.enum(['admin', 'province_officer']).default('province_officer'),
  assignLevel: z.enum(['province', 'district', 'commune']).nullable().default(null),
  /** Province code limiting assignLevel. */
  assignWithin: z
    .string()
    .regex(/^\d{2}$/)
    .nullable()
    .default(null),
  assignUnits: z
    .array(z.string().regex(/^\d{2,5}$/))
    .max(20000)
    .default([]),
  sections: z
    .array(z.strictObject({ code, nameVi: name, nameEn, dataElements: z.array(code).max(2000) }))
    .max(100)
    .default([]),
  dhis2Uid: uid,
  active: z.boolean().default(true),
});

export const OPERATORS = ['==', '!=', '<', '<=', '>', '>='] as const;

export const validationRuleInput = z.strictObject({
  code,
  owner,
  ...shown,
  nameVi: name,
  nameEn,
  left: z.string().trim().min(1).max(2000),
  operator: z.enum(OPERATORS),
  right: z.string().trim().min(1).max(2000),
  importance: z.enum(['high', 'medium', 'low']).default('medium'),
  messageVi: text(500),
  messageEn: text(500),
  dataSets: z.array(code).max(100).default([]),
  dhis2Uid: uid,
  active: z.boolean().default(true),
});

export const MAPPING_KINDS = ['data_element', 'category_option', 'category_option_combo', 'org_unit', 'data_set'] as const;

export const dhis2MappingInput = z.strictObject({
  kind: z.enum(MAPPING_KINDS),
  /** Our code: element / form / unit code, 'CATEGORY.OPTION' or 'COMBO.OPTION_COMBO'. */
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_]{1,50}(\.[A-Za-z0-9_]{1,50})?$/),
  dhis2: z.string().trim().min(1).max(100),
});

export type CategoryInput = z.infer<typeof categoryInput>;
export type CategoryComboInput = z.infer<typeof categoryComboInput>;
export type DataElementInput = z.infer<typeof dataElementInput>;
export type DataSetInput = z.infer<typeof dataSetInput>;
export type ValidationRuleInput = z.infer<typeof validationRuleInput>;
export type Dhis2MappingInput = z.infer<typeof dhis2MappingInput>;

export const metadataDocument = z.strictObject({
  version: z.literal(1).default(1),
  exportedAt: z.string().optional(),
  categories: z.array(categoryInput).max(1000).default([]),
  categoryCombos: z.array(categoryComboInput).max(1000).default([]),
  dataElements: z.array(dataElementInput).max(10000).default([]),
  dataSets: z.array(dataSetInput).max(1000).default([]),
  validationRules: z.array(validationRuleInput).max(10000).default([]),
  dhis2Mappings: z.array(dhis2MappingInput).max(100000).default([]),
});
export type MetadataDocument = z.infer<typeof metadataDocument>;

/** The kinds of the document, in the order they are applied (later kinds refer to earlier ones). */
export const KINDS = ['categories', 'categoryCombos', 'dataElements', 'dataSets', 'validationRules', 'dhis2Mappings'] as const;
export type Kind = (typeof KINDS)[number];

export const INPUTS = {
  categories: categoryInput,
  categoryCombos: categoryComboInput,
  dataElements: dataElementInput,
  dataSets: dataSetInput,
  validationRules: validationRuleInput,
  dhis2Mappings: dhis2MappingInput,
} as const;

export const codeParams = z.strictObject({ code: z.string().min(1).max(110) });
export const listQuery = z.strictObject({
  q: z.string().max(100).optional(),
  active: z.enum(['true', 'false', 'all']).default('all'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export const importQuery = z.strictObject({ dryRun: z.enum(['true', 'false', '1', '0']).default('false') });

/** Fields every read item has: the database id, code, names, DHIS2 id, state and owner. */
const readBase = {
  id: z.number(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  dhis2Uid: z.string().nullable(),
  active: z.boolean(),
  /** Owning unit's code and name; null = national. */
  owner: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** Whether the caller may change this item. */
  canEdit: z.boolean(),
};
const readOption = z.object({
  id: z.number(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  sortOrder: z.number(),
  dhis2Uid: z.string().nullable(),
  active: z.boolean(),
});
const readOptionCombo = z.object({
  id: z.number(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  dhis2Uid: z.string().nullable(),
  active: z.boolean(),
});

/** A category as read: with its options in order. */
export const categoryResponse = z.object({ ...readBase, options: z.array(readOption) });
/** A category combination as read: its categories in order and its generated option combinations. */
export const categoryComboResponse = z.object({ ...readBase, categories: z.array(z.string()), optionCombos: z.array(readOptionCombo) });
export const dataElementResponse = z.object({
  ...readBase,
  shortName: z.string(),
  valueType: z.enum(VALUE_TYPES),
  unit: z.string(),
  aggregation: z.enum(AGGREGATIONS),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  categoryCombo: z.string(),
  description: z.string(),
});
export const dataSetResponse = z.object({
  ...readBase,
  description: z.string(),
  periodType: z.enum(PERIOD_TYPES as [PeriodType, ...PeriodType[]]),
  cutoff: z.enum(CUTOFFS as [Cutoff, ...Cutoff[]]),
  deadlineDays: z.number(),
  approvalRole: z.enum(['admin', 'province_officer']),
  assignLevel: z.enum(['province', 'district', 'commune']).nullable(),
  assignWithin: z.string().nullable(),
  assignUnits: z.array(z.string()),
  sections: z.array(z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), dataElements: z.array(z.string()) })),
});
export const validationRuleResponse = z.object({
  ...readBase,
  left: z.string(),
  operator: z.enum(OPERATORS),
  right: z.string(),
  importance: z.enum(['high', 'medium', 'low']),
  messageVi: z.string(),
  messageEn: z.string(),
  dataSets: z.array(z.string()),
});
/** Each kind's item as the API shows it. */
export const ITEM_RESPONSES = {
  categories: categoryResponse,
  categoryCombos: categoryComboResponse,
  dataElements: dataElementResponse,
  dataSets: dataSetResponse,
  validationRules: validationRuleResponse,
} as const;
/** One page of items of a kind. */
export const listResponse = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

/** A DHIS2 mapping as the API shows it. */
export const mappingResponse = z.object({ id: z.number(), kind: z.enum(MAPPING_KINDS), code: z.string(), dhis2: z.string(), canEdit: z.boolean() });
export const mappingListResponse = listResponse(mappingResponse);

const docItem = { id: true, ownerName: true, canEdit: true } as const;
/**
 * The metadata document as exported (items by code, without database ids); also the converted
 * document a DHIS2 metadata dry run shows, where owners may be left out.
 */
export const documentResponse = z.object({
  version: z.literal(1),
  exportedAt: z.string().optional(),
  categories: z.array(
    categoryResponse
      .omit(docItem)
      .extend({ owner: z.string().nullable().optional(), options: z.array(readOption.omit({ id: true }).extend({ sortOrder: z.number().optional() })) }),
  ),
  categoryCombos: z.array(
    categoryComboResponse
      .omit(docItem)
      .extend({ owner: z.string().nullable().optional(), optionCombos: z.array(readOptionCombo.omit({ id: true })).optional() }),
  ),
  dataElements: z.array(dataElementResponse.omit(docItem).extend({ owner: z.string().nullable().optional() })),
  dataSets: z.array(dataSetResponse.omit(docItem).extend({ owner: z.string().nullable().optional(), periodType: z.string(), cutoff: z.string() })),
  validationRules: z.array(validationRuleResponse.omit(docItem).extend({ owner: z.string().nullable().optional() })),
  dhis2Mappings: z.array(z.object({ kind: z.enum(MAPPING_KINDS), code: z.string(), dhis2: z.string() })),
});
export type DocumentResponse = z.input<typeof documentResponse>;

export const importResponse = z.object({
  dryRun: z.boolean(),
  counts: z.record(z.enum(KINDS), z.object({ created: z.number(), updated: z.number(), unchanged: z.number() })),
});

/** A period with its window under the asked cut-off, names and DHIS2 id (null when DHIS2 has none). */
export const periodResponse = z.object({
  id: z.string(),
  type: z.enum(PERIOD_TYPES as [PeriodType, ...PeriodType[]]),
  start: z.string(),
  end: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  dhis2: z.string().nullable(),
});
export const periodListResponse = listResponse(periodResponse);
