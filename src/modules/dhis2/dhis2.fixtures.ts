import type { LightMyRequestResponse } from 'fastify';
import type { Client, TestSession } from '../../test/harness.js';

/** A response whose `json()` is the import summary inside DHIS2's WebMessage (other bodies as they are). */
function unwrapped(res: LightMyRequestResponse): LightMyRequestResponse {
  const json = res.json.bind(res);
  res.json = () => {
    const body = json();
    return body && typeof body === 'object' && 'httpStatusCode' in body && 'response' in body ? body.response : body;
  };
  return res;
}

/**
 * The session's clients, answering imports with the bare import summary: for tests written about the
 * summary itself; the WebMessage envelope and its status codes are tested on their own.
 */
export function summaries(s: TestSession): { as(username: string): Client } {
  return {
    as(username) {
      const c = s.as(username);
      const wrap =
        <A extends unknown[]>(f: (...a: A) => Promise<LightMyRequestResponse>) =>
        async (...a: A) =>
          unwrapped(await f(...a));
      return { ...c, request: wrap(c.request), get: wrap(c.get), post: wrap(c.post), put: wrap(c.put), patch: wrap(c.patch), delete: wrap(c.delete) };
    },
  };
}
