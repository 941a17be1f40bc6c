import { elementHasValues } from '../modules/data-entry/data-entry.service.js';
import { importOrigin } from '../modules/register-import/register-import.service.js';
import { provideImportOrigins } from '../modules/register/history.service.js';
import { provideElementValuesCheck } from '../modules/reporting-metadata/forms.service.js';
import { enqueueEvent } from '../modules/webhooks/webhooks.service.js';
import { provideEventSubscriber } from './events.js';

/**
 * Answers a module needs from a module that depends on it. Importing that module would close an
 * import cycle, so the lower module declares what it needs (a `provide…` function in its service)
 * and this file plugs the higher module's service in, once, before any request or command runs:
 * - the register shows the import that created a record (register-import depends on the register);
 * - reporting metadata refuses to reshape a data element with stored values (data entry depends on
 *   reporting metadata);
 * - events (report submitted, household changed, …) are queued for webhooks (events.ts), so the
 *   publishing modules do not import the webhooks module.
 */
export function connectModules(): void {
  provideImportOrigins(importOrigin);
  provideElementValuesCheck(elementHasValues);
  provideEventSubscriber(enqueueEvent);
}
