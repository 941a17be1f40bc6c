import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const villagesRoutes: FastifyPluginAsyncZod = async (_app) => {};
