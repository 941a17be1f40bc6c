import { translate, type Lang } from '../../server/messages.js';
import type { Schemes } from './dhis2.schema.js';

export interface Conflict {
  /** The identifier the conflict is about, as the sender wrote it. */
  object: string;
  /** What is wrong, in the caller's language. */
  value: string;
  errorCode: string;
  /** The field concerned, when there is one (DHIS2's `property`). */
  property?: string;
  /** Positions of the values concerned in the sent list (0-based). */
  indexes: number[];
}

export interface ImportCount {
  imported: number;
  updated: number;
  ignored: number;
  deleted: number;
}

/** The field each conflict code is about, as DHIS2 names it in `property`. */
const PROPERTY: Record<string, string> = {
  dhis2_unknown_data_element: 'dataElement',
  element_not_in_form: 'dataElement',
  dhis2_no_data_set: 'dataElement',
  dhis2_unknown_option_combo: 'categoryOptionCombo',
  option_combo_not_allowed: 'categoryOptionCombo',
  dhis2_attribute_combo_unsupported: 'attributeOptionCombo',
  dhis2_unknown_org_unit: 'orgUnit',
  unit_not_assigned: 'orgUnit',
  out_of_scope: 'orgUnit',
  report_locked: 'orgUnit',
  report_submitted: 'orgUnit',
  dhis2_unknown_period: 'period',
  dhis2_period_type_mismatch: 'period',
  dhis2_period_type_not_used: 'period',
  dhis2_unknown_data_set: 'dataSet',
};

/** Collects conflicts, one per value, each code translated once. */
export class Conflicts {
  readonly list: Conflict[] = [];
  readonly bad = new Set<number>();
  constructor(private lang: Lang) {}

  add(index: number, object: string, errorCode: string, params: Record<string, unknown> = {}) {
    this.bad.add(index);
    const property = PROPERTY[errorCode] ?? (errorCode === 'dhis2_missing_field' ? String(params.field) : undefined);
    this.list.push({ object, value: translate(errorCode, this.lang, params), errorCode, ...(property ? { property } : {}), indexes: [index] });
  }
}

export interface SummaryOptions {
  dryRun: boolean;
  importStrategy: string;
  atomicMode: string;
  async?: boolean;
  reportMode?: string;
  skipAudit?: boolean;
  strictPeriods?: boolean;
  force?: boolean;
  schemes?: Schemes;
}

export type ImportSummary = ReturnType<typeof importSummary>;

/** The answer, shaped like DHIS2's ImportSummary (2.39 and later). */
export function importSummary(lang: Lang, opts: SummaryOptions, count: ImportCount, conflicts: Conflict[], wrote: boolean) {
  const status: 'SUCCESS' | 'WARNING' | 'ERROR' = conflicts.length === 0 ? 'SUCCESS' : wrote || opts.atomicMode === 'NONE' ? 'WARNING' : 'ERROR';
  const description =
    status === 'ERROR'
      ? translate('dhis2_import_failed', lang, { count: conflicts.length })
      : status === 'WARNING'
        ? translate('dhis2_import_partial', lang, { count: conflicts.length })
        : opts.dryRun
          ? translate('dhis2_dry_run', lang)
          : translate('dhis2_import_success', lang);
  const idSchemes: Record<string, string> = {};
  if (opts.schemes) for (const [k, v] of Object.entries(opts.schemes)) if (v !== 'UID') idSchemes[`${k}IdScheme`] = v;
  const reportMode = opts.reportMode ?? 'FULL';
  return {
    responseType: 'ImportSummary' as const,
    status,
    description,
    importOptions: {
      idSchemes,
      dryRun: opts.dryRun,
      async: opts.async ?? false,
      importStrategy: opts.importStrategy,
      atomicMode: opts.atomicMode,
      reportMode,
      skipAudit: opts.skipAudit ?? false,
      strictPeriods: opts.strictPeriods ?? false,
      force: opts.force ?? false,
    },
    importCount: count,
    conflicts,
    rejectedIndexes: [...new Set(conflicts.flatMap((c) => c.indexes))].sort((a, b) => a - b),
    dataSetComplete: 'false',
  };
}

/** DHIS2's WebMessage around an import summary: 409 Conflict when anything conflicted, else 200 OK. */
export function webMessageOf(summary: ImportSummary) {
  if (summary.status === 'SUCCESS')
    return { httpStatus: 'OK', httpStatusCode: 200, status: 'OK' as const, message: 'Import was successful.', response: summary };
  const error = summary.status === 'ERROR';
  return {
    httpStatus: 'Conflict',
    httpStatusCode: 409,
    status: error ? ('ERROR' as const) : ('WARNING' as const),
    message: error ? 'An error occurred, please check import summary.' : 'One more conflicts encountered, please check import summary.',
    response: summary,
  };
}
