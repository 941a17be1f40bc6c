/**
 * ODK Web Forms (ODK's own form engine and its Vue interface) mounted in a page of this React app:
 * the form logic (relevant, constraint, calculate, choice filters, repeats, languages) is ODK's.
 * Loaded only on the collection page, in its own file.
 */
import { createApp, h, type ComponentInternalInstance, type VNode } from 'vue';
import { OdkWebForm, POST_SUBMIT__NEW_INSTANCE, webFormsPlugin } from '@getodk/web-forms';

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

/** The engine's form (the FormHeader component is given it) in the mounted tree. */
function findRoot(vnode: VNode | null | undefined, depth = 0): EngineRoot | null {
  if (!vnode || depth > 60) return null;
  const c = vnode.component as ComponentInternalInstance | null;
  if (c) {
    if ((c.type as { __name?: string }).__name === 'FormHeader' && c.props.form) return c.props.form as EngineRoot;
    const r = findRoot(c.subTree, depth + 1);
    if (r) return r;
  }
  if (Array.isArray(vnode.children))
    for (const child of vnode.children) {
      const r = findRoot(child as VNode, depth + 1);
      if (r) return r;
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
  app.config.errorHandler = (e) => o.onError?.(e);
  app.mount(el);
  return {
    async current() {
      const root = findRoot(app._instance?.subTree);
      return root ? filled(await root.prepareInstancePayload({ payloadType: 'monolithic' })) : null;
    },
    unmount: () => app.unmount(),
  };
}
