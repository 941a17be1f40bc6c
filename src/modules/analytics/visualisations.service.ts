import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../server/context.js';
import { writeAudit, type Actor } from '../audit/audit.service.js';
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
import { changeSaved, checkUsers, openSaved, removeSaved, sharingColumns, uniq, withOwnerNames, type SavedKind } from './saved-items.service.js';

export { suppressionThreshold };

const VISUALISATION: SavedKind<VisualisationRow> = {
  entity: 'analytics_visualisation',
  notYours: 'analytics_visualisation_not_yours',
  byId: visualisationById,
  remove: deleteVisualisation,
  describe: (r) => ({ name: r.name, chartType: r.chart_type, sharedRoles: r.shared_roles, sharedUserIds: r.shared_user_ids }),
};

/** Visualisations the user may open, with their owners' names. */
export async function visualisationsOf(db: Kysely<DB>, user: SessionUser) {
  return withOwnerNames(db, await listVisualisations(db, user.id, user.role));
}

/** One visualisation the user may open; one they may not looks like one that does not exist. */
export const openVisualisation = (db: Kysely<DB>, user: SessionUser, id: number) => openSaved(db, VISUALISATION, user, id);

export async function saveVisualisation(db: Kysely<DB>, user: SessionUser, actor: Actor, b: z.infer<typeof visualisationBody>) {
  await checkUsers(db, b.sharedUserIds);
  const row = await db.transaction().execute(async (trx) => {
    const row = await insertVisualisation(
      trx,
      { name: b.name, query: JSON.stringify(b.query), chart_type: b.chartType, shared_roles: uniq(b.sharedRoles), shared_user_ids: uniq(b.sharedUserIds) },
      user.id,
    );
    await writeAudit(trx, actor, { action: 'create', entity: 'analytics_visualisation', entityId: row.id, after: { name: b.name, chartType: b.chartType } });
    return row;
  });
  return openVisualisation(db, user, row.id);
}

/** Renames, changes the query or chart, or shares a visualisation (its owner only). */
export function changeVisualisation(db: Kysely<DB>, user: SessionUser, actor: Actor, id: number, b: z.infer<typeof visualisationPatch>) {
  return changeSaved(db, VISUALISATION, user, actor, id, {
    sharedUserIds: b.sharedUserIds,
    after: { name: b.name, chartType: b.chartType, sharedRoles: b.sharedRoles, sharedUserIds: b.sharedUserIds },
    update: (trx) =>
      updateVisualisation(trx, id, {
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.query !== undefined ? { query: JSON.stringify(b.query) } : {}),
        ...(b.chartType !== undefined ? { chart_type: b.chartType } : {}),
        ...sharingColumns(b),
      }),
  });
}

export const removeVisualisation = (db: Kysely<DB>, user: SessionUser, actor: Actor, id: number) => removeSaved(db, VISUALISATION, user, actor, id);

/** Sets the disclosure threshold (fewest persons a published cell may count). */
export async function changeThreshold(db: Kysely<DB>, actor: Actor, threshold: number) {
  await db.transaction().execute(async (trx) => {
    const before = await suppressionThreshold(trx);
    await setSuppressionThreshold(trx, threshold);
    await writeAudit(trx, actor, { action: 'update', entity: 'analytics_setting', entityId: 1, before: { threshold: before }, after: { threshold } });
  });
}
