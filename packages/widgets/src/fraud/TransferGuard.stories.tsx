import type { Meta, StoryObj } from '@storybook/react-vite';
import { assessTransferRisk, DEFAULT_MEMO_KEYWORDS, type RiskConfig } from '@yinfa/core';
import { Button, useLocale } from '@yinfa/react';
import { useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { seenBefore, STORY_DAY } from './storyFixtures';
import { TransferGuard, type TransferGuardProps } from './TransferGuard';

const DAY = STORY_DAY;
/**
 * en-US: reasons in English, and a note typed in English checked as a Chinese one is — the built-in keywords'
 * English meanings as keywords too, with the same levels and scam types.
 */
const EN: Partial<RiskConfig> = {
  locale: 'en-US',
  extraMemoKeywords: DEFAULT_MEMO_KEYWORDS.flatMap(({ meaning, ...k }) => (meaning ? [{ ...k, keyword: meaning }] : [])),
};
const POLICE = assessTransferRisk({ amountFen: '5万', payeeIsNew: true, onCall: true, memo: '安全账户', at: DAY, customerAge: 70 });
const POLICE_EN = assessTransferRisk({ amountFen: '5万', payeeIsNew: true, onCall: true, memo: 'safe account', at: DAY, customerAge: 70 }, EN);
const BANK = [{ label: '本行客服', number: '95588' }];
const BANK_EN = [{ label: 'our helpline', number: '95588' }];

type DemoProps = Partial<TransferGuardProps> & { startOpen?: boolean };

/** A host page in miniature: a "下一步" button opens the guard; the outcome is written below. */
function GuardDemo({ startOpen = false, onCancel, onContinue, ...rest }: DemoProps) {
  const en = useLocale()[0] === 'en-US';
  const [open, setOpen] = useState(startOpen);
  const [outcome, setOutcome] = useState('');
  return (
    <div style={{ padding: 'var(--yf-space-4)', display: 'grid', gap: 'var(--yf-space-3)', justifyItems: 'start' }}>
      <Button onClick={() => setOpen(true)}>{en ? 'Next' : '下一步'}</Button>
      <p data-testid="outcome">{outcome}</p>
      <TransferGuard
        assessment={en ? POLICE_EN : POLICE}
        officialNumbers={en ? BANK_EN : BANK}
        {...rest}
        open={open}
        onCancel={(via) => {
          setOpen(false);
          setOutcome(`cancelled:${via}`);
          onCancel?.(via);
        }}
        onContinue={(result) => {
          setOpen(false);
          setOutcome(`continued:${result.delayedArrival ? 'delayed' : 'normal'}`);
          onContinue?.(result);
        }}
      />
    </div>
  );
}

const meta = {
  title: 'Widgets/Fraud/TransferGuard',
  component: GuardDemo,
  tags: ['autodocs'],
  args: { onCall: fn(), onTelemetry: fn(), onCancel: fn(), onContinue: fn(), coolingOffMs: 60_000 },
  parameters: {
    docs: {
      description: {
        component:
          '唯一使用红色警告样式的防骗组件。一次一个“是/否”问题；任何危险回答都会停止转账，并提供银行官方电话、96110、110、通知家人和取消。全部安全后进入冷静期，倒计时每 30 秒最多播报一次。Esc 和关闭按钮只会取消，点击外面没有作用。\n\n' +
          'The only fraud surface in the danger style. One yes/no question at a time; any risky answer stops the transfer and offers the bank, 96110, 110, a trusted contact and cancel. All clear → a cooling-off delay announced at most every 30 s. Esc and the close button only cancel; outside clicks do nothing.',
      },
    },
  },
} satisfies Meta<typeof GuardDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Questions: Story = { args: { startOpen: true } };

/** A risky answer stops: the advice, tap-to-call links and cancel; no way to continue. */
export const RiskyAnswerStops: Story = {
  args: { onContactTrusted: fn() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '下一步' }));
    const dialog = await screen.findByRole('alertdialog', { name: /防骗警告/ });
    await expect(within(dialog).getByRole('heading', { name: '有人在电话里指导您操作吗？' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: '是' }));
    await expect(within(dialog).getByRole('heading', { name: '请先停下，不要转账' })).toBeVisible();
    await expect(within(dialog).getByRole('link', { name: /96110/ })).toHaveAttribute('href', 'tel:96110');
    await expect(within(dialog).getByRole('link', { name: /110 报警/ })).toHaveAttribute('href', 'tel:110');
    await expect(within(dialog).queryByRole('button', { name: /继续转账/ })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: '告诉我信任的家人' }));
    await expect(args.onContactTrusted).toHaveBeenCalledTimes(1);
    await userEvent.click(within(dialog).getByRole('button', { name: '取消这笔转账' }));
    await expect(args.onCancel).toHaveBeenCalledWith('button');
    await expect(args.onContinue).not.toHaveBeenCalled();
  },
};

