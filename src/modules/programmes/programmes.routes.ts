import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { can, reachIds, requireUser, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { actorOf } from '../audit/audit.service.js';
import { fileResponse, XLSX_TYPE } from '../spreadsheets/spreadsheet.schema.js';
import { budgetSummary, mayRecord, moneyRows, progressRows, recordMoney } from './budget.service.js';
import { progressWorkbook } from './budget.writer.js';
import { mayManage } from './policies.service.js';
import { created, idParams } from './policies.schema.js';
import { fillProgressReport } from './progress-report.service.js';
import { addIndicator, createNode, defaultProgrammeRoot, indicatorsOf, listProgrammeNodes, readableNode, setTarget, targetsOf } from './programmes.service.js';
import {
  budgetQuery,
  budgetSummary as budgetSummarySchema,
  fillBody,
  fillResponse,
  indicatorBody,
  moneyBody,
  moneyList,
  moneyQuery,
  nodeBody,
  nodeTree,
  targetBody,
  treeQuery,
} from './programmes.schema.js';

const tags = ['programmes'];

/** Programme tree with indicators and targets, money (allocations, commitments, disbursements), budget figures and the progress report. */
export const programmesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  /** The programme a budget query is about: the one asked for, or the national target programme. */
  const rootOf = async (root: number | undefined) => root ?? (await defaultProgrammeRoot(db));

  app.get(
    '/programmes/nodes',
    { schema: { tags, summary: 'Cây chương trình, dự án, tiểu dự án, hoạt động / programme tree', querystring: treeQuery, response: { 200: nodeTree } } },
    async (request) => {
      const user = requireUser(request);
      const scope = await scopeOf(request);
      if (request.query.root) await readableNode(db, scope, request.query.root);
      const nodes = await listProgrammeNodes(db, { rootId: request.query.root, scope });
      const indicators = await indicatorsOf(
        db,
        nodes.map((n) => n.id),
      );
      const targets = request.query.year
        ? await targetsOf(
            db,
            indicators.map((i) => i.id),
            reachIds(scope),
            request.query.year,
          )
        : [];
      return {
        canManage: mayManage(user),
        canRecord: mayRecord(user, 'disbursement'),
        items: nodes.map((n) => ({
          id: n.id,
          parentId: n.parent_id,
          kind: n.kind,
          code: n.code,
          name: n.name,
          depth: n.depth,
          documentId: n.document_id,
          startYear: n.start_year,
          endYear: n.end_year,
          ownerUnitId: n.owner_unit_id,
          indicators: indicators
            .filter((i) => i.node_id === n.id)
            .map((i) => ({
              id: i.id,
              code: i.code,
              name: i.name,
              measure: i.measure,
              dataElementCode: i.data_element_code,
              targets: targets
                .filter((t) => t.indicator_id === i.id)
                .map((t) => ({ unitCode: t.unit_code, unitName: t.unit_name, year: t.year, target: t.target })),
            })),
        })),
      };
    },
  );

  app.post(
    '/programmes/nodes',
    { schema: { tags, summary: 'Thêm dự án, tiểu dự án, hoạt động / add an item', body: nodeBody, response: { 201: created } } },
    async (request, reply) => {
      const user = requireUser(request);
      const id = await createNode(db, user, await scopeOf(request), actorOf(request), request.body);
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/programmes/nodes/:id/indicators',
    { schema: { tags, summary: 'Thêm chỉ tiêu đầu ra / add an output indicator', params: idParams, body: indicatorBody, response: { 201: created } } },
    async (request, reply) => {
      const user = requireUser(request);
      const id = await addIndicator(db, user, await scopeOf(request), actorOf(request), request.params.id, request.body);
      return reply.code(201).send({ id });
    },
  );

  app.put(
    '/programmes/indicators/:id/targets',
    { schema: { tags, summary: 'Đặt chỉ tiêu năm cho một đơn vị / set a yearly target', params: idParams, body: targetBody, response: { 200: created } } },
    async (request) => {
      const user = requireUser(request);
      const b = request.body;
      await setTarget(db, user, await scopeOf(request), actorOf(request), request.params.id, { ...b, date: b.date ?? todayVN() });
      return { id: request.params.id };
    },
  );

  app.get(
    '/programmes/money',
    {
      schema: {
        tags,
        summary: 'Vốn giao, cam kết, giải ngân / allocations, commitments, disbursements',
        querystring: moneyQuery,
        response: { 200: moneyList },
      },
    },
    async (request) => {
      requireUser(request);
      const scope = await scopeOf(request);
      const q = request.query;
      const nodeIds = q.node ? (await listProgrammeNodes(db, { rootId: (await readableNode(db, scope, q.node)).id, scope })).map((n) => n.id) : undefined;
      const { rows, total } = await moneyRows(db, { unitIds: reachIds(scope), year: q.year, kind: q.kind, nodeIds, page: q.page, pageSize: q.pageSize });
      return {
        items: rows.map((r) => ({
          id: r.id,
          nodeId: r.node_id,
          nodeCode: r.node_code,
          nodeName: r.node_name,
          unitCode: r.unit_code,
          unitName: r.unit_name,
          year: r.year,
          source: r.source,
          kind: r.kind,
          amount: r.amount,
          onDate: r.on_date,
          note: r.note,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.post(
    '/programmes/money',
    { schema: { tags, summary: 'Ghi vốn giao, cam kết hoặc giải ngân / record money', body: moneyBody, response: { 201: created } } },
    async (request, reply) => {
      const user = requireUser(request);
      const id = await recordMoney(db, user, await scopeOf(request), actorOf(request), request.body);
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/programmes/budget',
    {
      schema: {
        tags,
        summary: 'Tỷ lệ giải ngân theo dự án, đơn vị, tháng / disbursement rates',
        querystring: budgetQuery,
        response: { 200: budgetSummarySchema },
      },
    },
    async (request) => {
      requireUser(request);
      const scope = await scopeOf(request);
      const s = await budgetSummary(db, scope, { rootId: await rootOf(request.query.root), year: request.query.year });
      return {
        nodeId: s.node.id,
        nodeName: s.node.name,
        year: s.year,
        total: s.total,
        byNode: s.byNode,
        byUnit: s.byUnit,
        byMonth: s.byMonth,
        bySource: s.bySource,
      };
    },
  );

  app.get(
    '/programmes/budget.xlsx',
    {
      schema: {
        tags,
        summary: 'Báo cáo tiến độ giải ngân (XLSX) / progress report (XLSX)',
        querystring: budgetQuery,
        response: { 200: { content: { [XLSX_TYPE]: { schema: fileResponse('Báo cáo tiến độ / progress report') } } } },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const scope = await scopeOf(request);
      const rootId = await rootOf(request.query.root);
      const rows = await progressRows(db, scope, { rootId, year: request.query.year });
      const area = scope.all ? 'Toàn quốc' : user.fullName;
      const data = await progressWorkbook(rows, { title: rows[0]?.node.name ?? '', year: request.query.year, area });
      return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="tien-do-giai-ngan-${request.query.year}.xlsx"`).send(data);
    },
  );

  app.post(
    '/programmes/progress-report',
    {
      schema: {
        tags,
        summary: 'Điền biểu tiến độ quý từ số liệu vốn (bản nháp) / fill the quarterly progress form from the records (draft)',
        body: fillBody,
        response: { 200: fillResponse },
      },
    },
    async (request) => {
      const user = requireUser(request);
      if (!can(user, 'enter_data')) throw new AppError(403, 'forbidden');
      return fillProgressReport(db, await app.ctx.graph(), await scopeOf(request), actorOf(request), request.body);
    },
  );
};
