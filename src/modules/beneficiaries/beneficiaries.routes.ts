import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, requestLanguage } from '../../server/errors.js';
import { can, inReach, requireUser, scopeOf } from '../../server/scope.js';
import { todayVN } from '../../shared/dates.js';
import { userNamesByIds } from '../accounts/user-names.service.js';
import { actorOf } from '../audit/audit.service.js';
import { fileResponse } from '../spreadsheets/spreadsheet.schema.js';
import { readUpload } from '../spreadsheets/spreadsheet.service.js';
import { factList, presentCycle, presentFields, presentGrievance, presentList, presentPerson, presentRule } from './beneficiaries.presenter.js';
import {
  cycle,
  cycleAction,
  cycleInput,
  cycleList,
  cycleListQuery,
  deliveryCreated,
  deliveryInput,
  deliveryList,
  entryList,
  entryQuery,
  evidenceParams,
  evidenceQuery,
  fieldCatalogue,
  grievance,
  grievanceAnswer,
  grievanceInput,
  grievanceList,
  idParams,
  list,
  listList,
  listListQuery,
  previewBody,
  previewResult,
  rule,
  ruleInput,
  ruleList,
  ruleListQuery,
  runBody,
} from './beneficiaries.schema.js';
import {
  answerGrievanceOf,
  attachEvidence,
  createCycle,
  cyclesOf,
  cycleTotals,
  evidenceOf,
  fileGrievance,
  listDeliveries,
  listGrievances,
  moveCycle,
  recordDelivery,
  visibleCycle,
} from './cycles.service.js';
import { conditionsOf, type Facts } from './eligibility.parse.js';
import { changeRule, checkedTree, countMatching, createRule, evaluate, factsOf, namesFor, rulesOf, ruleVersions, visibleRule } from './eligibility.service.js';
import { listEntries, listLists, runRule, versionOfList, visibleList } from './lists.service.js';

const tags = ['beneficiaries'];
const evidenceUpload = z
  .strictObject({
    file: z.any().meta({ type: 'string', format: 'binary' }).describe('PNG / JPEG'),
    kind: z.string().optional().describe('signature | photo'),
  })
  .nullish();

