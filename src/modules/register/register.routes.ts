import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser } from '../../server/scope.js';
import { classifiedYears } from './poverty.service.js';
import * as C from './register.codes.js';
import { codeListsResponse, povertyYearsResponse } from './register.schema.js';

const LISTS = {
  relationship: C.RELATIONSHIP,
  sex: C.SEX,
  housing: C.HOUSING,
  waterSource: C.WATER_SOURCE,
  electricity: C.ELECTRICITY,
  toiletType: C.TOILET,
  mainLivelihood: C.LIVELIHOOD,
  incomeBand: C.INCOME_BAND,
  internetAccess: C.INTERNET,
  povertyStatus: C.POVERTY_STATUS,
  deprivation: C.DEPRIVATION,
  maritalStatus: C.MARITAL,
  educationLevel: C.EDUCATION,
  schoolEnrolment: C.SCHOOL_ENROLMENT,
  disability: C.DISABILITY,
  religion: C.RELIGION,
};

/** The coded values of the register with their labels, for forms, filters and import templates. */
export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/register/codes',
    { schema: { tags: ['register'], summary: 'Danh mục mã của sổ hộ / register code lists', response: { 200: codeListsResponse } } },
    async (request) => {
      requireUser(request);
      return Object.fromEntries(Object.entries(LISTS).map(([k, l]) => [k, Object.entries(l.labels).map(([code, label]) => ({ code, ...label }))]));
    },
  );

  app.get(
    '/register/poverty-years',
    {
      schema: {
        tags: ['register'],
        summary: 'Các năm đã có phân loại nghèo / years with a poverty classification',
        response: { 200: povertyYearsResponse },
      },
    },
    async (request) => {
      requireUser(request);
      return { years: await classifiedYears(app.ctx.db) };
    },
  );
};
