import { z } from 'zod';
import { CUTOFFS, PERIOD_TYPES } from '../reporting-periods/periods.js';

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

/** Response shapes: the input fields plus the database id (and, for combinations, the generated option combinations). */
export const itemResponse = z.looseObject({
  id: z.number(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  active: z.boolean(),
  /** Owning unit's code and name; null = national. */
  owner: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** Whether the caller may change this item. */
  canEdit: z.boolean(),
});
export const listResponse = z.object({ items: z.array(itemResponse), total: z.number(), page: z.number(), pageSize: z.number() });
export const importResponse = z.object({
  dryRun: z.boolean(),
  counts: z.record(z.enum(KINDS), z.object({ created: z.number(), updated: z.number(), unchanged: z.number() })),
});
