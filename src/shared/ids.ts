import { z } from 'zod';

/** Largest database id (PostgreSQL `integer`): anything above is refused before it reaches SQL. */
export const MAX_ID = 2147483647;

/** An id in a path or query string (text coerced to a number), positive and within `integer`. */
export const idParam = z.coerce.number().int().positive().max(MAX_ID);

/** An id in a JSON body: a positive whole number within `integer`. */
export const bodyId = z.number().int().positive().max(MAX_ID);

/** `{ id }` path parameters, as most resources take them. */
export const idParams = z.strictObject({ id: idParam });

/** Any other positive whole number kept in an `integer` column (record versions). */
export const positiveInt32 = bodyId;
