/** A bank transfer page built only from antd-mobile 5 components: buttons, input, list, radio, checkbox, tabs, nav bar, dialog, toast. */
import { Button, Checkbox, Dialog, Input, List, NavBar, Radio, Tabs, Toast, unstableSetRender } from 'antd-mobile';
import { createRoot } from 'react-dom/client';

// antd-mobile 5 renders Dialog/Toast with React 18's legacy render; under React 19 an app hands it createRoot
// (https://mobile.ant.design/guide/v5-for-19), as a bank's app on React 19 would.
unstableSetRender((node, container) => {
  const root = createRoot(container);
  root.render(node);
  return async () => {
    await Promise.resolve();
    root.unmount();
  };
});

export function AntdMobilePage() {
  return (
    <main>
      <NavBar onBack={() => {}} backIcon backArrow>
        转账
      </NavBar>
      <Tabs defaultActiveKey="bank">
        <Tabs.Tab title="银行卡" key="bank" />
        <Tabs.Tab title="手机号" key="phone" />
      </Tabs>
      <List header="收款人">
        <List.Item extra="张阿姨" onClick={() => {}}>
          收款人
        </List.Item>
        <List.Item>
          <Input placeholder="请输入金额" aria-label="金额" />
        </List.Item>
      </List>
      <Radio.Group defaultValue="now">
        <Radio value="now">实时到账</Radio>
        <Radio value="tomorrow">次日到账</Radio>
      </Radio.Group>
      <Checkbox defaultChecked>到账后短信通知我</Checkbox>
      <Button color="primary" block onClick={() => Dialog.alert({ content: '转账已提交', confirmText: '知道了' })}>
        确认转账
      </Button>
      <Button
        onClick={() => {
          Toast.show({ content: '已保存草稿', duration: 0 });
        }}
      >
        保存草稿
      </Button>
    </main>
  );
}

export function openAntdMobilePopups() {
  Dialog.show({ content: '确认向张阿姨转账 500 元？', closeOnAction: true, actions: [{ key: 'ok', text: '确认' }] });
  Toast.show({ content: '已保存草稿', duration: 0 });
}
