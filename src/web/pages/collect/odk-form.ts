/**
 * ODK Web Forms (ODK's own form engine and its Vue interface) mounted in a page of this React app:
 * the form logic (relevant, constraint, calculate, choice filters, repeats, languages) is ODK's.
 * Loaded only on the collection page, in its own file.
 */
import { type App, createApp, h, shallowRef, type ComponentInternalInstance, type ShallowRef, type VNode } from 'vue';
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

/**
 * One Vue application per page holds the engine: ODK's plugin (its reset styles and PrimeVue with its
 * theme) is installed once, and each opened form is a new `OdkWebForm` in it. Installing it again at
 * each opening recomputed the whole theme and left one more copy of the reset styles in the page.
 */
interface Shown {
  key: number;
  props: Record<string, unknown>;
  onError?: (e: unknown) => void;
}
let engine: { app: App; container: HTMLElement; shown: ShallowRef<Shown | null>; root: ComponentInternalInstance } | null = null;
let opened = 0;

function theEngine() {
  if (engine) return engine;
  const shown = shallowRef<Shown | null>(null);
  const app = createApp({ render: () => (shown.value ? h(OdkWebForm, { key: shown.value.key, ...shown.value.props }) : null) });
  app.use(webFormsPlugin);
  app.config.errorHandler = (e) => shown.value?.onError?.(e);
  const container = document.createElement('div');
  container.className = 'collect-odk';
  // The root's internal instance (`app._instance` exists only in development builds of Vue).
  const root = (app.mount(container) as unknown as { $: ComponentInternalInstance }).$;
  engine = { app, container, shown, root };
  return engine;
}

/** PrimeVue's own locale as the library installed it, before any Vietnamese. */
let primevueLocale: Record<string, unknown> | null = null;

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
  const e = theEngine();
  const primevue = e.app.config.globalProperties.$primevue as { config?: { locale?: Record<string, unknown> } } | undefined;
  if (primevue?.config?.locale) {
    primevueLocale ??= primevue.config.locale;
    // A new object: PrimeVue's default locale may be shared by every app it is installed in.
    primevue.config.locale = o.lang === 'vi' ? { ...primevueLocale, ...PRIMEVUE_VI } : primevueLocale;
  }
  const stopVietnamese = o.lang === 'vi' ? keepVietnamese(el) : () => {};
  const shown: Shown = {
    key: ++opened,
    onError: o.onError,
    props: {
      formXml: o.xform,
      fetchFormAttachment,
      missingResourceBehavior: 'BLANK',
      trackDevice: true,
      editInstance,
      onSubmit: (payload: InstancePayload, callback: (r: { next: symbol }) => void) => {
        filled(payload)
          .then(o.onSubmit)
          .then(() => callback({ next: POST_SUBMIT__NEW_INSTANCE }))
          .catch((err) => o.onError?.(err));
      },
    },
  };
  el.appendChild(e.container);
  e.shown.value = shown;
  return {
    async current() {
      const form = e.shown.value === shown ? findRoot(e.root.subTree) : null;
      return form ? filled(await form.prepareInstancePayload({ payloadType: 'monolithic' })) : null;
    },
    unmount: () => {
      stopVietnamese();
      if (e.shown.value !== shown) return;
      e.shown.value = null;
      e.container.remove();
    },
  };
}

/** A small form with the usual controls (text, numbers, one and several choices, a group, a repeat, a calculate). */
function warmUpXForm(): string {
  const kinds = ['string', 'int', 'decimal', 'select1', 'select'] as const;
  const names = Array.from({ length: 15 }, (_, i) => `q${i}`);
  const bind = names
    .map((n, i) => {
      const kind = kinds[i % kinds.length];
      const type = kind === 'select1' || kind === 'select' ? 'string' : kind;
      const relevant = i % 5 === 4 ? ` relevant="/data/q${i - 1} != ''"` : '';
      const constraint = kind === 'int' ? ' constraint=". &gt;= 0"' : '';
      return `<bind nodeset="/data/${n}" type="${type}"${relevant}${constraint}/>`;
    })
    .join('');
  const items = '<item><label>A</label><value>a</value></item><item><label>B</label><value>b</value></item>';
  const body = names
    .map((n, i) => {
      const kind = kinds[i % kinds.length];
      if (kind === 'select1' || kind === 'select') return `<${kind} ref="/data/${n}"><label>${n}</label>${items}</${kind}>`;
      return `<input ref="/data/${n}"><label>${n}</label><hint>${n}</hint></input>`;
    })
    .join('');
  return `<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
<h:head><h:title>warm-up</h:title><model>
<instance><data id="warm_up">${names.map((n) => `<${n}/>`).join('')}<g><gt/></g><r jr:template=""><rt/></r><r><rt/></r><c/><meta><instanceID/></meta></data></instance>
${bind}<bind nodeset="/data/g/gt" type="string"/><bind nodeset="/data/r/rt" type="string"/>
<bind nodeset="/data/c" type="string" calculate="concat(/data/q0, '-')"/>
<bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
</model></h:head>
<h:body>${body}<group ref="/data/g"><label>g</label><input ref="/data/g/gt"><label>gt</label></input></group>
<group ref="/data/r"><label>r</label><repeat nodeset="/data/r"><input ref="/data/r/rt"><label>rt</label></input></repeat></group></h:body>
</h:html>`;
}

let warmed: Promise<void> | null = null;

/**
 * Opens a small form once, out of sight, then closes it: the engine's code is then compiled and
 * PrimeVue's styles are in the page, so the surveyor's first form opens as fast as the next ones.
 * Nothing of it is kept. A form opened meanwhile takes the engine's place, and none is warmed up
 * while a form is open.
 */
export function warmUpEngine(): Promise<void> {
  // Never in place of a form the surveyor has opened meanwhile (the files may have come after the click).
  if (engine?.shown.value) return Promise.resolve();
  warmed ??= (async () => {
    const el = document.createElement('div');
    el.className = 'collect-warm-up';
    el.setAttribute('aria-hidden', 'true');
    el.style.cssText = 'position:absolute;left:-10000px;top:0;width:360px;visibility:hidden;pointer-events:none';
    document.body.appendChild(el);
    const form = mountOdkForm(el, { xform: warmUpXForm(), lang: 'en', attachment: async () => null, onSubmit: async () => {} });
    const shown = theEngine().container;
    for (let i = 0; i < 40 && !shown.querySelector('.odk-form'); i++) await new Promise((r) => setTimeout(r, 50));
    // The layout and fonts of what was drawn, before it goes.
    el.getBoundingClientRect();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    form.unmount();
    el.remove();
  })().catch(() => undefined);
  return warmed;
}
