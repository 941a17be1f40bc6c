import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Scheme } from './dhis2.schema.js';
import { dhis2IdRows } from '../reporting-metadata/catalogue.service.js';

/** DHIS2's built-in default category option combo; the same UID in every DHIS2 instance. */
export const DEFAULT_COC_UID = 'HllvX50cXC0';
const DEFAULT_COC_REFS = new Set(['', 'default', 'none', DEFAULT_COC_UID]);

interface Element {
  id: number;
  code: string;
  uid: string | null;
  comboId: number;
  comboCode: string;
}
interface OptionCombo {
  id: number;
  code: string;
  uid: string | null;
  comboId: number;
  comboCode: string;
}
interface DataSet {
  id: number;
  code: string;
  uid: string | null;
}
type Kind = 'data_element' | 'category_option_combo' | 'org_unit' | 'data_set';

/**
 * Translates identifiers between DHIS2 and us. Under the UID scheme an item is named by its row in
 * the mapping table, else its own DHIS2 UID, else (no UID known) its code; under CODE by our code.
 * Reading is lenient the same way, so an export read back always resolves.
 */
export class Dhis2Ids {
  private toLocal = new Map<string, string>();
  private toRemote = new Map<string, string>();
  readonly elements = new Map<number, Element>();
  readonly optionCombos = new Map<number, OptionCombo>();
  readonly dataSets = new Map<number, DataSet>();

  static async load(db: Kysely<DB>): Promise<Dhis2Ids> {
    const ids = new Dhis2Ids();
    const { maps, els, cocs, sets } = await dhis2IdRows(db);
    for (const m of maps) {
      ids.toLocal.set(`${m.kind}|${m.dhis2_id}`, m.local_code);
      ids.toRemote.set(`${m.kind}|${m.local_code}`, m.dhis2_id);
    }
    for (const e of els) {
      const el = { id: e.id, code: e.code, uid: e.dhis2_uid, comboId: e.combo_id, comboCode: e.combo_code };
      ids.elements.set(e.id, el);
      ids.index('data_element', el);
    }
    for (const c of cocs) {
      const coc = { id: c.id, code: c.code, uid: c.dhis2_uid, comboId: c.combo_id, comboCode: c.combo_code };
      ids.optionCombos.set(c.id, coc);
      (ids.combos.get(c.combo_id) ?? ids.combos.set(c.combo_id, []).get(c.combo_id)!).push(coc);
    }
    for (const s of sets) {
      const set = { id: s.id, code: s.code, uid: s.dhis2_uid };
      ids.dataSets.set(s.id, set);
      ids.index('data_set', set);
    }
    return ids;
  }

  private local(kind: Kind, ref: string) {
    return this.toLocal.get(`${kind}|${ref}`);
  }

  private remote(kind: Kind, code: string) {
    return this.toRemote.get(`${kind}|${code}`);
  }

  private byCode = new Map<string, unknown>();
  private byUid = new Map<string, unknown>();
  private combos = new Map<number, OptionCombo[]>();

  private index(kind: Kind, item: { code: string; uid: string | null }) {
    this.byCode.set(`${kind}|${item.code}`, item);
    if (item.uid) this.byUid.set(`${kind}|${item.uid}`, item);
  }

  private find<T>(kind: Kind, ref: string, scheme: Scheme): T | undefined {
    const byCode = (c: string | undefined) => (c === undefined ? undefined : (this.byCode.get(`${kind}|${c}`) as T | undefined));
    const byUid = () => byCode(this.local(kind, ref)) ?? (this.byUid.get(`${kind}|${ref}`) as T | undefined);
    return scheme === 'UID' ? (byUid() ?? byCode(ref)) : (byCode(ref) ?? byUid());
  }

  element(ref: string, scheme: Scheme) {
    return this.find<Element>('data_element', ref, scheme);
  }

  dataSet(ref: string, scheme: Scheme) {
    return this.find<DataSet>('data_set', ref, scheme);
  }

  /** The option combination of an element's breakdown; a missing or default one means "not broken down". */
  optionCombo(element: Element, ref: string | null | undefined, scheme: Scheme) {
    const own = this.combos.get(element.comboId) ?? [];
    if (element.comboCode === 'none' && DEFAULT_COC_REFS.has(ref ?? '')) return own[0];
    if (!ref) return undefined;
    const named = this.local('category_option_combo', ref);
    const qualified = (c: OptionCombo) => `${c.comboCode}.${c.code}`;
    const byUid = () => own.find((c) => named === qualified(c)) ?? own.find((c) => c.uid === ref);
    const byCode = () => own.find((c) => c.code === ref || qualified(c) === ref);
    return scheme === 'UID' ? (byUid() ?? byCode()) : (byCode() ?? byUid());
  }

  /**
   * Whether an attribute option combo is DHIS2's default (the only one kept here): `default`, the
   * built-in UID, or the UID a metadata import recorded for DHIS2's default combination.
   */
  isDefaultAttributeCombo(ref: string) {
    return DEFAULT_COC_REFS.has(ref) || this.local('category_option_combo', ref) === 'none.default';
  }

  /** Our unit code for a DHIS2 org unit reference. */
  orgUnitCode(ref: string, scheme: Scheme): string {
    const mapped = this.local('org_unit', ref);
    if (scheme === 'UID') return mapped ?? ref;
    return /^\d{2,5}$/.test(ref) || !mapped ? ref : mapped;
  }

  elementRef(id: number, scheme: Scheme) {
    const e = this.elements.get(id)!;
    return scheme === 'CODE' ? e.code : (this.remote('data_element', e.code) ?? e.uid ?? e.code);
  }

  optionComboRef(id: number, scheme: Scheme) {
    const c = this.optionCombos.get(id)!;
    if (scheme === 'CODE') return c.code;
    if (c.comboCode === 'none') return DEFAULT_COC_UID;
    return this.remote('category_option_combo', `${c.comboCode}.${c.code}`) ?? c.uid ?? c.code;
  }

  orgUnitRef(code: string, scheme: Scheme) {
    return scheme === 'CODE' ? code : (this.remote('org_unit', code) ?? code);
  }

  dataSetRef(id: number, scheme: Scheme) {
    const s = this.dataSets.get(id)!;
    return scheme === 'CODE' ? s.code : (this.remote('data_set', s.code) ?? s.uid ?? s.code);
  }
}
