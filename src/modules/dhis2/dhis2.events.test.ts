import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { provideEventSubscriber, type DomainEvent } from '../../server/events.js';
import { summaries } from './dhis2.fixtures.js';
import { useTestApp } from '../../test/harness.js';
import { createTestForm } from '../data-entry/data-entry.fixtures.js';

const app = useTestApp('tinh.phutho', 'xa.tanlac', 'admin');
const as = (u: string) => summaries(app).as(u);
/** Events published, with whether the publisher's change was visible in the transaction handed over. */
const events: DomainEvent[] = [];
const finished = () => events.filter((e) => e.type === 'import.finished');

beforeAll(async () => {
  await createTestForm(as('admin'), app.t.database.db);
  provideEventSubscriber(async (_trx, e) => {
    events.push(e);
  });
});

const SET = {
  dataSet: 'TEST_Y',
  period: '2025',
  orgUnit: '05128',
  dataValues: [
    { dataElement: 'T_HH_TOTAL', value: '120' },
    { dataElement: 'T_HH_POOR', value: '30' },
    { dataElement: 'T_POP', categoryOptionCombo: 'NAM', value: '200' },
  ],
};
const URL = '/api/dataValueSets?idScheme=CODE';

describe('DHIS2 import publishes import.finished', () => {
  it('after every data value set import (dry run, written, nothing to do, conflicts, async), with counts only; not for single values', async () => {
    events.length = 0;
    expect((await as('tinh.phutho').post(`${URL}&dryRun=true`, SET)).json().importCount.imported).toBe(3);
    expect((await as('tinh.phutho').post(URL, SET)).json().importCount.imported).toBe(3);
    expect((await as('tinh.phutho').post(URL, SET)).json().importCount.ignored).toBe(3);
    const changed = {
      ...SET,
      dataValues: [
        { ...SET.dataValues[0], value: '121' },
        { dataElement: 'NO_SUCH', value: '1' },
      ],
    };
    expect((await as('tinh.phutho').post(URL, changed)).json().importCount.updated).toBe(1);
    const all = await as('tinh.phutho').post(`${URL}&atomicMode=ALL`, changed);
    expect(all.json().status).toBe('ERROR');
    expect(finished().map((e) => e.data)).toEqual([
      { kind: 'dhis2', dryRun: true, applied: false, values: 3, imported: 3, updated: 0, deleted: 0, ignored: 0, conflicts: 0, by: 'tinh.phutho' },
      { kind: 'dhis2', dryRun: false, applied: true, values: 3, imported: 3, updated: 0, deleted: 0, ignored: 0, conflicts: 0, by: 'tinh.phutho' },
      { kind: 'dhis2', dryRun: false, applied: false, values: 3, imported: 0, updated: 0, deleted: 0, ignored: 3, conflicts: 0, by: 'tinh.phutho' },
      { kind: 'dhis2', dryRun: false, applied: true, values: 2, imported: 0, updated: 1, deleted: 0, ignored: 1, conflicts: 1, by: 'tinh.phutho' },
      { kind: 'dhis2', dryRun: false, applied: false, values: 2, imported: 0, updated: 0, deleted: 0, ignored: 2, conflicts: 1, by: 'tinh.phutho' },
    ]);
    // No unit (national subscriptions only), no values, names or comments.
    expect(finished().every((e) => e.unitId === null)).toBe(true);
    expect(JSON.stringify(finished())).not.toContain('121');

    // A commune officer may not exchange at all: refused, and nothing is published.
    events.length = 0;
    expect((await as('xa.tanlac').post(URL, SET)).statusCode).toBe(403);
    expect(finished()).toEqual([]);
    // The province sending another province's commune: every value a conflict, one event with the counts.
    const { rows } = await sql<{ code: string }>`SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
      WHERE c.level = 'commune' AND p.level = 'province' AND p.code <> '25' AND c.valid_to IS NULL ORDER BY c.code LIMIT 1`.execute(app.t.database.db);
    const outside = await as('tinh.phutho').post(URL, { ...SET, orgUnit: rows[0].code });
    expect(outside.json().importCount.imported).toBe(0);
    expect(finished()).toHaveLength(1);
    expect(finished()[0].data).toMatchObject({ applied: false, imported: 0, conflicts: 3 });

    // Asynchronous: the event comes when the job ends.
    events.length = 0;
    const job = await as('tinh.phutho').post(`${URL}&async=true`, { ...SET, dataValues: [{ ...SET.dataValues[1], value: '31' }] });
    expect(job.statusCode).toBe(200);
    for (let i = 0; i < 100 && !finished().length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(finished().map((e) => e.data)).toEqual([
      { kind: 'dhis2', dryRun: false, applied: true, values: 1, imported: 0, updated: 1, deleted: 0, ignored: 0, conflicts: 0, by: 'tinh.phutho' },
    ]);

    // One value through /api/dataValues is data entry, not an import.
    events.length = 0;
    const single = await as('tinh.phutho').post('/api/dataValues?de=T_POP&pe=2025&ou=05128&co=NAM&idScheme=CODE&value=201', undefined);
    expect(single.statusCode, single.body).toBeLessThan(300);
    expect(finished()).toEqual([]);
  });
});
