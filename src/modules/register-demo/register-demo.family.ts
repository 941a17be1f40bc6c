import type { Relationship, Sex } from '../../db/schema.register.js';
import type { Draw } from './register-demo.random.js';

/** The year of the register's snapshot: households are recorded on the 2025 communes from 1/7/2025. */
export const SNAPSHOT_YEAR = 2025;
/** Parents are 16–45 years older than their children; the generator keeps to 18–43 for mothers. */
export const PARENT_GAP = { min: 16, max: 45 } as const;

/** One member of a generated household before names and attributes: who they are to the head. */
export interface Kin {
  relationship: Relationship;
  sex: Sex;
  birthYear: number;
  /** Index (in the household) of the member this person is married to. */
  spouseOf?: number;
  /** Indexes of this person's parents within the household. */
  parents: number[];
}

const opposite = (s: Sex): Sex => (s === 'male' ? 'female' : 'male');
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * Birth years a child of these parents may have: every parent at least 18 (a mother at most 43)
 * years older, and no one born after the snapshot. Null when no such year exists.
 */
function childYears(members: Kin[], parents: number[]): [number, number] | null {
  let lo = -Infinity;
  let hi = SNAPSHOT_YEAR;
  for (const p of parents) {
    const m = members[p];
    lo = Math.max(lo, m.birthYear + 18);
    hi = Math.min(hi, m.birthYear + (m.sex === 'female' ? 43 : PARENT_GAP.max));
  }
  return lo <= hi ? [lo, hi] : null;
}

function addChildren(d: Draw, members: Kin[], parents: number[], count: number, relationship: Relationship, minAge = 0): number {
  const range = childYears(members, parents);
  if (!range) return 0;
  const hi = Math.min(range[1], SNAPSHOT_YEAR - minAge);
  if (hi < range[0]) return 0;
  for (let i = 0; i < count; i++) {
    members.push({ relationship, sex: d.chance(0.512) ? 'male' : 'female', birthYear: d.int(range[0], hi), parents });
  }
  return count;
}

/**
 * The people of one household of `size`: a head, usually a spouse, children whose ages fit their
 * parents, and in larger households the head's parents or a married child with grandchildren.
 * Members that cannot be fitted by age become siblings or other relatives.
 */
export function composeHousehold(d: Draw, size: number): Kin[] {
  const members: Kin[] = [];
  if (size === 1) {
    const elderly = d.chance(0.6);
    const sex: Sex = elderly ? (d.chance(0.68) ? 'female' : 'male') : d.chance(0.62) ? 'male' : 'female';
    members.push({ relationship: 'head', sex, birthYear: SNAPSHOT_YEAR - (elderly ? d.int(60, 92) : d.int(20, 59)), parents: [] });
    return members;
  }
  const headAge = Math.round(clamp(d.normal(47, 13), 21, 88));
  const headSex: Sex = d.chance(0.8) ? 'male' : 'female';
  members.push({ relationship: 'head', sex: headSex, birthYear: SNAPSHOT_YEAR - headAge, parents: [] });
  const couple = [0];
  if (d.chance(size === 2 ? 0.75 : 0.9)) {
    // Husbands are on average three years older than their wives.
    const gap = Math.round(clamp(d.normal(3, 3), -5, 12));
    const spouseAge = Math.max(18, headSex === 'male' ? headAge - gap : headAge + gap);
    members.push({
      relationship: headSex === 'male' ? 'wife' : 'husband',
      sex: opposite(headSex),
      birthYear: SNAPSHOT_YEAR - spouseAge,
      spouseOf: 0,
      parents: [],
    });
    members[0].spouseOf = 1;
    couple.push(1);
  }
  let left = size - members.length;

  // Older heads often live with a married child and grandchildren.
  if (headAge >= 55 && left >= 3 && d.chance(0.7)) {
    const before = members.length;
    if (addChildren(d, members, couple, 1, 'child', 22)) {
      const child = members[before];
      const gap = Math.round(clamp(d.normal(child.sex === 'male' ? -3 : 3, 2), -6, 8));
      members.push({
        relationship: 'child_in_law',
        sex: opposite(child.sex),
        birthYear: Math.min(SNAPSHOT_YEAR - 18, child.birthYear - gap),
        spouseOf: before,
        parents: [],
      });
      child.spouseOf = before + 1;
      left -= 2;
      const grandchildren = Math.max(1, left - (d.chance(0.3) ? 1 : 0));
      left -= addChildren(d, members, [before, before + 1], grandchildren, 'grandchild');
    }
  }
  // Younger heads sometimes keep a parent (or both) with them.
  if (headAge <= 52 && left >= 2 && d.chance(0.3)) {
    const motherGap = d.int(20, 40);
    members.push({ relationship: 'mother', sex: 'female', birthYear: members[0].birthYear - motherGap, parents: [] });
    members[0].parents = [members.length - 1];
    left--;
    if (left >= 3 && d.chance(0.5)) {
      const fatherGap = Math.min(PARENT_GAP.max, motherGap + d.int(0, 6));
      members.push({ relationship: 'father', sex: 'male', birthYear: members[0].birthYear - fatherGap, spouseOf: members.length - 1, parents: [] });
      members[members.length - 2].spouseOf = members.length - 1;
      members[0].parents.push(members.length - 1);
      left--;
    }
  }
  if (left > 0) left -= addChildren(d, members, couple, left, 'child');
  // Whoever could not be placed by age: a younger sibling of the head or another relative.
  while (left-- > 0) {
    const sibling = d.chance(0.6);
    const age = sibling ? clamp(headAge - d.int(1, 12), 1, 95) : d.int(1, 70);
    members.push({ relationship: sibling ? 'sibling' : 'other', sex: d.chance(0.5) ? 'male' : 'female', birthYear: SNAPSHOT_YEAR - age, parents: [] });
  }
  return members;
}
