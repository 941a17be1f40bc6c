import { z } from 'zod';

export const collectFormList = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      xmlFormId: z.string(),
      title: z.string(),
      version: z.string().nullable(),
      /** `md5:` of the XForm: a phone keeps its copy while the hash is the same. */
      hash: z.string(),
      provinceName: z.string(),
      media: z.array(z.object({ name: z.string(), hash: z.string(), type: z.string() })),
    }),
  ),
});

export const collectMediaParams = z.strictObject({ id: z.coerce.number().int().positive().max(2147483647), name: z.string().min(1).max(255) });

export const collectReceipt = z.object({
  /** false: this instanceID had arrived before (a resend), nothing was duplicated. */
  created: z.boolean(),
  submissionId: z.number().int(),
  /** Attachments stored by this request. */
  added: z.number().int(),
});

/** Documentation only: the parts are read as a stream. */
export const collectSubmissionDoc = z
  .object({ xml_submission_file: z.any().meta({ type: 'string', format: 'binary' }).describe('the submission XML (as ODK Collect sends it)') })
  .catchall(z.any().meta({ type: 'string', format: 'binary' }).describe('an attachment named in the answers (photo, file)'))
  .nullish();
