import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const adminUnitsRoutes: FastifyPluginAsyncZod = async (_app) => {};
