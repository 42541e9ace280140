import type { Meta, StoryObj } from '@storybook/react-vite';
import { formatFen } from '@yinfa/core';
import { Alert, Stack, TaskGrid, TaskIcons, TaskTile } from '@yinfa/react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AmountConfirm, CallLinks, FraudWarningBanner } from '../fraud';
import { useHomeTasks } from './HomePanel';

const BANK = [{ label: '本行客服', number: '95588' }];
const BANK_EN = [{ label: 'our helpline', number: '95588' }];
type Task = 'balance' | 'transfer' | 'bills' | 'fraud' | 'contact';

/** A bank's 大字版 home: five big tiles, a plain note that nothing here sells wealth products, and each task opening the real widget. */
function BankHome({ initial = null, onConfirm }: { initial?: Task | null; onConfirm?: () => void }) {
  const { en, open, setOpen, grid, back, panel } = useHomeTasks<Task>(initial);
  return (
    <Stack>
      <h1>{en ? 'Large-text banking' : '大字版 · 手机银行'}</h1>
      {open === null ? (
        <>
          <TaskGrid ref={grid} label={en ? 'What would you like to do?' : '您要办什么？'}>
            <TaskTile icon={<TaskIcons.Wallet />} onClick={() => setOpen('balance')}>
              {en ? 'Balance' : '查余额'}
            </TaskTile>
            <TaskTile icon={<TaskIcons.Transfer />} onClick={() => setOpen('transfer')}>
              {en ? 'Transfer' : '转账'}
            </TaskTile>
            <TaskTile icon={<TaskIcons.Bill />} onClick={() => setOpen('bills')} badge={en ? '1 due' : '1 笔待缴'}>
              {en ? 'Pay bills' : '缴费'}
            </TaskTile>
            <TaskTile icon={<TaskIcons.Shield />} onClick={() => setOpen('fraud')}>
              {en ? 'Scam help' : '防骗'}
            </TaskTile>
            <TaskTile icon={<TaskIcons.Phone />} onClick={() => setOpen('contact')} description="95588">
              {en ? 'Call us' : '联系客服'}
            </TaskTile>
          </TaskGrid>
          <Alert variant="info" title={en ? 'No investment products here' : '本页不推荐理财'}>
            {en
              ? 'This page never recommends wealth or investment products. To buy one, come to a branch, where staff explain the risks face to face. Anyone promising high, guaranteed returns by phone or chat may be a scammer.'
              : '大字版不推荐任何理财产品。如需购买，请到网点由工作人员当面讲清风险。电话、微信里说“高收益、保本”的，都可能是骗子。'}
          </Alert>
        </>
      ) : null}
      {panel('balance', en ? 'Balance' : '查余额', <p>{en ? `Checking account balance: ${formatFen(1234560)}` : `活期账户余额：${formatFen(1234560)}`}</p>)}
      {panel(
        'transfer',
        en ? 'Transfer' : '转账',
        <AmountConfirm
          amountFen={880000}
          payeeName={en ? 'Wang Xiaoming' : '王小明'}
          payeeAccount="6222 **** **** 1234"
          payeeBank={en ? 'Example Bank' : '示例银行'}
          onConfirm={onConfirm ?? (() => {})}
          onBack={back}
          headingLevel={3}
        />,
      )}
      {panel('bills', en ? 'Pay bills' : '缴费', <p>{en ? `November water bill: ${formatFen(4650)}, due by December 15.` : `11 月水费 ${formatFen(4650)}，12 月 15 日前缴纳。`}</p>)}
      {panel('fraud', en ? 'Scam help' : '防骗', <FraudWarningBanner variant="education" officialNumbers={en ? BANK_EN : BANK} headingLevel={3} />)}
      {panel('contact', en ? 'Call us' : '联系客服', <CallLinks officialNumbers={en ? BANK_EN : BANK} include110={false} headingLevel={3} />)}
    </Stack>
  );
}

const meta = {
  title: 'Flows/Simplified home/Bank',
  component: BankHome,
  args: { onConfirm: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '银行大字版首页：查余额、转账、缴费、防骗、联系客服五个大方块，和一句“本页不推荐理财”。每块打开真正的组件（转账的金额确认、防骗提示、客服电话）。\n\n' +
          'A bank’s large-text home: five big tiles (balance, transfer, bills, scam help, call us) and a plain “no investment products here” note. Each tile opens the real widget (the transfer amount check, scam help, the official number).',
      },
    },
  },
} satisfies Meta<typeof BankHome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Home: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button')).toHaveLength(5);
    await expect(canvas.getByText('本页不推荐理财')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /联系客服/ }));
    await expect(canvas.getByRole('heading', { name: '联系客服' })).toHaveFocus();
    await expect(canvas.getByRole('link', { name: /95588/ })).toHaveAttribute('href', 'tel:95588');
    await userEvent.click(canvas.getByRole('button', { name: '返回首页' }));
    await expect(canvas.getByRole('button', { name: /查余额/ })).toHaveFocus();
  },
};

export const Transfer: Story = {
  args: { initial: 'transfer' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/捌仟捌佰元整/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /确认/ }));
    await expect(args.onConfirm).toHaveBeenCalledTimes(1);
  },
};

export const ScamHelp: Story = { args: { initial: 'fraud' } };
export const ElderMode: Story = { globals: { mode: 'elder' } };
export const English: Story = { globals: { locale: 'en-US' } };
