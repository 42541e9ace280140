/** A bank transfer page built only from antd 6 components, themed with antdTheme(mode) through ConfigProvider. */
import { Button, Checkbox, ConfigProvider, Input, List, Menu, message, Modal, Radio, Tabs } from 'antd';
import { antdTheme } from '@yinfa/tokens/presets/antd';
import { useEffect } from 'react';

export function AntdPage({ mode, themed = true, popups = false }: { mode: 'standard' | 'elder'; themed?: boolean; popups?: boolean }) {
  const page = (
    <main>
      <Menu mode="horizontal" selectedKeys={['transfer']} items={[{ key: 'home', label: '首页' }, { key: 'transfer', label: '转账' }]} />
      <Tabs defaultActiveKey="bank" items={[{ key: 'bank', label: '银行卡' }, { key: 'phone', label: '手机号' }]} />
      <List header="收款人" dataSource={['张阿姨 · 工商银行 1234']} renderItem={(item) => <List.Item>{item}</List.Item>} />
      <Input placeholder="请输入金额" aria-label="金额" />
      <Radio.Group defaultValue="now" options={[{ value: 'now', label: '实时到账' }, { value: 'tomorrow', label: '次日到账' }]} />
      <Checkbox defaultChecked>到账后短信通知我</Checkbox>
      <Button type="primary">确认转账</Button>
      <Button>保存草稿</Button>
      {popups ? <Popups /> : null}
    </main>
  );
  return themed ? <ConfigProvider theme={antdTheme(mode)}>{page}</ConfigProvider> : page;
}

function Popups() {
  const [api, holder] = message.useMessage();
  useEffect(() => {
    void api.open({ content: '已保存草稿', duration: 0 });
  }, [api]);
  return (
    <>
      {holder}
      <Modal open title="确认转账" okText="确认" cancelText="取消">
        <p>确认向张阿姨转账 500 元？</p>
      </Modal>
    </>
  );
}
