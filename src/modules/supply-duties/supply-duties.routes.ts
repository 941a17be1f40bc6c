import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dayInVN } from '../../shared/dates.js';
import { requestLanguage } from '../../server/errors.js';
import { reachIds, requirePermission, requireUser, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import {
  confirmParams,
  createDutyBody,
  emptyBody,
  dutyIdParams,
  dutyList,
  dutyShape,
  mailStatus,
  okShape,
  overdueList,
  reminderList,
  reminderRun,
  updateDutyBody,
} from './supply-duties.schema.js';
import {
  confirmSupplied,
  createDuty,
  dutyViews,
  listDuties,
  mailerFromEnv,
  mailSettings,
  remindersSent,
  updateDuty,
  overdueOf,
  presentOverdue,
  removeDuty,
  sendReminders,
} from './supply-duties.service.js';

const tags = ['supply-duties'];

/** Supply duties: which unit supplies which form or register area, by when; what is overdue; reminders. */
export const supplyDutiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const now = () => app.ctx.auth.now();

  app.get('/supply-duties', { schema: { tags, summary: 'Nghĩa vụ cung cấp thông tin / supply duties', response: { 200: dutyList } } }, async (request) => {
    requireUser(request);
    const rows = await listDuties(db, reachIds(await scopeOf(request)));
    return { items: await dutyViews(db, rows, requestLanguage(request)) };
  });

  app.post(
    '/supply-duties',
    { schema: { tags, summary: 'Giao nghĩa vụ cung cấp thông tin / add a supply duty', body: createDutyBody, response: { 201: dutyShape } } },
    async (request, reply) => {
      requirePermission(request, 'manage_reporting');
      const row = await createDuty(db, actorOf(request), await scopeOf(request), request.body);
      reply.status(201);
      return (await dutyViews(db, [row], requestLanguage(request)))[0];
    },
  );

  app.put(
    '/supply-duties/:id',
    {
      schema: {
        tags,
        summary: 'Sửa kỳ, hạn, thời gian báo lên tỉnh và địa chỉ nhận nhắc / change a supply duty',
        params: dutyIdParams,
        body: updateDutyBody,
        response: { 200: dutyShape },
      },
    },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      const row = await updateDuty(db, actorOf(request), await scopeOf(request), request.params.id, request.body);
      return (await dutyViews(db, [row], requestLanguage(request)))[0];
    },
  );

  app.get(
    '/supply-duties/reminders',
    { schema: { tags, summary: 'Nhắc nhở và báo lên tỉnh đã gửi trong phạm vi của tôi / reminders sent in my area', response: { 200: reminderList } } },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      return { items: await remindersSent(db, reachIds(await scopeOf(request)), requestLanguage(request)) };
    },
  );

  app.get(
    '/supply-duties/mail',
    { schema: { tags, summary: 'Trạng thái cấu hình gửi thư (SMTP) / e-mail (SMTP) settings status', response: { 200: mailStatus } } },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      return mailSettings();
    },
  );

  app.delete(
    '/supply-duties/:id',
    { schema: { tags, summary: 'Bỏ nghĩa vụ cung cấp / remove a supply duty', params: dutyIdParams, response: { 200: okShape } } },
    async (request) => {
      requirePermission(request, 'manage_reporting');
      await removeDuty(db, actorOf(request), await scopeOf(request), request.params.id);
      return { ok: true };
    },
  );

  app.get(
    '/supply-duties/overdue',
    { schema: { tags, summary: 'Thông tin quá hạn cung cấp trong phạm vi của tôi / overdue supplies in my area', response: { 200: overdueList } } },
    async (request) => {
      requireUser(request);
      const lang = requestLanguage(request);
      const duties = await listDuties(db, reachIds(await scopeOf(request)));
      return { items: (await overdueOf(db, duties, dayInVN(now()))).map((o) => presentOverdue(o, lang)) };
    },
  );

  app.post(
    '/supply-duties/:id/periods/:period/confirm',
    {
      schema: {
        tags,
        summary: 'Xác nhận đã cung cấp phần sổ đăng ký cho một kỳ / confirm a register area supplied for a period',
        params: confirmParams,
        body: emptyBody,
        response: { 200: okShape },
      },
    },
    async (request) => {
      requirePermission(request, 'enter_data');
      await confirmSupplied(db, actorOf(request), await scopeOf(request), request.params.id, request.params.period);
      return { ok: true };
    },
  );

  app.post(
    '/supply-duties/reminders/run',
    {
      schema: {
        tags,
        summary: 'Gửi nhắc nhở quá hạn ngay (quản trị) / send overdue reminders now (administrators)',
        body: emptyBody,
        response: { 200: reminderRun },
      },
    },
    async (request) => {
      requirePermission(request, 'manage_users');
      return sendReminders(db, now(), mailerFromEnv());
    },
  );
};
