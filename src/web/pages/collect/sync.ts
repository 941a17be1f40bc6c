/** Brings the assigned forms onto the device and sends the outbox (the web collection's network side). */
import { ApiError, call, http, upload } from '../../api/client.js';
import { type OutboxItem, deleteForm, getForm, listForms, listOutbox, putForm, putOutbox, type StoredForm } from './store.js';

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new ApiError(res.status, 'http', res.statusText);
  return res;
}

/** Downloads the forms whose hash changed (and their media), drops the ones no longer assigned. Gives how many are on the device. */
export async function refreshForms(): Promise<number> {
  const { items } = await call(http.GET('/api/surveys/collect/forms'));
  for (const f of items) {
    const kept = await getForm(f.id);
    const sameMedia = kept && f.media.every((m) => kept.media.some((k) => k.name === m.name && k.hash === m.hash));
    if (kept && kept.hash === f.hash && sameMedia) continue;
    const xform = await (await fetchOk(`/api/surveys/collect/forms/${f.id}/xform`)).text();
    const media: StoredForm['media'] = [];
    for (const m of f.media) media.push({ ...m, blob: await (await fetchOk(`/api/surveys/collect/forms/${f.id}/media/${encodeURIComponent(m.name)}`)).blob() });
    await putForm({ id: f.id, xmlFormId: f.xmlFormId, title: f.title, version: f.version, hash: f.hash, provinceName: f.provinceName, xform, media });
  }
  const ids = new Set(items.map((f) => f.id));
  for (const f of await listForms()) if (!ids.has(f.id)) await deleteForm(f.id);
  return items.length;
}

let sending: Promise<number> | null = null;

/**
 * Sends every submission of the outbox not yet sent, one after the other, with the same multipart
 * as ODK Collect. A resend of one the server already has is answered without a duplicate (instanceID).
 * Gives how many were sent; one sending at a time.
 */
export function sendOutbox(onChange?: () => void): Promise<number> {
  sending ??= (async () => {
    let sent = 0;
    try {
      for (const item of await listOutbox()) {
        if (item.status === 'sent') continue;
        await putOutbox({ ...item, status: 'sending' });
        onChange?.();
        const next: OutboxItem = { ...item };
        try {
          const fd = new FormData();
          fd.append('xml_submission_file', new Blob([item.xml], { type: 'text/xml' }), 'submission.xml');
          for (const a of item.attachments) fd.append(a.name, a.blob, a.name);
          await upload('/api/surveys/collect/submission', '/api/surveys/collect/submission', fd);
          Object.assign(next, { status: 'sent', error: null, sentAt: new Date().toISOString() });
          sent++;
        } catch (e) {
          // No network: it waits for the next try; an answer from the server (a refusal) is shown with the item.
          const offline = e instanceof ApiError && e.status === 0;
          Object.assign(next, { status: offline ? 'pending' : 'failed', error: offline ? null : (e as Error).message });
          await putOutbox(next);
          onChange?.();
          if (offline) break;
          continue;
        }
        await putOutbox(next);
        onChange?.();
      }
    } finally {
      sending = null;
    }
    return sent;
  })();
  return sending;
}