/** Eligibility rules on the register, frozen beneficiary lists, cycles with deliveries and grievances. */
export const beneficiariesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  async function presentRuleById(request: FastifyRequest, id: number) {
    const scope = await scopeOf(request);
    const r = await visibleRule(db, scope, id);
    const versions = await ruleVersions(db, id);
    const users = await userNamesByIds(
      db,
      versions.map((v) => v.created_by),
    );
    const names = await namesFor(db, [r.unit_id], []);
    const writable = can(requireUser(request), 'enter_data') && (r.unit_id === null ? scope.all : inReach(scope, r.unit_id));
    return presentRule(r, names, writable, versions, new Map([...users].map(([k, v]) => [k, v.fullName])));
  }

  async function presentListById(request: FastifyRequest, id: number) {
    const l = await visibleList(db, await scopeOf(request), id);
    return presentList(l, await versionOfList(db, l), await namesFor(db, [l.unit_id], []), requestLanguage(request));
  }

  async function presentCycles(request: FastifyRequest, rows: Awaited<ReturnType<typeof cyclesOf>>) {
    const user = requireUser(request);
    const totals = await cycleTotals(
      db,
      rows.map((c) => c.id),
    );
    const lists = new Map<number, string>();
    const scope = await scopeOf(request);
    for (const id of new Set(rows.map((c) => c.list_id))) lists.set(id, (await visibleList(db, scope, id).catch(() => null))?.name ?? '');
    return rows.map((c) => {
      const actions: ('submit' | 'approve' | 'return' | 'close' | 'deliver')[] = [];
      if (c.status === 'draft' && can(user, 'enter_data')) actions.push('submit');
      if (c.status === 'submitted' && can(user, 'approve_data')) actions.push('approve', 'return');
      if (c.status === 'approved' && can(user, 'approve_data')) actions.push('close');
      if (c.status === 'approved' && can(user, 'enter_data')) actions.push('deliver');
      return presentCycle(c, lists.get(c.list_id) ?? '', totals.get(c.id), actions);
    });
  }

  app.get(
    '/eligibility/fields',
    { schema: { tags, summary: 'Các trường dùng trong quy tắc xét chọn / fields a rule may test', response: { 200: fieldCatalogue } } },
    async (request) => {
      requireUser(request);
      return presentFields(requestLanguage(request));
    },
  );

  app.post(
    '/eligibility/preview',
    { schema: { tags, summary: 'Xem trước số người thỏa quy tắc / preview a rule', body: previewBody, response: { 200: previewResult } } },
    async (request) => {
      requireUser(request);
      const scope = await scopeOf(request);
      const b = request.body;
      const tree = checkedTree(b.tree);
      const date = b.date ?? todayVN();
      const [total, e] = await Promise.all([
        countMatching(db, scope, tree, date),
        evaluate(db, scope, tree, date, { page: { limit: b.pageSize, offset: (b.page - 1) * b.pageSize } }),
      ]);
      const names = await namesFor(
        db,
        e.rows.map((r) => r.commune_id),
        e.rows.map((r) => r.village_id),
      );
      const lang = requestLanguage(request);
      return {
        date,
        total,
        page: b.page,
        pageSize: b.pageSize,
        items: e.rows.map((r) => presentPerson(r, factList(e.conditions, factsOf(e, r), lang, date), names)),
      };
    },
  );

  app.get(
    '/eligibility/rules',
    { schema: { tags, summary: 'Quy tắc xét chọn / eligibility rules', querystring: ruleListQuery, response: { 200: ruleList } } },
    async (request) => {
      const user = requireUser(request);
      const scope = await scopeOf(request);
      const rows = await rulesOf(db, scope, request.query.q);
      const names = await namesFor(
        db,
        rows.map((r) => r.unit_id),
        [],
      );
      return {
        items: rows.map((r) => {
          const {
            versions: _v,
            tree: _t,
            ...rest
          } = presentRule(r, names, can(user, 'enter_data') && (r.unit_id === null ? scope.all : inReach(scope, r.unit_id)));
          return rest;
        }),
      };
    },
  );

  app.post(
    '/eligibility/rules',
    { schema: { tags, summary: 'Lưu quy tắc mới (phiên bản 1) / save a new rule', body: ruleInput, response: { 201: rule } } },
    async (request, reply) => {
      const id = await createRule(db, requireUser(request), actorOf(request), request.body, await scopeOf(request));
      return reply.code(201).send(await presentRuleById(request, id));
    },
  );

  app.get(
    '/eligibility/rules/:id',
    { schema: { tags, summary: 'Một quy tắc và các phiên bản / a rule and its versions', params: idParams, response: { 200: rule } } },
    async (request) => presentRuleById(request, request.params.id),
  );

  app.put(
    '/eligibility/rules/:id',
    { schema: { tags, summary: 'Sửa quy tắc (tạo phiên bản mới) / change a rule (new version)', params: idParams, body: ruleInput, response: { 200: rule } } },
    async (request) => {
      await changeRule(db, requireUser(request), await scopeOf(request), actorOf(request), request.params.id, request.body);
      return presentRuleById(request, request.params.id);
    },
  );

  app.post(
    '/eligibility/rules/:id/run',
    {
      schema: {
        tags,
        summary: 'Chạy quy tắc và chốt danh sách thụ hưởng / run a rule and freeze a list',
        params: idParams,
        body: runBody,
        response: { 201: list },
      },
    },
    async (request, reply) => {
      const id = await runRule(db, requireUser(request), await scopeOf(request), actorOf(request), request.params.id, {
        ...request.body,
        date: request.body.date ?? todayVN(),
      });
      return reply.code(201).send(await presentListById(request, id));
    },
  );

  app.get(
    '/beneficiary-lists',
    { schema: { tags, summary: 'Danh sách thụ hưởng đã chốt / frozen lists', querystring: listListQuery, response: { 200: listList } } },
    async (request) => {
      const scope = await scopeOf(request);
      const rows = await listLists(db, scope.all ? null : [...scope.reach], request.query.ruleId);
      const names = await namesFor(
        db,
        rows.map((l) => l.unit_id),
        [],
      );
      const lang = requestLanguage(request);
      const out = [];
      for (const l of rows) {
        const { diff: _d, ...rest } = presentList({ ...l, diff: null }, await versionOfList(db, l), names, lang);
        out.push(rest);
      }
      return { items: out };
    },
  );

  app.get(
    '/beneficiary-lists/:id',
    {
      schema: {
        tags,
        summary: 'Một danh sách và chênh lệch với lần trước / a list and its difference from the last',
        params: idParams,
        response: { 200: list },
      },
    },
    async (request) => presentListById(request, request.params.id),
  );

  app.get(
    '/beneficiary-lists/:id/entries',
    {
      schema: {
        tags,
        summary: 'Người trong danh sách (như lúc chốt) / persons on a list, as frozen',
        params: idParams,
        querystring: entryQuery,
        response: { 200: entryList },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      const l = await visibleList(db, scope, request.params.id);
      const q = request.query;
      const { rows, total } = await listEntries(db, l.id, scope.all ? null : [...scope.reach], {
        q: q.q,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      const names = await namesFor(
        db,
        rows.map((r) => r.commune_id),
        rows.map((r) => r.village_id),
      );
      const version = l.rule_id ? await versionOfList(db, l) : null;
      const rv = l.rule_id && version ? (await ruleVersions(db, l.rule_id)).find((v) => v.version === version) : undefined;
      const tree = rv ? checkedTree(rv.tree) : null;
      const lang = requestLanguage(request);
      const date = String(l.as_of_date).slice(0, 10);
      const conditions = tree ? conditionsOf(tree) : [];
      return {
        items: rows.map((r) => presentPerson(r, factList(conditions, r.facts as Facts, lang, date), names)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/benefit-cycles',
    { schema: { tags, summary: 'Đợt chi trả / benefit cycles', querystring: cycleListQuery, response: { 200: cycleList } } },
    async (request) => {
      const rows = await cyclesOf(db, await scopeOf(request), request.query.listId);
      return { items: await presentCycles(request, rows) };
    },
  );

  app.post(
    '/benefit-cycles',
    { schema: { tags, summary: 'Lập đợt chi trả (dự thảo) / draft a cycle', body: cycleInput, response: { 201: cycle } } },
    async (request, reply) => {
      const scope = await scopeOf(request);
      const id = await createCycle(db, requireUser(request), scope, actorOf(request), request.body);
      return reply.code(201).send((await presentCycles(request, [await visibleCycle(db, scope, id)]))[0]);
    },
  );

  app.get(
    '/benefit-cycles/:id',
    { schema: { tags, summary: 'Một đợt chi trả / one cycle', params: idParams, response: { 200: cycle } } },
    async (request) => (await presentCycles(request, [await visibleCycle(db, await scopeOf(request), request.params.id)]))[0],
  );

  app.post(
    '/benefit-cycles/:id/:action',
    {
      schema: {
        tags,
        summary: 'Gửi duyệt, duyệt, trả lại, khóa đợt / submit, approve, return, close',
        params: cycleAction,
        response: { 200: cycle },
      },
    },
    async (request) => {
      const scope = await scopeOf(request);
      await moveCycle(db, requireUser(request), scope, actorOf(request), request.params.id, request.params.action);
      return (await presentCycles(request, [await visibleCycle(db, scope, request.params.id)]))[0];
    },
  );

  app.get(
    '/benefit-cycles/:id/deliveries',
    { schema: { tags, summary: 'Chi trả của đợt / deliveries of a cycle', params: idParams, response: { 200: deliveryList } } },
    async (request) => {
      const scope = await scopeOf(request);
      await visibleCycle(db, scope, request.params.id);
      const rows = await listDeliveries(db, request.params.id, scope.all ? null : [...scope.reach]);
      let totalDong = 0n;
      let totalQuantity = 0;
      for (const d of rows) {
        if (d.amount_dong !== null) totalDong += BigInt(d.amount_dong);
        totalQuantity += d.quantity ?? 0;
      }
      return {
        items: rows.map((d) => ({
          id: d.id,
          personId: d.person_id,
          fullName: d.full_name,
          householdCode: d.household_code,
          deliveredOn: d.delivered_on,
          amountDong: d.amount_dong,
          quantity: d.quantity,
          receiverName: d.receiver_name,
          note: d.note,
          evidenceKind: d.evidence_kind,
          duplicates: d.duplicates ?? [],
        })),
        totalDong: totalDong.toString(),
        totalQuantity,
      };
    },
  );

  app.post(
    '/benefit-cycles/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'Ghi nhận chi trả cho một người / record a delivery',
        params: idParams,
        body: deliveryInput,
        response: { 201: deliveryCreated },
      },
    },
    async (request, reply) => {
      const out = await recordDelivery(db, requireUser(request), await scopeOf(request), actorOf(request), request.params.id, request.body);
      return reply.code(201).send(out);
    },
  );

  app.post(
    '/benefit-deliveries/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Đính kèm chữ ký hoặc ảnh / attach a signature or photo',
        consumes: ['multipart/form-data'],
        params: evidenceParams,
        body: evidenceUpload,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { file, fields } = await readUpload(request);
      const kind = fields.kind === 'photo' ? 'photo' : 'signature';
      await attachEvidence(db, requireUser(request), await scopeOf(request), actorOf(request), request.params.id, { kind, type: '', bytes: file.data });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/benefit-deliveries/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Chữ ký hoặc ảnh của lần chi trả / a delivery’s signature or photo',
        params: evidenceParams,
        querystring: evidenceQuery,
        produces: ['image/png', 'image/jpeg'],
        response: { 200: fileResponse('PNG / JPEG') },
      },
    },
    async (request, reply) => {
      requireUser(request);
      const d = await evidenceOf(db, await scopeOf(request), request.params.id);
      if (!d.evidence) throw new AppError(404, 'not_found');
      reply.header('content-type', d.evidence_type ?? 'application/octet-stream').header('cache-control', 'private, no-store');
      return reply.send(Buffer.from(d.evidence));
    },
  );

  app.get(
    '/benefit-cycles/:id/grievances',
    { schema: { tags, summary: 'Khiếu nại của đợt / grievances of a cycle', params: idParams, response: { 200: grievanceList } } },
    async (request) => {
      await visibleCycle(db, await scopeOf(request), request.params.id);
      return { items: (await listGrievances(db, request.params.id)).map(presentGrievance) };
    },
  );

  app.post(
    '/benefit-cycles/:id/grievances',
    { schema: { tags, summary: 'Ghi nhận khiếu nại / file a grievance', params: idParams, body: grievanceInput, response: { 201: grievance } } },
    async (request, reply) => {
      const g = await fileGrievance(db, requireUser(request), await scopeOf(request), actorOf(request), request.params.id, request.body);
      return reply.code(201).send(presentGrievance(g));
    },
  );

  app.put(
    '/benefit-grievances/:id',
    {
      schema: {
        tags,
        summary: 'Trả lời, đổi trạng thái khiếu nại / answer a grievance',
        params: idParams,
        body: grievanceAnswer,
        response: { 200: grievance },
      },
    },
    async (request) => {
      const g = await answerGrievanceOf(db, requireUser(request), await scopeOf(request), actorOf(request), request.params.id, request.body);
      return presentGrievance(g);
    },
  );
};
