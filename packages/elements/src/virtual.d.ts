// Made by build.mjs: the bundled CSS of @yinfa/tokens, @yinfa/react and @yinfa/widgets (rem → var(--yf-rem)).
declare module 'yinfa:css' {
  export const cssText: string;
}
