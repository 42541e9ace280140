import type { Meta, StoryObj } from '@storybook/react-vite';
import { assessTransferRisk, DEFAULT_MEMO_KEYWORDS, SCAM_TYPES, type RiskConfig } from '@yinfa/core';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FraudWarningBanner } from './FraudWarningBanner';
import { seenBefore, STORY_DAY } from './storyFixtures';

const DAY = STORY_DAY;
const BANK = [{ label: '本行客服', number: '95588' }];
const BANK_EN = [{ label: 'our helpline', number: '95588' }];
/**
 * en-US: reasons in English, and a note typed in English checked as a Chinese one is — the built-in keywords'
 * English meanings as keywords too, with the same levels and scam types.
 */
const EN: Partial<RiskConfig> = {
  locale: 'en-US',
  extraMemoKeywords: DEFAULT_MEMO_KEYWORDS.flatMap(({ meaning, ...k }) => (meaning ? [{ ...k, keyword: meaning }] : [])),
};

const meta = {
  title: 'Widgets/Fraud/FraudWarningBanner',
  component: FraudWarningBanner,
  tags: ['autodocs'],
  args: { variant: 'education', onDismiss: fn(), onTelemetry: fn(), now: () => DAY.getTime() },
  decorators: [(Story) => <div style={{ padding: 'var(--yf-space-4)' }}>{Story()}</div>],
  parameters: {
    docs: {
      description: {
        component:
          '两种平静的防骗提示：**教育**（全站、可关闭、按需换一条、按客户和骗局类型限频）和**情境**（收款人、金额步骤，说明这笔转账的具体原因）。都不用红色警告样式——红色只留给 TransferGuard。\n\n' +
          'Two calm variants: **education** (site-wide, dismissible, next tip on request, frequency-capped per customer and scam type) and **contextual** (at the payee and amount steps, with this transfer’s reasons). Neither uses the danger style, which is kept for TransferGuard.',
      },
    },
  },
} satisfies Meta<typeof FraudWarningBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Education: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: /防骗提示：冒充公检法/ });
    await expect(region).not.toHaveAttribute('role', 'alert');
    await userEvent.click(canvas.getByRole('button', { name: '换一条提示' }));
    await expect(canvas.getByRole('region', { name: /冒充电商、物流客服退款/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '关闭防骗提示' }));
    await expect(canvas.queryByRole('region')).toBeNull();
    await expect(args.onDismiss).toHaveBeenCalledTimes(1);
  },
};

/** After two showings the layout and example change (anti-habituation); the colours stay calm. */
export const EducationRotatedLayout: Story = { args: { exposureStore: seenBefore(SCAM_TYPES, 2), topics: ['impersonate-relative'] } };
export const EducationStoryLayout: Story = { args: { exposureStore: seenBefore(SCAM_TYPES, 3), topics: ['fake-investment'] } };

export const ImpersonatePolice: Story = { args: { topics: ['impersonate-police'] } };
export const FakeCustomerService: Story = { args: { topics: ['fake-customer-service'] } };
export const ImpersonateRelative: Story = { args: { topics: ['impersonate-relative'] } };
export const FakeInvestment: Story = { args: { topics: ['fake-investment'] } };
export const ElderlyCareInvestment: Story = { args: { topics: ['elderly-care-investment'] } };
export const HealthProducts: Story = { args: { topics: ['health-products'] } };
export const TaskRebate: Story = { args: { topics: ['task-rebate'] } };
export const FakeLoanCredit: Story = { args: { topics: ['fake-loan-credit'] } };

/** A bank's own local case added by configuration. */
export const BankLocalCase: Story = {
  args: {
    topics: ['social-security'],
    catalogue: {
      entries: [
        {
          id: 'social-security',
          'zh-CN': {
            title: '冒充社保局',
            scammerSays: '“您的社保卡要升级，不升级就停用，请点短信里的链接。”',
            neverDoes: '社保局不会发链接让您填银行卡号和验证码。',
            action: '拨打 12333 核实，或到社保窗口办理。',
            examples: ['本市近期多位老人收到“社保卡升级”短信。'],
          },
          'en-US': {
            title: 'Fake social security office',
            scammerSays: '“Your social security card needs an upgrade, or it will stop working. Please tap the link in our text message.”',
            neverDoes: 'The social security office never sends links asking for your bank card number or a verification code.',
            action: 'Call 12333 to check, or go to a social security service counter.',
            examples: ['Many older people in our city have recently had text messages about a “social security card upgrade”.'],
          },
        },
      ],
    },
  },
};

