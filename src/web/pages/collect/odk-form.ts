/**
 * ODK Web Forms (ODK's own form engine and its Vue interface) mounted in a page of this React app:
 * the form logic (relevant, constraint, calculate, choice filters, repeats, languages) is ODK's.
 * Loaded only on the collection page, in its own file.
 */
import { createApp, h, type ComponentInternalInstance, type VNode } from 'vue';
import { OdkWebForm, POST_SUBMIT__NEW_INSTANCE, webFormsPlugin } from '@getodk/web-forms';
import { keepVietnamese, PRIMEVUE_VI } from './odk-vi.js';

export interface FilledInstance {
  instanceId: string;
  xml: string;
  attachments: { name: string; blob: Blob }[];
}

interface InstancePayload {
  data: FormData[];
}

interface EngineRoot {
  prepareInstancePayload(o: { payloadType: 'monolithic' }): Promise<InstancePayload>;
}

export interface MountOptions {
  xform: string;
  /** A media file of the form by its name (households.csv, images), from the device. */
  attachment: (name: string) => Promise<Blob | null>;
  /** A draft to go on with. */
  draft?: { xml: string; attachments: { name: string; blob: Blob }[] };
  /** A valid, finished submission (the form then starts afresh). */
  onSubmit: (s: FilledInstance) => Promise<void>;
  onError?: (e: unknown) => void;
  /** The language of the library's own words (buttons, messages, date picker): the app's. */
  lang: 'vi' | 'en';
}

export interface MountedForm {
  /** The answers so far, valid or not (for a draft). */
  current(): Promise<FilledInstance | null>;
  unmount(): void;
}

export const instanceIdOf = (xml: string) => /<(?:[\w-]+:)?instanceID>\s*([^<\s]+)\s*</.exec(xml)?.[1] ?? '';

async function filled(payload: InstancePayload): Promise<FilledInstance> {
  let xml = '';
  const attachments: { name: string; blob: Blob }[] = [];
  for (const fd of payload.data)
    for (const [name, value] of fd.entries()) {
      if (typeof value === 'string') continue;
      if (name === 'xml_submission_file') xml = await value.text();
      else attachments.push({ name: value.name || name, blob: value });
    }
  return { instanceId: instanceIdOf(xml), xml, attachments };
}

/**
 * The engine's form in the mounted tree: the `form` prop that ODK's own components (FormHeader and
 * others) are given. The library offers no other way to read the answers of an unfinished form.
 */
function findRoot(top: VNode | null | undefined): EngineRoot | null {
  const stack: unknown[] = [top];
  let seen = 0;
  while (stack.length > 0 && seen++ < 100_000) {
    const vnode = stack.pop() as VNode | null | undefined;
    if (!vnode || typeof vnode !== 'object') continue;
    const c = vnode.component as ComponentInternalInstance | null;
    if (c) {
      const form = (c.props as { form?: Partial<EngineRoot> }).form;
      if (form && typeof form.prepareInstancePayload === 'function') return form as EngineRoot;
      stack.push(c.subTree);
    }
    if (Array.isArray(vnode.children)) for (const child of vnode.children) stack.push(child);
    else if (vnode.children && typeof vnode.children === 'object')
      for (const slot of Object.values(vnode.children as Record<string, unknown>)) if (typeof slot !== 'function') stack.push(slot);
  }
  return null;
}

export function mountOdkForm(el: HTMLElement, o: MountOptions): MountedForm {
  const fetchFormAttachment = async (url: URL | string) => {
    const name = decodeURIComponent(String(url).split('/').pop() ?? '');
    const blob = await o.attachment(name);
    return blob ? new Response(blob, { status: 200 }) : new Response('', { status: 404 });
  };
  const editInstance = o.draft
    ? {
        resolveInstance: async () => o.draft!.xml,
        attachmentFileNames: o.draft.attachments.map((a) => a.name),
        resolveAttachment: async (name: string) => new Response(o.draft!.attachments.find((a) => a.name === name)?.blob ?? new Blob()),
      }
    : undefined;
  const app = createApp({
    render: () =>
      h(OdkWebForm, {
        formXml: o.xform,
        fetchFormAttachment,
        missingResourceBehavior: 'BLANK',
        trackDevice: true,
        editInstance,
        onSubmit: (payload: InstancePayload, callback: (r: { next: symbol }) => void) => {
          filled(payload)
            .then(o.onSubmit)
            .then(() => callback({ next: POST_SUBMIT__NEW_INSTANCE }))
            .catch((e) => o.onError?.(e));
        },
      }),
  });
  app.use(webFormsPlugin);
  const primevue = app.config.globalProperties.$primevue as { config?: { locale?: Record<string, unknown> } } | undefined;
  // A new object: PrimeVue's default locale may be shared by every app it is installed in.
  if (o.lang === 'vi' && primevue?.config?.locale) primevue.config.locale = { ...primevue.config.locale, ...PRIMEVUE_VI };
  const stopVietnamese = o.lang === 'vi' ? keepVietnamese(el) : () => {};
  app.config.errorHandler = (e) => o.onError?.(e);
  // The root's internal instance (`app._instance` exists only in development builds of Vue).
  const root = app.mount(el) as unknown as { $: ComponentInternalInstance };
  return {
    async current() {
      const form = findRoot(root.$.subTree);
      return form ? filled(await form.prepareInstancePayload({ payloadType: 'monolithic' })) : null;
    },
    unmount: () => {
      stopVietnamese();
      app.unmount();
    },
  };
}
