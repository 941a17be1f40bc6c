import { CopySink, copyStatement as statement } from '../../db/copy-text.js';
import { searchKey, sortKey } from '../../shared/text.js';
import { DEMO_COPY_COLUMNS } from '../register/bulk.columns.js';
import { type DemoHousehold, RECORD_DATE } from './register-demo.generator.js';

/**
 * Rows of the register tables in PostgreSQL's COPY text format (tab-separated, \N for NULL), in the
 * order the tables must be loaded: persons before the households that name their head, households
 * before their members and poverty years.
 */
export const COPY_TABLES = {
  ...DEMO_COPY_COLUMNS,
  record_change: ['entity', 'entity_id', 'field', 'old_value', 'new_value', 'effective_date'],
} as const;

export type CopyTable = keyof typeof COPY_TABLES;
export const COPY_ORDER: CopyTable[] = ['person', 'household', 'household_member', 'household_poverty', 'record_change'];

/** The COPY statement reading one table's rows in this format from `source` (STDIN or a file). */
export function copyStatement(table: CopyTable, source: string): string {
  return statement(table, COPY_TABLES[table], source);
}

const SPECIAL = /[\\\t\n\r]/;
/** Escapes text that may come from outside the generator (village names in addresses). */
function text(v: string | null): string {
  if (v === null) return '\\N';
  return SPECIAL.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}
const bool = (v: boolean | null) => (v === null ? '\\N' : v ? 't' : 'f');
const num = (v: number | null) => (v === null ? '\\N' : String(v));

/**
 * Search and sort keys of a name (escaped for COPY), built word by word from cached keys of each word (a few hundred
 * distinct words make up every generated name). Equal to searchKey/sortKey of the whole name for
 * single-spaced names, which generated names are: sortKey puts letters first and tones after, so the
 * words' letter parts are joined by spaces and their tone parts follow.
 */
const wordKeys = new Map<string, { search: string; letters: string; tones: string }>();
function keysOf(name: string): { search: string; sort: string } {
  const words = name.split(' ');
  let search = '';
  let letters = '';
  let tones = '';
  for (let i = 0; i < words.length; i++) {
    let k = wordKeys.get(words[i]);
    if (!k) {
      const [l, t] = sortKey(words[i]).split('\u0001');
      // Sort keys use '\\' for the letter x: escaped here, once per word, for COPY.
      k = { search: text(searchKey(words[i])), letters: text(l), tones: t };
      if (wordKeys.size < 50_000) wordKeys.set(words[i], k);
    }
    search += i ? ` ${k.search}` : k.search;
    letters += i ? ` ${k.letters}` : k.letters;
    tones += k.tones;
  }
  return { search, sort: `${letters}\u0001${tones}` };
}

/** COPY data of each table for one chunk. */
export type CopyBuffers = Record<CopyTable, CopySink>;

export function emptyBuffers(): CopyBuffers {
  return {
    person: new CopySink(),
    household: new CopySink(),
    household_member: new CopySink(),
    household_poverty: new CopySink(),
    record_change: new CopySink(),
  };
}

/**
 * Appends one household, its members and its poverty years to the buffers. Generated names and codes
 * come from fixed lists without tabs, newlines or backslashes, so only addresses (which carry village
 * names from the database) and sort keys are escaped.
 */
export function appendHousehold(out: CopyBuffers, h: DemoHousehold): void {
  const head = h.members[0];
  let headSearch = '';
  for (const p of h.members) {
    const keys = keysOf(p.fullName);
    if (!headSearch) headSearch = keys.search;
    const search = p.cccd ? `${keys.search} ${p.cccd}` : keys.search;
    out.person.write(
      `${p.id}\t${p.fullName}\t${p.sex}\t${p.birthDate ?? '\\N'}\t${p.birthYear}\t${p.ethnicCode}\t${p.religion}\t${p.cccd ?? '\\N'}\t` +
        `${p.maritalStatus ?? '\\N'}\t${p.educationLevel ?? '\\N'}\t${bool(p.literate)}\t${bool(p.speaksVietnamese)}\t${p.schoolEnrolment ?? '\\N'}\t` +
        `${p.occupation ?? '\\N'}\t${bool(p.healthInsurance)}\t${p.disability}\t${h.communeId}\t${search}\t${keys.sort}\tt\n`,
    );
    out.household_member.write(`${p.memberId}\t${h.id}\t${p.id}\t${p.relationship}\t${p.memberFrom}\n`);
  }
  out.household.write(
    `${h.id}\t${h.code}\t${h.communeId}\t${h.villageId}\t${head.id}\t${head.ethnicCode}\t${text(h.address)}\t${h.phone ?? '\\N'}\t` +
      `${h.housing}\t${h.residentialLandM2}\t${num(h.productionLandM2)}\t${h.waterSource}\t${h.electricity}\t${h.toiletType}\t` +
      `${h.mainLivelihood}\t${h.incomeBand}\t${h.internetAccess}\t${h.smartphones}\t${h.computers}\t${h.validFrom}\t` +
      `${searchKey(h.code)} ${headSearch}\tt\n`,
  );
  for (const y of h.poverty) {
    out.household_poverty.write(`${h.id}\t${y.year}\t${y.status}\t${y.incomePerCapita}\t${JSON.stringify(y.deprivations)}\t${y.deprivations.length}\n`);
  }
  // The move from the old commune (and village) into the new one on the day the 2025 communes came into force.
  if (h.formerCommuneId !== h.communeId) out.record_change.write(`household\t${h.id}\tcommuneId\t${h.formerCommuneId}\t${h.communeId}\t${RECORD_DATE}\n`);
  if (h.formerVillageId !== null && h.formerVillageId !== h.villageId)
    out.record_change.write(`household\t${h.id}\tvillageId\t${h.formerVillageId}\t${h.villageId}\t${RECORD_DATE}\n`);
}

/** Number of rows a household adds across the tables. */
export function rowsOf(h: DemoHousehold): number {
  return (
    1 +
    h.members.length * 2 +
    h.poverty.length +
    (h.formerCommuneId !== h.communeId ? 1 : 0) +
    (h.formerVillageId !== null && h.formerVillageId !== h.villageId ? 1 : 0)
  );
}
