// A Vue 3 app that uses the Yinfa elements. Under a strict CSP Vue cannot compile templates in the
// browser (that needs `new Function`), so this page uses render functions; a Vue SFC build (vite +
// @vitejs/plugin-vue) precompiles templates and works the same way — see docs/elements.md.
// Vue passes props that exist on the element (amountFen, adapter…) as properties and `on…` props as
// event listeners: onYinfaConfirm listens to `yinfa-confirm`.
(function () {
  const Vue = window.Vue;
  if (!Vue) {
    document.getElementById('vue-missing').hidden = false;
    return;
  }
  const { createApp, h, ref } = Vue;
  const app = createApp({
    setup() {
      const amountFen = ref(128000);
      const confirmed = ref(false);
      const mode = ref('standard');
      return () =>
        h('div', [
          h('p', [
            h('button', { type: 'button', onClick: () => (mode.value = mode.value === 'elder' ? 'standard' : 'elder') }, mode.value === 'elder' ? '标准模式' : '长辈模式'),
          ]),
          h('yinfa-fraud-banner', { mode: mode.value }),
          h('yinfa-amount-confirm', {
            mode: mode.value,
            amountFen: amountFen.value,
            payeeName: '王小明',
            payeeBank: '示例银行',
            onYinfaConfirm: (event) => {
              confirmed.value = event.detail.amountFen === amountFen.value;
            },
          }),
          confirmed.value ? h('p', { class: 'result', role: 'status' }, '已确认。') : null,
          h('yinfa-speak', { text: '这是在 Vue 页面里的朗读按钮。', mode: mode.value }),
        ]);
    },
  });
  // Tell Vue these tags are custom elements, not Vue components.
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('yinfa-');
  app.mount('#app');
})();
