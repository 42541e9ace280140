/** A bank transfer page built only from Vant 4 components (Vue 3, render functions): buttons, field, cells, radio, checkbox, tabs, nav bar, dialog, toast. */
import './vue-flags';
import { createApp, h, type App } from 'vue';
import { Button, Cell, CellGroup, Checkbox, Field, NavBar, Radio, RadioGroup, showDialog, showToast, Tab, Tabs } from 'vant';

const Page = {
  setup() {
    return () =>
      h('main', [
        h(NavBar, { title: '转账', leftText: '返回', leftArrow: true }),
        h(Tabs, { active: 0 }, () => [h(Tab, { title: '银行卡' }), h(Tab, { title: '手机号' })]),
        h(CellGroup, { title: '收款人' }, () => [h(Cell, { title: '收款人', value: '张阿姨', isLink: true }), h(Field, { label: '金额', placeholder: '请输入金额' })]),
        h(RadioGroup, { modelValue: 'now' }, () => [h(Radio, { name: 'now' }, () => '实时到账'), h(Radio, { name: 'tomorrow' }, () => '次日到账')]),
        h(Checkbox, { modelValue: true }, () => '到账后短信通知我'),
        h(Button, { type: 'primary', block: true }, () => '确认转账'),
        h(Button, {}, () => '保存草稿'),
      ]);
  },
};

export function mountVantPage(el: HTMLElement): App {
  const app = createApp(Page);
  app.mount(el);
  return app;
}

export function openVantPopups() {
  void showDialog({ title: '确认转账', message: '确认向张阿姨转账 500 元？', confirmButtonText: '确认' });
  showToast({ message: '已保存草稿', duration: 0 });
}
