import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reachIds, requireUser, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { actorOf } from '../audit/audit.service.js';
import { presentActivity, presentPrestigious, presentReportRow, presentTermChange } from './prestigious-persons.presenter.js';
import {
  activity,
  activityInput,
  endInput,
  idParams,
  listQuery,
  prestigiousDetail,
  prestigiousList,
  prestigiousPerson,
  recogniseInput,
  report,
  reportQuery,
  supportInput,
  supportOut,
  termInput,
} from './prestigious-persons.schema.js';
import {
  activitiesOf,
  editTerm,
  endTerm,
  listPrestigious,
  logActivity,
  prestigiousReport,
  recognise,
  supportList,
  termHistory,
  visiblePrestigious,
} from './prestigious-persons.service.js';

const tags = ['prestigious-persons'];

/** Prestigious persons (người có uy tín) per village, their activity log, reports and support lists. */
export const prestigiousPersonsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    '/prestigious-persons',
    { schema: { tags, summary: 'Người có uy tín / prestigious persons', querystring: listQuery, response: { 200: prestigiousList } } },
    async (request) => {
      requireUser(request);
      const scope = await scopeOf(request);
      const rows = await listPrestigious(db, { communeIds: reachIds(scope), ...request.query });
      return { items: rows.map(presentPrestigious) };
    },
  );

  app.post(
    '/prestigious-persons',
    { schema: { tags, summary: 'Công nhận người có uy tín / recognise a prestigious person', body: recogniseInput, response: { 201: prestigiousPerson } } },
    async (request, reply) => {
      const scope = await scopeOf(request);
      const id = await recognise(db, requireUser(request), scope, actorOf(request), request.body);
      return reply.code(201).send(presentPrestigious(await visiblePrestigious(db, scope, id)));
    },
  );

  app.get(
    '/prestigious-persons/report',
    { schema: { tags, summary: 'Báo cáo theo xã và dân tộc / report by commune and ethnic group', querystring: reportQuery, response: { 200: report } } },
    async (request) => {
      requireUser(request);
      const scope = await scopeOf(request);
      const date = request.query.date ?? todayVN();
      const year = request.query.year ?? Number(date.slice(0, 4));
      const r = await prestigiousReport(db, reachIds(scope), date, year);
      return { date, year, byCommune: r.communes.map(presentReportRow), byEthnic: r.ethnic.map(presentReportRow) };
    },
  );

  app.post(
    '/prestigious-persons/support-list',
    {
      schema: {
        tags,
        summary: 'Chốt danh sách hỗ trợ người có uy tín / freeze the support list',
        body: supportInput,
        response: { 201: supportOut },
      },
    },
    async (request, reply) => {
      const out = await supportList(db, requireUser(request), await scopeOf(request), actorOf(request), {
        name: request.body.name,
        date: request.body.date ?? todayVN(),
      });
      return reply.code(201).send({ listId: out.id, persons: out.persons });
    },
  );

  app.get(
    '/prestigious-persons/:id',
    {
      schema: {
        tags,
        summary: 'Một người có uy tín và nhật ký hoạt động / one prestigious person and log',
        params: idParams,
        response: { 200: prestigiousDetail },
      },
    },
    async (request) => {
      requireUser(request);
      const p = await visiblePrestigious(db, await scopeOf(request), request.params.id);
      return detail(p);
    },
  );

  async function detail(p: Awaited<ReturnType<typeof visiblePrestigious>>) {
    const [log, history] = await Promise.all([activitiesOf(db, p.id), termHistory(db, p.id)]);
    return { ...presentPrestigious(p), log: log.map(presentActivity), history: history.map(presentTermChange) };
  }

  app.put(
    '/prestigious-persons/:id/term',
    {
      schema: {
        tags,
        summary: 'Sửa nhiệm kỳ (có lý do, giữ lịch sử) / change a term (with a reason, history kept)',
        params: idParams,
        body: termInput,
        response: { 200: prestigiousDetail },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      await editTerm(db, requireUser(request), scope, actorOf(request), request.params.id, request.body);
      return detail(await visiblePrestigious(db, scope, request.params.id));
    },
  );

  app.post(
    '/prestigious-persons/:id/end',
    {
      schema: {
        tags,
        summary: 'Kết thúc nhiệm kỳ (ngày, lý do) / end a term (date, reason)',
        params: idParams,
        body: endInput,
        response: { 200: prestigiousDetail },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      await endTerm(db, requireUser(request), scope, actorOf(request), request.params.id, request.body);
      return detail(await visiblePrestigious(db, scope, request.params.id));
    },
  );

  app.post(
    '/prestigious-persons/:id/activities',
    { schema: { tags, summary: 'Ghi nhật ký hoạt động / log an activity', params: idParams, body: activityInput, response: { 201: activity } } },
    async (request, reply) => {
      const a = await logActivity(db, requireUser(request), await scopeOf(request), actorOf(request), request.params.id, request.body);
      return reply.code(201).send(presentActivity(a));
    },
  );
};
