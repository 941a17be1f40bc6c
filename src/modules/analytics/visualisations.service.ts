import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
import { userNamesByIds } from '../accounts/user-names.service.js';
import {
  deleteVisualisation,
  insertVisualisation,
  listVisualisations,
  setSuppressionThreshold,
  suppressionThreshold,
  updateVisualisation,
  visualisationById,
  type VisualisationRow,
} from './analytics.repository.js';
import type { visualisationBody, visualisationPatch } from './analytics.schema.js';

export { suppressionThreshold };

const canOpen = (row: VisualisationRow, user: SessionUser) =>
  row.owner_id === user.id || (row.shared_roles as string[]).includes(user.role) || (row.shared_user_ids as number[]).includes(user.id);

/** Visualisations the user may open, with their owners' names. */
export async function visualisationsOf(db: Kysely<DB>, user: SessionUser) {
  const rows = await listVisualisations(db, user.id, user.role);
  return {
    rows,
    names: await userNamesByIds(
      db,
      rows.map((r) => r.owner_id),
    ),
  };
}

/** One visualisation the user may open; one they may not looks like one that does not exist. */
export async function openVisualisation(db: Kysely<DB>, user: SessionUser, id: number) {
  const row = await visualisationById(db, id);
  if (!row || !canOpen(row, user)) throw new AppError(404, 'not_found');
  return { row, names: await userNamesByIds(db, [row.owner_id]) };
}

async function owned(db: Kysely<DB>, user: SessionUser, id: number) {
  const { row } = await openVisualisation(db, user, id);
  if (row.owner_id !== user.id) throw new AppError(403, 'analytics_visualisation_not_yours');
  return row;
}

async function checkUsers(db: Kysely<DB>, ids: number[] | undefined) {
  if (!ids?.length) return;
  const known = await userNamesByIds(db, ids);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw new AppError(400, 'analytics_unknown_user', { ids: missing.join(', ') }, [
      { field: 'sharedUserIds', code: 'analytics_unknown_user', params: { ids: missing.join(', ') } },
    ]);
}

export async function saveVisualisation(db: Kysely<DB>, user: SessionUser, actor: Actor, b: z.infer<typeof visualisationBody>) {
  await checkUsers(db, b.sharedUserIds);
  const row = await db.transaction().execute(async (trx) => {
    const row = await insertVisualisation(
      trx,
      {
        name: b.name,
        query: JSON.stringify(b.query),
        chart_type: b.chartType,
        shared_roles: JSON.stringify([...new Set(b.sharedRoles)]),
        shared_user_ids: JSON.stringify([...new Set(b.sharedUserIds)]),
      },
      user.id,
    );
    await writeAudit(trx, actor, { action: 'create', entity: 'analytics_visualisation', entityId: row.id, after: { name: b.name, chartType: b.chartType } });
    return row;
  });
  return openVisualisation(db, user, row.id);
}

/** Renames, changes the query or chart, or shares a visualisation (its owner only). */
export async function changeVisualisation(db: Kysely<DB>, user: SessionUser, actor: Actor, id: number, b: z.infer<typeof visualisationPatch>) {
  const before = await owned(db, user, id);
  await checkUsers(db, b.sharedUserIds);
  await db.transaction().execute(async (trx) => {
    await updateVisualisation(trx, id, {
      ...(b.name !== undefined ? { name: b.name } : {}),
      ...(b.query !== undefined ? { query: JSON.stringify(b.query) } : {}),
      ...(b.chartType !== undefined ? { chart_type: b.chartType } : {}),
      ...(b.sharedRoles !== undefined ? { shared_roles: JSON.stringify([...new Set(b.sharedRoles)]) } : {}),
      ...(b.sharedUserIds !== undefined ? { shared_user_ids: JSON.stringify([...new Set(b.sharedUserIds)]) } : {}),
    });
    await writeAudit(trx, actor, {
      action: 'update',
      entity: 'analytics_visualisation',
      entityId: id,
      before: { name: before.name, chartType: before.chart_type, sharedRoles: before.shared_roles, sharedUserIds: before.shared_user_ids },
      after: { name: b.name, chartType: b.chartType, sharedRoles: b.sharedRoles, sharedUserIds: b.sharedUserIds },
    });
  });
  return openVisualisation(db, user, id);
}

export async function removeVisualisation(db: Kysely<DB>, user: SessionUser, actor: Actor, id: number) {
  const before = await owned(db, user, id);
  await db.transaction().execute(async (trx) => {
    await deleteVisualisation(trx, id);
    await writeAudit(trx, actor, { action: 'delete', entity: 'analytics_visualisation', entityId: id, before: { name: before.name } });
  });
}

/** Sets the disclosure threshold (fewest persons a published cell may count). */
export async function changeThreshold(db: Kysely<DB>, actor: Actor, threshold: number) {
  await db.transaction().execute(async (trx) => {
    const before = await suppressionThreshold(trx);
    await setSuppressionThreshold(trx, threshold);
    await writeAudit(trx, actor, { action: 'update', entity: 'analytics_setting', entityId: 1, before: { threshold: before }, after: { threshold } });
  });
}
