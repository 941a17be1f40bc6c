import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ErrorDetail } from '../api/client.js';

export { isChunkLoadError, isTrouble, type Trouble, troubleOf, waitOf } from './trouble.js';
import { troubleOf } from './trouble.js';

/** Field path of a server detail as an antd form name ("target.name" → ['target', 'name']). */
function fieldPath(detail: ErrorDetail): (string | number)[] {
  return detail.field
    .replace(/^(body|querystring|params)\.?/, '')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Shows an API error: field details go onto the matching form fields, the message (and details that
 * match no field) in a toast. `knownFields`: the form's fields, or a map from server field to form field.
 * Returns true when at least one field was marked.
 */
export function useShowError() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (err: unknown, form?: FormInstance, knownFields?: string[] | Record<string, string>) => {
      if (!(err instanceof ApiError)) {
        message.error(err instanceof Error ? err.message : String(err));
        return false;
      }
      if (err.code === 'network') {
        message.error(t(navigator.onLine ? 'common.networkError' : 'common.offline'));
        return false;
      }
      if (err.code === 'rate_limited' || (err.code.startsWith('http_') && (err.status === 429 || err.status >= 500))) {
        // Too many requests, or a fault answered by something other than our server (a proxy's page): the error screen's words.
        const kind = troubleOf(err);
        message.error(t(`shell.error.${kind}.text`, { seconds: err.retryAfter ?? 60 }), 6);
        return false;
      }
      const unmatched: string[] = [];
      const fields: { name: (string | number)[]; errors: string[] }[] = [];
      for (const d of err.details) {
        let name = fieldPath(d);
        if (knownFields && !Array.isArray(knownFields) && knownFields[String(name[0])]) name = [knownFields[String(name[0])], ...name.slice(1)];
        const known =
          !knownFields || (Array.isArray(knownFields) ? knownFields.includes(String(name[0])) : Object.values(knownFields).includes(String(name[0])));
        if (form && name.length && known) {
          const existing = fields.find((f) => f.name.join('.') === name.join('.'));
          if (existing) existing.errors.push(d.message);
          else fields.push({ name, errors: [d.message] });
        } else if (d.row === undefined) {
          unmatched.push(d.field ? `${d.field}: ${d.message}` : d.message);
        } else if (unmatched.length < 3) {
          // Row-level problems (file uploads) outside an import dialog: show the first few.
          unmatched.push(`#${d.row}${d.value !== undefined ? ` (${String(d.value)})` : ''}: ${d.message}`);
        }
      }
      if (form && fields.length) form.setFields(fields.map((f) => ({ name: f.name, errors: f.errors })));
      message.error(unmatched.length ? `${err.message}. ${unmatched.join('; ')}` : err.message, 6);
      return fields.length > 0;
    },
    [message, t],
  );
}
