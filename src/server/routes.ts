import type { FastifyPluginAsync } from 'fastify';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { healthRoutes } from './health.routes.js';
import { ethnicGroupRoutes } from '../modules/ethnic-groups/ethnic-groups.routes.js';

/** Every module's routes, mounted under /api. */
export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(ethnicGroupRoutes);
};
