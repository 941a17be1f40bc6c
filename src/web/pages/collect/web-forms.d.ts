// @getodk/web-forms ships without type declarations: the part this app uses.
declare module '@getodk/web-forms' {
  import type { Component, Plugin } from 'vue';
  export const OdkWebForm: Component;
  export const webFormsPlugin: Plugin;
  export const POST_SUBMIT__NEW_INSTANCE: symbol;
}