export const Contextual: Story = {
  args: {
    variant: 'contextual',
    officialNumbers: BANK,
    assessment: assessTransferRisk({ amountFen: 800_000, payeeIsNew: true, payeeNameCheck: 'close', at: DAY }),
  },
  parameters: {
    localeArgs: { 'en-US': { officialNumbers: BANK_EN, assessment: assessTransferRisk({ amountFen: 800_000, payeeIsNew: true, payeeNameCheck: 'close', at: DAY }, EN) } },
  },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: '转账前请看一下' });
    await expect(within(region).getByText('这是新的收款人。')).toBeVisible();
    await expect(within(region).getByRole('link', { name: /96110/ })).toHaveAttribute('href', 'tel:96110');
    await expect(within(region).getByRole('link', { name: /95588/ })).toHaveAttribute('href', 'tel:95588');
  },
};

/** A notice (new payee, small amount): reasons only, no call links. */
export const ContextualNotice: Story = {
  args: { variant: 'contextual', assessment: assessTransferRisk({ amountFen: 20_000, payeeIsNew: true, at: DAY }) },
  parameters: { localeArgs: { 'en-US': { assessment: assessTransferRisk({ amountFen: 20_000, payeeIsNew: true, at: DAY }, EN) } } },
};

export const ContextualMemoKeyword: Story = {
  args: {
    variant: 'contextual',
    officialNumbers: BANK,
    assessment: assessTransferRisk({ amountFen: '3万', payeeIsNew: true, memo: '提现保证金', at: DAY }),
  },
  parameters: {
    localeArgs: { 'en-US': { officialNumbers: BANK_EN, assessment: assessTransferRisk({ amountFen: '3万', payeeIsNew: true, memo: 'Deposit for withdrawal', at: DAY }, EN) } },
  },
};

/** Level none: nothing renders. */
export const ContextualNone: Story = {
  args: { variant: 'contextual', assessment: assessTransferRisk({ amountFen: 1000, at: DAY }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region')).toBeNull();
  },
};

export const ElderMode: Story = { globals: { mode: 'elder' }, args: { topics: ['elderly-care-investment'] } };
export const HighContrast: Story = {
  globals: { mode: 'high-contrast' },
  args: { variant: 'contextual', officialNumbers: BANK, assessment: assessTransferRisk({ amountFen: 800_000, payeeIsNew: true, at: DAY }) },
  parameters: { localeArgs: { 'en-US': { officialNumbers: BANK_EN, assessment: assessTransferRisk({ amountFen: 800_000, payeeIsNew: true, at: DAY }, EN) } } },
};

/** 200% text in elder mode at 320px: everything wraps, nothing scrolls sideways. */
export const LargeTextNarrow: Story = {
  globals: { mode: 'elder', textScale: '2' },
  args: { variant: 'contextual', officialNumbers: [{ label: '中国工商银行客户服务热线', number: '95588' }], assessment: assessTransferRisk({ amountFen: '2万', payeeIsNew: true, customerAge: 75, memo: '保证金', at: DAY }) },
  parameters: {
    localeArgs: {
      'en-US': {
        officialNumbers: [{ label: 'the ICBC customer service hotline', number: '95588' }],
        assessment: assessTransferRisk({ amountFen: '2万', payeeIsNew: true, customerAge: 75, memo: 'deposit', at: DAY }, EN),
      },
    },
  },
  decorators: [(Story) => <div style={{ inlineSize: '100%', maxInlineSize: '320px' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: '转账前请看一下' });
    await expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth + 1);
    for (const link of within(region).getAllByRole('link')) await expect(link.getBoundingClientRect().right).toBeLessThanOrEqual(region.getBoundingClientRect().right + 1);
  },
};

export const English: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: /Scam tip: Fake police/ })).toBeVisible();
  },
};
export const EnglishContextual: Story = {
  globals: { locale: 'en-US' },
  args: { variant: 'contextual', officialNumbers: BANK_EN, assessment: assessTransferRisk({ amountFen: 800_000, payeeIsNew: true, at: DAY }, EN) },
};
