import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { AppError, errorHandler } from './errors.js';
import { registerInputFilter } from './input-filter.js';
import { loggerOptions } from './logger.js';
import { sessionPlugin } from '../modules/accounts/sessions.plugin.js';
import { uploadsPlugin } from '../modules/uploads/uploads.gate.js';
import { apiRoutes } from './routes.js';
import { connectModules } from './ports.js';

export interface BuildOptions {
  ctx: AppContext;
  /** Folder of the built web app; served at / when it exists. */
  webDir?: string;
  logger?: boolean | object;
}

/** Largest JSON body accepted (uploads go through multipart with their own limit). */
export const JSON_BODY_LIMIT = 1024 * 1024;

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  connectModules();
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: process.env.TRUST_PROXY === '1',
    ajv: { customOptions: { removeAdditional: false } },
    // Errors raised before routing (a malformed percent-encoding, an over-long parameter) get our shape too.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorate('ctx', options.ctx);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(uploadsPlugin);
  registerInputFilter(app);
  await app.register(rateLimit, {
    max: Number(process.env.RATE_LIMIT_PER_MINUTE ?? 1200),
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, context) => {
      const err = new AppError(429, 'rate_limited', { after: context.after });
      return Object.assign(err, { statusCode: 429 });
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'dantoc API', description: 'Hệ thống thông tin dữ liệu về công tác dân tộc', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dantoc_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(sessionPlugin);
  await app.register(apiRoutes, { prefix: '/api' });

  const webDir = options.webDir;
  if (webDir && fs.existsSync(path.join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !webDir || request.method !== 'GET') {
      throw new AppError(404, 'route_not_found');
    }
    // Client-side routes: the web app decides what to show.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
