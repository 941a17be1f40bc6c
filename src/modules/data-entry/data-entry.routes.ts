import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { requestLanguage } from '../../server/errors.js';
import { can, requirePermission, requireUser, scopeOf } from '../../server/scope.js';
import { actorOf } from '../audit/audit.service.js';
import { formPeriod, reportUnit } from './data-entry.access.js';
import { formCompleteness } from './data-entry.completeness.js';
import { derivedInputs } from './data-entry.derived.js';
import { gridLayout } from './data-entry.layout.js';
import { loadForm } from './data-entry.form.js';
import { formReport, previousValues, reportHistory } from './data-entry.service.js';
import { saveValues } from './data-entry.save.js';
import {
  actionBody,
  batchBody,
  completenessQuery,
  completenessResponse,
  decideResponse,
  formResponse,
  previousQuery,
  previousResponse,
  layoutResponse,
  reportHistoryResponse,
  reportParams,
  saveResponse,
  submitResponse,
  validationResponse,
  valueHistoryQuery,
  valueHistoryResponse,
  valueInput,
} from './data-entry.schema.js';
import { submitReport, decideReport } from './data-entry.submit.js';
import { runValidation } from './data-entry.validation.js';
import { valueHistory } from './data-entry.value-history.js';

const tags = ['data-entry'];

export const dataEntryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  /** The form, period and unit of a report, checked against the caller's area. */
  async function report(request: FastifyRequest, p: { dataSet: string; unit: string; period: string }, mode: 'read' | 'write') {
    requireUser(request);
    const scope = await scopeOf(request);
    const form = await loadForm(db, p.dataSet, scope);
    const period = formPeriod(form, p.period);
    const unit = await reportUnit(db, await app.ctx.graph(), scope, form, period, p.unit, mode);
    return { form, period, unit };
  }
  const url = '/data-entry/reports/:dataSet/:unit/:period';

  app.get(url, { schema: { tags, summary: 'Biểu nhập số liệu / data entry form', params: reportParams, response: { 200: formResponse } } }, async (request) => {
    const r = await report(request, request.params, 'read');
    return formReport(db, r, can(request.user, 'enter_data'), can(request.user, 'approve_data'));
  });

  app.get(
    `${url}/layout`,
    { schema: { tags, summary: 'Bố cục phân tổ theo dân tộc / layout of the breakdowns', params: reportParams, response: { 200: layoutResponse } } },
    async (request) => {
      const r = await report(request, request.params, 'read');
      return gridLayout(db, await app.ctx.graph(), await scopeOf(request), r.form, r.period, r.unit.id);
    },
  );

  app.put(
    `${url}/values`,
    { schema: { tags, summary: 'Lưu một giá trị / save one value', params: reportParams, body: valueInput, response: { 200: saveResponse } } },
    async (request) => {
      requirePermission(request, 'enter_data');
      const r = await report(request, request.params, 'write');
      return saveValues(db, actorOf(request), r.form, r.unit.id, r.period.id, [request.body], () => '');
    },
  );

  app.post(
    `${url}/values`,
    { schema: { tags, summary: 'Lưu nhiều giá trị / save values in bulk', params: reportParams, body: batchBody, response: { 200: saveResponse } } },
    async (request) => {
      requirePermission(request, 'enter_data');
      const r = await report(request, request.params, 'write');
      return saveValues(db, actorOf(request), r.form, r.unit.id, r.period.id, request.body.values, (i) => `values.${i}.`);
    },
  );

  app.post(
    `${url}/derived`,
    { schema: { tags, summary: 'Lấy số liệu từ sổ hộ / refresh values computed from the register', params: reportParams, response: { 200: saveResponse } } },
    async (request) => {
      requirePermission(request, 'enter_data');
      const r = await report(request, request.params, 'write');
      const inputs = await derivedInputs(db, await app.ctx.graph(), r.form, r.period, r.unit.id);
      if (!inputs.length) return { saved: 0, unchanged: 0, duplicates: 0, items: [] };
      return saveValues(db, actorOf(request), r.form, r.unit.id, r.period.id, inputs, (i) => `values.${i}.`);
    },
  );

  app.get(
    `${url}/validation`,
    { schema: { tags, summary: 'Kiểm tra số liệu / run validation rules', params: reportParams, response: { 200: validationResponse } } },
    async (request) => {
      const r = await report(request, request.params, 'read');
      return runValidation(db, r.form, r.unit.id, r.period.id, requestLanguage(request));
    },
  );

  app.get(
    `${url}/values/history`,
    {
      schema: {
        tags,
        summary: 'Lịch sử một giá trị / changes of one value',
        params: reportParams,
        querystring: valueHistoryQuery,
        response: { 200: valueHistoryResponse },
      },
    },
    async (request) => {
      const r = await report(request, request.params, 'read');
      return valueHistory(db, r.form, r.unit.id, r.period.id, request.query.dataElementId, request.query.categoryOptionComboId);
    },
  );

  app.get(
    `${url}/previous`,
    {
      schema: {
        tags,
        summary: 'Số liệu các kỳ trước / values of earlier periods',
        params: reportParams,
        querystring: previousQuery,
        response: { 200: previousResponse },
      },
    },
    async (request) => {
      const r = await report(request, request.params, 'read');
      return previousValues(db, r.form, r.unit.id, r.period, request.query.count ?? 4, requestLanguage(request));
    },
  );

  app.get(
    `${url}/history`,
    { schema: { tags, summary: 'Lịch sử báo cáo / report history', params: reportParams, response: { 200: reportHistoryResponse } } },
    async (request) => {
      const r = await report(request, request.params, 'read');
      return reportHistory(db, r.form.id, r.unit.id, r.period.id);
    },
  );

  app.post(
    `${url}/submit`,
    { schema: { tags, summary: 'Nộp báo cáo / submit', params: reportParams, body: actionBody, response: { 200: submitResponse } } },
    async (request) => {
      requirePermission(request, 'enter_data');
      const r = await report(request, request.params, 'write');
      return submitReport(db, actorOf(request), r, request.body.comment ?? null, requestLanguage(request));
    },
  );

  for (const action of ['approve', 'return', 'reopen'] as const) {
    app.post(
      `${url}/${action}`,
      { schema: { tags, summary: `${action} report`, params: reportParams, body: actionBody, response: { 200: decideResponse } } },
      async (request) => {
        const user = requirePermission(request, 'approve_data');
        const r = await report(request, request.params, 'write');
        return decideReport(db, actorOf(request), r, action, request.body.comment ?? null, user.role);
      },
    );
  }

  app.get(
    '/data-entry/completeness',
    {
      schema: { tags, summary: 'Tình hình nộp báo cáo / completeness and timeliness', querystring: completenessQuery, response: { 200: completenessResponse } },
    },
    async (request) => {
      requireUser(request);
      const q = request.query;
      return formCompleteness(db, await app.ctx.graph(), await scopeOf(request), q.dataSet, q.period, q.parent);
    },
  );
};
