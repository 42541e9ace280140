// Vue is not installed in this repository: a minimal stand-in for the interface @yinfa/elements' Vue
// typings augment (the real one lives in @vue/runtime-dom), so elements-typings.ts can check them.
declare module '@vue/runtime-dom' {
  export interface IntrinsicElementAttributes {
    div: { id?: string };
  }
}