/** All clear by keyboard → a short cooling-off (3 s here) → Continue, with 延时到账 chosen. */
export const AllClearThenWait: Story = {
  args: { coolingOffMs: 3000, delayedArrivalHours: 24, serverNow: Date.now() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: '下一步' }));
    const dialog = await screen.findByRole('alertdialog');
    // Five core questions + one type-specific: the safe answer is "不是" except "见过" for having met the payee.
    for (let i = 0; i < 6; i++) {
      const heading = within(dialog).getByRole('heading', { level: 3 });
      const safe = heading.textContent?.includes('见过') ? '见过' : '不是';
      await userEvent.click(within(dialog).getByRole('button', { name: safe }));
    }
    await expect(within(dialog).getByRole('heading', { name: '请冷静一下再转账' })).toBeVisible();
    const go = within(dialog).getByRole('button', { name: /继续转账/ });
    await expect(go).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(go);
    await expect(args.onContinue).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /延时到账/ }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: '继续转账' })).not.toHaveAttribute('aria-disabled'), { timeout: 6000 });
    await userEvent.click(within(dialog).getByRole('button', { name: '继续转账' }));
    await expect(args.onContinue).toHaveBeenCalledWith({ delayedArrival: true });
  },
};

/** Esc cancels (never confirms); focus goes back to the button that opened the guard. */
export const EscapeCancels: Story = {
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole('button', { name: '下一步' });
    await userEvent.click(trigger);
    await screen.findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await expect(args.onCancel).toHaveBeenCalledWith('escape');
    await expect(args.onContinue).not.toHaveBeenCalled();
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** After repeated showings: a checklist layout with a different example; still red, still "防骗警告". */
export const RotatedChecklistLayout: Story = { args: { startOpen: true, exposureStore: seenBefore(['impersonate-police'], 2) } };
export const RotatedStoryLayout: Story = { args: { startOpen: true, exposureStore: seenBefore(['impersonate-police'], 3) } };

export const InvestmentScam: Story = {
  args: { startOpen: true, assessment: assessTransferRisk({ amountFen: '20万', memo: '验资 返利', at: DAY }) },
  parameters: { localeArgs: { 'en-US': { assessment: assessTransferRisk({ amountFen: '20万', memo: 'proof of funds, rebate', at: DAY }, EN) } } },
};
export const RelativeScam: Story = {
  args: { startOpen: true, assessment: assessTransferRisk({ amountFen: '3万', payeeIsNew: true, payeeNameCheck: 'no-match', customerAge: 78, at: DAY }) },
  parameters: { localeArgs: { 'en-US': { assessment: assessTransferRisk({ amountFen: '3万', payeeIsNew: true, payeeNameCheck: 'no-match', customerAge: 78, at: DAY }, EN) } } },
};
export const ElderMode: Story = { globals: { mode: 'elder' }, args: { startOpen: true } };
export const HighContrast: Story = { globals: { mode: 'high-contrast' }, args: { startOpen: true } };
export const LargeText: Story = { globals: { mode: 'elder', textScale: '2' }, args: { startOpen: true } };

export const English: Story = {
  globals: { locale: 'en-US' },
  args: { startOpen: true },
  play: async () => {
    const dialog = await screen.findByRole('alertdialog', { name: /Scam warning/ });
    await expect(within(dialog).getByRole('heading', { name: 'Is someone telling you what to do on the phone?' })).toBeVisible();
  },
};
