/**
 * What the web collection keeps on the device, in IndexedDB (kept across reloads and without a
 * network): the assigned forms with their media, the drafts, and the outbox of finished submissions.
 */

export interface StoredForm {
  id: number;
  xmlFormId: string;
  title: string;
  version: string | null;
  hash: string;
  provinceName: string;
  xform: string;
  media: { name: string; hash: string; type: string; blob: Blob }[];
}

export interface Draft {
  key: string;
  formId: number;
  title: string;
  /** The instance XML filled so far. */
  xml: string;
  attachments: { name: string; blob: Blob }[];
  savedAt: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxItem {
  /** The instanceID: the server keeps one submission per instanceID, so a resend never duplicates. */
  instanceId: string;
  formId: number;
  title: string;
  xml: string;
  attachments: { name: string; blob: Blob }[];
  status: OutboxStatus;
  error: string | null;
  savedAt: string;
  sentAt: string | null;
}

const DB_NAME = 'dantoc-collect';
const STORES = ['forms', 'drafts', 'outbox'] as const;
type StoreName = (typeof STORES)[number];

let opened: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('forms')) db.createObjectStore('forms', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts', { keyPath: 'key' });
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'instanceId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

async function run<T>(store: StoreName, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const req = fn(tx.objectStore(store));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const listForms = () => run<StoredForm[]>('forms', 'readonly', (s) => s.getAll());
export const getForm = (id: number) => run<StoredForm | undefined>('forms', 'readonly', (s) => s.get(id));
export const putForm = (f: StoredForm) => run('forms', 'readwrite', (s) => s.put(f));
export const deleteForm = (id: number) => run('forms', 'readwrite', (s) => s.delete(id));

export const listDrafts = () => run<Draft[]>('drafts', 'readonly', (s) => s.getAll());
export const getDraft = (key: string) => run<Draft | undefined>('drafts', 'readonly', (s) => s.get(key));
export const putDraft = (d: Draft) => run('drafts', 'readwrite', (s) => s.put(d));
export const deleteDraft = (key: string) => run('drafts', 'readwrite', (s) => s.delete(key));

export const listOutbox = async () => (await run<OutboxItem[]>('outbox', 'readonly', (s) => s.getAll())).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
export const putOutbox = (o: OutboxItem) => run('outbox', 'readwrite', (s) => s.put(o));
