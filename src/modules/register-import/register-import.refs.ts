/**
 * Reference lists an import resolves cells against, loaded once per import: communes (every
 * version, to tell "not in force on the date" from "unknown"), ethnic groups by code, name and
 * other names, and villages of the communes met so far.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { validOn } from '../admin-units/as-of.js';
import { formatDateVi } from '../admin-units/admin-units.lookup.js';
import { inReach, reachIds, type Scope } from '../../server/scope.js';
import { searchKey } from '../../shared/text.js';
import { cellKey } from './register-import.columns.js';
import { communeVersions, ethnicGroups, villagesOf } from './register-import.repository.js';

export interface Commune {
  id: number;
  code: string;
  name: string;
  valid_from: string | null;
  valid_to: string | null;
}

export interface VillageRef {
  id: number;
  code: string;
  name: string;
  commune_id: number;
  valid_from: string | null;
  valid_to: string | null;
}

type Fail = { code: string; params: Record<string, unknown> };

export class Refs {
  private communes = new Map<string, Commune[]>();
  private ethnic = new Map<string, string>();
  private villages = new Map<number, VillageRef[]>();

  private constructor(private scope: Scope) {}

  static async load(db: Kysely<DB>, scope: Scope): Promise<Refs> {
    const r = new Refs(scope);
    const units = await communeVersions(db);
    for (const u of units) r.communes.set(u.code, [...(r.communes.get(u.code) ?? []), u]);
    const groups = await ethnicGroups(db);
    for (const g of groups) {
      r.ethnic.set(g.code, g.code);
      r.ethnic.set(String(Number(g.code)), g.code);
      r.ethnic.set(searchKey(g.name), g.code);
    }
    for (const g of groups) {
      for (const other of g.other_names.split(/[;(),]/)) {
        const k = searchKey(other);
        if (k && !r.ethnic.has(k)) r.ethnic.set(k, g.code);
      }
    }
    return r;
  }

  /** The commune carrying a code on a date, within the caller's reach. */
  commune(input: string, date: string): Commune | Fail {
    const code = /^\d{1,5}$/.test(input) ? input.padStart(5, '0') : input;
    const versions = this.communes.get(code);
    if (!versions) return { code: 'unknown_unit', params: { code: input, date: formatDateVi(date) } };
    const unit = versions.find((u) => validOn({ validFrom: u.valid_from, validTo: u.valid_to }, date));
    if (!unit) return { code: 'commune_not_in_force', params: { code, date: formatDateVi(date) } };
    if (!inReach(this.scope, unit.id)) return { code: 'out_of_scope', params: {} };
    return unit;
  }

  /** Communes of the caller's reach for record look-ups (null = everywhere). */
  reachIds(): number[] | null {
    return reachIds(this.scope);
  }

  /** An ethnic group by code ("06", "6") or name ("Mường", "Muong", other names). */
  ethnicCode(input: string): string | undefined {
    return this.ethnic.get(cellKey(input));
  }

  /** Loads the villages of communes not seen yet (one query per batch). */
  async loadVillages(db: Kysely<DB>, communeIds: number[]): Promise<void> {
    const missing = [...new Set(communeIds)].filter((id) => !this.villages.has(id));
    if (!missing.length) return;
    for (const id of missing) this.villages.set(id, []);
    const rows = await villagesOf(db, missing);
    for (const v of rows) this.villages.get(v.commune_id)!.push(v);
  }

  /** A village of the commune by id, code or name, active on the date. */
  village(input: string, commune: Commune, date: string): VillageRef | Fail {
    const list = this.villages.get(commune.id) ?? [];
    const key = cellKey(input);
    const found =
      list.find((v) => String(v.id) === input) ??
      list.find((v) => v.code === input) ??
      list
        .filter((v) => searchKey(v.name) === key || searchKey(v.name).replace(/^(thon|ban|xom|to dan pho|to) /, '') === key)
        .sort(
          (a, b) =>
            Number(validOn({ validFrom: b.valid_from, validTo: b.valid_to }, date)) - Number(validOn({ validFrom: a.valid_from, validTo: a.valid_to }, date)),
        )[0];
    if (!found)
      return /^\d+$/.test(input)
        ? { code: 'village_not_in_commune', params: { id: input } }
        : { code: 'import_unknown_village', params: { commune: commune.name } };
    if (!validOn({ validFrom: found.valid_from, validTo: found.valid_to }, date))
      return { code: 'village_not_active', params: { name: found.name, date: formatDateVi(date) } };
    return found;
  }
}

export const isFail = (x: unknown): x is Fail => typeof x === 'object' && x !== null && 'code' in x && 'params' in x && !('id' in x);
