// A Vue 3 page using Yinfa through the custom elements (ESM entry for bundlers), with real `vue`.
import '@yinfa/elements/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
