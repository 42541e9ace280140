/**
 * Vue's esm-bundler build reads three compile-time flags that a Vue app's bundler (@vitejs/plugin-vue)
 * defines; these tests load Vue without that plugin, so they are set here, to the values it uses, before
 * Vue is imported (import this module first).
 */
const flags = globalThis as Record<string, unknown>;
flags.__VUE_OPTIONS_API__ = true;
flags.__VUE_PROD_DEVTOOLS__ = false;
flags.__VUE_PROD_HYDRATION_MISMATCH_DETAILS__ = false;
export {};
