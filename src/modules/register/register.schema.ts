import { z } from 'zod';

const codeList = z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() }));

/** Every code list of the register by name, each code with its Vietnamese and English label. */
export const codeListsResponse = z.record(z.string(), codeList);

/** Years with a poverty classification, newest first. */
export const povertyYearsResponse = z.object({ years: z.array(z.number().int()) });
