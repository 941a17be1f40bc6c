import { z } from 'zod';
import { listQuery as householdListQuery } from '../register/households.schema.js';
import { listQuery as personListQuery } from '../register/persons.schema.js';

const exportFields = {
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  /** Column keys, comma-separated, in the order wanted (GET /register/export/columns lists them). */
  columns: z.string().max(2000).optional(),
  /** Why the data is exported; required (3–300 characters) and logged. */
  purpose: z.string().max(1000).optional(),
};

/** The household list's filters (without paging) plus format, columns and purpose. */
export const householdExportQuery = householdListQuery.omit({ page: true, pageSize: true }).extend(exportFields);
export const personExportQuery = personListQuery.omit({ page: true, pageSize: true }).extend(exportFields);

const choice = z.array(z.object({ key: z.string(), vi: z.string(), en: z.string() }));
export const columnsResponse = z.object({ households: choice, persons: choice });

/** The exported file, streamed: XLSX, or CSV in UTF-8 with a byte-order mark, as `format` asks. */
export const exportFile = z.string().meta({ format: 'binary' }).describe('Tệp XLSX hoặc CSV (UTF-8 có BOM) / the XLSX or CSV file');

/** Content types of the export routes. */
export const EXPORT_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'];
