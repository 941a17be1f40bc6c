import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../audit/audit.service.js';
import { requireUser } from '../../server/scope.js';
import { codeBody, codesResponse, enrolmentResponse, okResponse, passwordBody, setupBody, setupOpenResponse, setupResponse } from './accounts.schema.js';
import { confirmEnrolment, disableTwoFactor, renewRecoveryCodes, startEnrolment } from './two-factor.service.js';
import { createFirstAdmin, hasNoUsers } from './first-run.service.js';

const tags = ['auth'];

/** Two-factor enrolment and management for the signed-in user, and first-run set-up. */
export const twoFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.post(
    '/auth/two-factor/setup',
    {
      schema: {
        tags,
        summary: 'Bắt đầu bật xác thực hai bước / start TOTP enrolment',
        response: { 200: enrolmentResponse },
      },
    },
    async (request) => startEnrolment(db, requireUser(request)),
  );

  app.post('/auth/two-factor/confirm', { schema: { tags, body: codeBody, response: { 200: codesResponse } } }, async (request) => ({
    recoveryCodes: await confirmEnrolment(db, requireUser(request), actorOf(request), request.body.code, app.ctx.auth.now()),
  }));

  app.post('/auth/two-factor/recovery-codes', { schema: { tags, body: codeBody, response: { 200: codesResponse } } }, async (request) => ({
    recoveryCodes: await renewRecoveryCodes(db, requireUser(request), actorOf(request), request.body.code, app.ctx.auth.now()),
  }));

  app.post('/auth/two-factor/disable', { schema: { tags, body: passwordBody, response: { 200: okResponse } } }, async (request) => {
    await disableTwoFactor(db, requireUser(request), actorOf(request), request.body.password);
    return { ok: true };
  });

  app.get(
    '/auth/setup',
    { schema: { tags, summary: 'Thiết lập ban đầu có mở không / is first-run set-up open', response: { 200: setupOpenResponse } } },
    async () => ({
      open: app.ctx.auth.setupCode !== null && (await hasNoUsers(db)),
    }),
  );

  app.post(
    '/auth/setup',
    {
      schema: { tags, summary: 'Tạo quản trị viên đầu tiên / create the first administrator', body: setupBody, response: { 201: setupResponse } },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const id = await createFirstAdmin(app.ctx, { ...request.body, ip: request.ip });
      reply.status(201);
      return { id };
    },
  );
};
