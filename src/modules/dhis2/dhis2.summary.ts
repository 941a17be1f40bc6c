import { translate, type Lang } from '../../server/messages.js';

export interface Conflict {
  /** The identifier the conflict is about, as the sender wrote it. */
  object: string;
  /** What is wrong, in the caller's language. */
  value: string;
  errorCode: string;
  /** Positions of the values concerned in the sent list (0-based). */
  indexes: number[];
}

export interface ImportCount {
  imported: number;
  updated: number;
  ignored: number;
  deleted: number;
}

/** Collects conflicts, one per value, each code translated once. */
export class Conflicts {
  readonly list: Conflict[] = [];
  readonly bad = new Set<number>();
  constructor(private lang: Lang) {}

  add(index: number, object: string, errorCode: string, params: Record<string, unknown> = {}) {
    this.bad.add(index);
    this.list.push({ object, value: translate(errorCode, this.lang, params), errorCode, indexes: [index] });
  }
}

/** The answer, shaped like DHIS2's ImportSummary. */
export function importSummary(
  lang: Lang,
  opts: { dryRun: boolean; importStrategy: string; atomicMode: string },
  count: ImportCount,
  conflicts: Conflict[],
  wrote: boolean,
) {
  const status: 'SUCCESS' | 'WARNING' | 'ERROR' = conflicts.length === 0 ? 'SUCCESS' : wrote || opts.atomicMode === 'NONE' ? 'WARNING' : 'ERROR';
  const description =
    status === 'ERROR'
      ? translate('dhis2_import_failed', lang, { count: conflicts.length })
      : status === 'WARNING'
        ? translate('dhis2_import_partial', lang, { count: conflicts.length })
        : opts.dryRun
          ? translate('dhis2_dry_run', lang)
          : translate('dhis2_import_success', lang);
  return {
    responseType: 'ImportSummary' as const,
    status,
    description,
    importOptions: { dryRun: opts.dryRun, importStrategy: opts.importStrategy, atomicMode: opts.atomicMode },
    importCount: count,
    conflicts,
  };
}
