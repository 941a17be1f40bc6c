import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, requestLanguage } from '../../server/errors.js';
import { EVENT_TYPES } from '../../server/events.js';
import { reachIds, requirePermission, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { presentDelivery, presentHost, presentWebhook } from './webhooks.presenter.js';
import {
  allowedHostBody,
  allowedHostList,
  allowedHostParams,
  allowedHostShape,
  createdWebhook,
  createWebhookBody,
  deliveryIdParams,
  deliveryList,
  deliveryQuery,
  deliveryShape,
  emptyBody,
  okShape,
  patchWebhookBody,
  webhookIdParams,
  webhookList,
  webhookShape,
} from './webhooks.schema.js';
import {
  allowHost,
  createWebhook,
  disallowHost,
  listAllowedHosts,
  listDeliveries,
  listWebhooks,
  patchWebhook,
  removeWebhook,
  retryDelivery,
} from './webhooks.service.js';

const tags = ['webhooks'];

/** Webhooks: subscriptions of other systems to events, the allowed destination hosts and the delivery log (administrators). */
export const webhooksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const now = () => app.ctx.auth.now();

  app.get('/webhooks', { schema: { tags, summary: 'Đăng ký nhận sự kiện / webhook subscriptions', response: { 200: webhookList } } }, async (request) => {
    requirePermission(request, 'manage_users');
    const reach = reachIds(await scopeOf(request));
    return { items: (await listWebhooks(db, reach)).map(presentWebhook), events: [...EVENT_TYPES] };
  });

  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Tạo đăng ký nhận sự kiện (khóa ký chỉ hiện một lần) / create a subscription (the signing secret is shown once)',
        body: createWebhookBody,
        response: { 201: createdWebhook },
      },
    },
    async (request, reply) => {
      const user = requirePermission(request, 'manage_users');
      const { secret, webhook } = await createWebhook(db, user, actorOf(request), reachIds(await scopeOf(request)), request.body);
      reply.status(201);
      return { secret, webhook: presentWebhook(webhook) };
    },
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Sửa, bật hoặc tắt đăng ký / change, turn on or off a subscription',
        params: webhookIdParams,
        body: patchWebhookBody,
        response: { 200: webhookShape },
      },
    },
    async (request) => {
      requirePermission(request, 'manage_users');
      const reach = reachIds(await scopeOf(request));
      return presentWebhook(await patchWebhook(db, actorOf(request), request.params.id, reach, request.body));
    },
  );

  app.delete(
    '/webhooks/:id',
    { schema: { tags, summary: 'Xóa đăng ký và nhật ký gửi của nó / delete a subscription and its log', params: webhookIdParams, response: { 200: okShape } } },
    async (request) => {
      requirePermission(request, 'manage_users');
      const reach = reachIds(await scopeOf(request));
      await removeWebhook(db, actorOf(request), request.params.id, reach);
      return { ok: true };
    },
  );

  app.get(
    '/webhooks/deliveries',
    { schema: { tags, summary: 'Nhật ký gửi sự kiện / delivery log', querystring: deliveryQuery, response: { 200: deliveryList } } },
    async (request) => {
      requirePermission(request, 'manage_users');
      const reach = reachIds(await scopeOf(request));
      const lang = requestLanguage(request);
      const rows = await listDeliveries(db, { webhookId: request.query.webhook, status: request.query.status, limit: request.query.limit, reach });
      return { items: rows.map((r) => presentDelivery(r, lang)) };
    },
  );

  app.post(
    '/webhooks/deliveries/:id/retry',
    { schema: { tags, summary: 'Gửi lại ngay / send a delivery again now', params: deliveryIdParams, body: emptyBody, response: { 200: deliveryShape } } },
    async (request) => {
      requirePermission(request, 'manage_users');
      const reach = reachIds(await scopeOf(request));
      return presentDelivery(await retryDelivery(db, actorOf(request), request.params.id, reach, now()), requestLanguage(request));
    },
  );

  app.get(
    '/webhooks/allowed-hosts',
    { schema: { tags, summary: 'Máy chủ được phép nhận sự kiện / hosts allowed as destinations', response: { 200: allowedHostList } } },
    async (request) => {
      requirePermission(request, 'manage_users');
      return { items: (await listAllowedHosts(db)).map(presentHost) };
    },
  );

  app.post(
    '/webhooks/allowed-hosts',
    {
      schema: {
        tags,
        summary: 'Cho phép một máy chủ nhận sự kiện (quản trị toàn quốc) / allow a destination host (national administrators)',
        body: allowedHostBody,
        response: { 200: allowedHostShape },
      },
    },
    async (request) => {
      const user = requirePermission(request, 'manage_users');
      if (user.scopeUnitId !== null) throw new AppError(403, 'forbidden');
      const host = await allowHost(db, actorOf(request), request.body);
      return presentHost((await listAllowedHosts(db)).find((h) => h.host === host)!);
    },
  );

  app.delete(
    '/webhooks/allowed-hosts/:host',
    { schema: { tags, summary: 'Bỏ một máy chủ khỏi danh sách được phép / remove an allowed host', params: allowedHostParams, response: { 200: okShape } } },
    async (request) => {
      const user = requirePermission(request, 'manage_users');
      if (user.scopeUnitId !== null) throw new AppError(403, 'forbidden');
      await disallowHost(db, actorOf(request), request.params.host);
      return { ok: true };
    },
  );
};
