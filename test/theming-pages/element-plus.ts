/** A bank transfer page built only from Element Plus 2 components (Vue 3, render functions). */
import './vue-flags';
import { createApp, h, ref, type App, type Ref } from 'vue';
import { ElButton, ElCheckbox, ElDialog, ElInput, ElMenu, ElMenuItem, ElMessage, ElPageHeader, ElRadio, ElRadioGroup, ElTabPane, ElTabs } from 'element-plus';

/** v-model for render functions. */
const bind = <T>(r: Ref<T>): Record<string, unknown> => ({ modelValue: r.value, 'onUpdate:modelValue': (v: T) => (r.value = v) });

const Page = {
  setup() {
    const amount = ref('');
    const when = ref('now');
    const notify = ref(true);
    const open = ref(true);
    const tab = ref('bank');
    return () =>
      h('main', [
        h(ElMenu, { mode: 'horizontal', defaultActive: 'transfer', ellipsis: false }, () => [h(ElMenuItem, { index: 'home' }, () => '首页'), h(ElMenuItem, { index: 'transfer' }, () => '转账')]),
        h(ElPageHeader, { title: '返回', content: '转账' }),
        h(ElTabs, bind(tab), () => [h(ElTabPane, { label: '银行卡', name: 'bank' }), h(ElTabPane, { label: '手机号', name: 'phone' })]),
        h(ElInput, { ...bind(amount), placeholder: '请输入金额', 'aria-label': '金额' }),
        h(ElRadioGroup, bind(when), () => [h(ElRadio, { value: 'now' }, () => '实时到账'), h(ElRadio, { value: 'tomorrow' }, () => '次日到账')]),
        h(ElCheckbox, bind(notify), () => '到账后短信通知我'),
        h(ElButton, { type: 'primary' }, () => '确认转账'),
        h(ElButton, {}, () => '保存草稿'),
        h(ElDialog, { ...bind(open), title: '确认转账' }, () => [h('p', '确认向张阿姨转账 500 元？'), h(ElButton, { type: 'primary' }, () => '确认')]),
      ]);
  },
};

export function mountElementPlusPage(el: HTMLElement, options: { dialog?: boolean } = {}): App {
  const app = createApp(options.dialog === false ? { setup: () => () => h(Page) } : Page);
  app.mount(el);
  return app;
}

export function openElementPlusToast() {
  ElMessage({ message: '已保存草稿', duration: 0 });
}
