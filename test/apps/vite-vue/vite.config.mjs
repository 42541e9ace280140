import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Tags starting with yinfa- are custom elements, not Vue components.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('yinfa-') } } })],
  logLevel: 'warn',
});
