import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const classificationsRoutes: FastifyPluginAsyncZod = async (_app) => {};
