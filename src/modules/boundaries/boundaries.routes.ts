import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const boundariesRoutes: FastifyPluginAsyncZod = async (_app) => {};
