import { expect } from 'vitest';
import type { Client } from '../../test/harness.js';
import { cccdPrefix } from '../../shared/cccd.js';

let serial = 100000;

/** A valid CCCD for a person (registered in Hòa Bình, 017) with a fresh serial number. */
export function cccdFor(sex: 'male' | 'female', birthYear: number, province = '17'): string {
  return `${cccdPrefix(province, sex, birthYear)}${String(serial++).padStart(6, '0')}`;
}

let codes = 0;
/** A household code not used before in this test run. */
export function freshCode(prefix = 'HB'): string {
  return `${prefix}${String(++codes).padStart(4, '0')}-${Math.floor(Math.random() * 1e6)}`;
}

/** A new member as create bodies take it. */
export interface MemberBody {
  fullName: string;
  sex: 'male' | 'female';
  birthDate?: string;
  birthYear?: number;
  ethnicCode: string;
  cccd?: string;
  relationship: string;
}

/** A head (Mường man, 1975) and a wife and a child, as create bodies take them. */
export function family(): MemberBody[] {
  return [
    { fullName: 'Bùi Văn Thắng', sex: 'male', birthDate: '1975-04-12', ethnicCode: '06', cccd: cccdFor('male', 1975), relationship: 'head' },
    { fullName: 'Quách Thị Hoa', sex: 'female', birthYear: 1978, ethnicCode: '06', relationship: 'wife' },
    { fullName: 'Bùi Văn Nam', sex: 'male', birthDate: '2003-09-01', ethnicCode: '06', cccd: cccdFor('male', 2003), relationship: 'child' },
  ];
}

/** The id of a village of a commune valid on a date (through the API, as a user would find it). */
export async function villageOf(c: Client, communeCode: string, date: string): Promise<number> {
  const res = await c.get(`/api/villages?commune=${communeCode}&date=${date}&pageSize=1`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items[0].id;
}

/** Creates a household and returns its detail; fails the test on anything but 201. */
export async function createHousehold(c: Client, body: Record<string, unknown>) {
  const res = await c.post('/api/households', { code: freshCode(), members: family(), ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
