import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { inReach, requireUser, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { findUnitOn, formatDateVi } from '../admin-units/admin-units.lookup.js';
import { profileQuery, profileResponse } from './commune-profile.schema.js';
import { communeProfile, profileUnit } from './commune-profile.service.js';

export const communeProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/register/profile',
    {
      schema: {
        tags: ['register'],
        summary: 'Hồ sơ xã: dân số, hộ, nghèo theo dân tộc / commune profile',
        querystring: profileQuery,
        response: { 200: profileResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const q = request.query;
      const date = q.date ?? todayVN();
      const year = q.year ?? Number(date.slice(0, 4));
      const scope = await scopeOf(request);
      const graph = await app.ctx.graph();
      let unit: { id: number; code: string; name: string; type: string; level: string } | undefined;
      if (q.commune) {
        unit = await findUnitOn(db, q.commune, date);
        // Only units inside the caller's area have a profile for them; anything else does not exist.
        if (!unit || !inReach(scope, unit.id))
          throw new AppError(404, 'unknown_unit', { code: q.commune, date: formatDateVi(date) }, [
            { field: 'commune', code: 'unknown_unit', params: { code: q.commune, date: formatDateVi(date) } },
          ]);
      } else {
        if (user.scopeUnitId === null) throw new AppError(400, 'profile_unit_required', {}, [{ field: 'commune', code: 'profile_unit_required' }]);
        unit = await profileUnit(db, user.scopeUnitId);
      }
      // The same communes as the lists' commune filter: the unit's reach, limited to the caller's.
      const communeIds = [...graph.reach(unit.id)].filter((id) => graph.units.get(id)?.level === 'commune' && inReach(scope, id));
      const profile = await communeProfile(db, communeIds, date, year);
      return { unit: { id: unit.id, code: unit.code, name: `${unit.type} ${unit.name}`, level: unit.level }, date, year, ...profile };
    },
  );
};
