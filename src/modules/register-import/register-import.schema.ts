/** Request and response schemas of the register import routes. */
import { z } from 'zod';
import { pagingFields } from '../../shared/paging.js';

const tally = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
/** An import as the API shows it: progress, counts, the first errors translated. */
export const importView = z.object({
  id: z.number(),
  fileName: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  dryRun: z.boolean(),
  onlyValid: z.boolean(),
  applied: z.boolean(),
  progress: z.object({ bytesRead: z.number(), bytesTotal: z.number(), rowsRead: z.number(), percent: z.number() }),
  encoding: z.object({ detected: z.string(), converted: z.boolean() }),
  counts: z.object({ rows: z.number(), valid: z.number(), invalid: z.number(), households: tally, persons: tally }),
  errorCount: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), value: z.string(), code: z.string(), message: z.string() })),
  errorReportUrl: z.string().nullable(),
  failure: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  userId: z.number().nullable(),
});
export type ImportView = z.infer<typeof importView>;

/** Query of the template download. */
export const templateQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

/** Answer to an upload: the import queued. */
export const importQueued = z.object({ id: z.number(), status: z.string() });

/** Query of the import list. */
export const importListQuery = z.strictObject(pagingFields);

/** How the upload appears in OpenAPI (multipart is read by the handler from the stream, not by the body validator). */
export const importUploadDoc = z
  .strictObject({
    file: z.any().meta({ type: 'string', format: 'binary' }).describe('Tệp CSV hoặc XLSX / CSV or XLSX file'),
    dryRun: z.string().optional().describe('true (mặc định): chỉ kiểm tra / check only (default)'),
    onlyValid: z.string().optional().describe('true: ghi các hộ hợp lệ, bỏ qua hộ lỗi / write the valid households, leave out bad ones'),
  })
  // Fastify hands a multipart request's (empty) body to the validator as null.
  .nullish();
