import { z } from 'zod';
import { fileResponse, XLSX_TYPE } from '../spreadsheets/spreadsheet.schema.js';

export const templateQuery = z.strictObject({
  /** The form: its id or code. */
  dataSet: z.string().min(1).max(100),
  /** Period id of the form's type. */
  period: z.string().min(4).max(7),
  /** Unit codes, comma-separated (up to 200). */
  units: z.string().min(2).max(1400),
});

export const reportQuery = z.strictObject({
  dataSet: z.string().min(1).max(100),
  period: z.string().min(4).max(7),
  unit: z.string().regex(/^\d{2,5}$/),
});

/** How the upload appears in OpenAPI (multipart is read by the handler, not by the body validator). */
export const uploadDoc = z
  .strictObject({
    file: z.any().meta({ type: 'string', format: 'binary' }).describe('Mẫu nhập XLSX đã điền / filled XLSX template'),
    dryRun: z.string().optional().describe('true: chỉ kiểm tra / check only'),
    dataSet: z.string().optional().describe('Biểu đang mở; mẫu của biểu khác bị từ chối / the open form; a template of another form is refused'),
    period: z.string().optional().describe('Kỳ đang mở; mẫu của kỳ khác bị từ chối / the open period; a template of another period is refused'),
  })
  // Fastify hands a multipart request's (empty) body to the validator as null.
  .nullish();

/** Response of an XLSX download. */
export const xlsxResponse = (description: string) => ({ 200: { content: { [XLSX_TYPE]: { schema: fileResponse(description) } } } });
