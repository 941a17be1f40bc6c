import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { AppError, errorHandler } from './errors.js';
import { registerInputFilter } from './input-filter.js';
import { trackRequests } from './request-tracking.js';
import { loggerOptions } from './logger.js';
import { sessionPlugin } from '../modules/accounts/sessions.plugin.js';
import { uploadsPlugin } from '../modules/uploads/uploads.gate.js';
import { apiRoutes, openRosaRoutes } from './routes.js';
import { type RateLimits, rateLimitsFromEnv, registerRateLimits } from './rate-limits.js';
import { hasWebApp, registerCompression, registerWebFiles, sendAppPage } from './web-files.js';
import { connectModules } from './ports.js';
import { startBackgroundJobs } from './jobs.js';
import { webhookDeliveryJob } from '../modules/webhooks/webhooks.worker.js';
import { supplyReminderJob } from '../modules/supply-duties/supply-duties.worker.js';

export interface BuildOptions {
  ctx: AppContext;
  /** Folder of the built web app; served at / when it exists. */
  webDir?: string;
  logger?: boolean | object;
  /** Requests a minute per session and per address; read from the environment when left out. */
  rateLimits?: RateLimits;
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
  trackRequests(app);
  if (options.ctx.config.backgroundJobs !== false) startBackgroundJobs(app, [webhookDeliveryJob, supplyReminderJob]);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // The form engine of the web collection (ODK Web Forms) compiles its XPath parser from WebAssembly.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await registerCompression(app);
  await app.register(uploadsPlugin);
  registerInputFilter(app);
  const afterSession = await registerRateLimits(app, options.rateLimits ?? rateLimitsFromEnv());
  await app.register(swagger, {
    openapi: {
      info: { title: 'dantoc API', description: 'Hệ thống thông tin dữ liệu về công tác dân tộc', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'dantoc_sid' },
          // Machine clients: `Authorization: ApiToken <secret>` (as DHIS2), `Bearer <secret>`, or HTTP Basic (DHIS2 tools; can be switched off).
          ApiToken: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'ApiToken <secret> (DHIS2 style personal access token)' },
          Bearer: { type: 'http', scheme: 'bearer', description: 'The same personal access token as a bearer token' },
          Basic: { type: 'http', scheme: 'basic', description: 'Username and password, for DHIS2-compatible clients' },
        },
      },
      security: [{ session: [] }, { ApiToken: [] }, { Bearer: [] }, { Basic: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(sessionPlugin);
  afterSession();
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(openRosaRoutes, { prefix: '/v1' });

  const webDir = hasWebApp(options.webDir) ? options.webDir : null;
  if (webDir) await registerWebFiles(app, webDir);
  app.setNotFoundHandler((request, reply) => {
    // A missing build file (an old page asking for a chunk of an earlier build) is a 404, not the app's page.
    if (request.url.startsWith('/api/') || request.url.startsWith('/v1/') || request.url.startsWith('/assets/') || !webDir || request.method !== 'GET') {
      throw new AppError(404, 'route_not_found');
    }
    // Client-side routes: the web app decides what to show.
    return sendAppPage(reply);
  });
  return app;
}
