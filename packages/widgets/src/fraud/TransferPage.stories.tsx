import type { Meta, StoryObj } from '@storybook/react-vite';
import { assessTransferRisk, createExposureStore, DEFAULT_MEMO_KEYWORDS, type FraudTelemetryEvent, type Locale, type PayeeNameCheck, type RiskAssessment } from '@yinfa/core';
import { AmountField, Button, Checkbox, TextField, useLocale } from '@yinfa/react';
import { useMemo, useState } from 'react';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { AmountConfirm } from './AmountConfirm';
import { FraudWarningBanner } from './FraudWarningBanner';
import { TransferGuard } from './TransferGuard';

/** The bank's saved payees (the name in each story locale) and a fake name-check adapter (a real bank calls its own service). */
const SAVED: Array<{ name: Record<Locale, string>; account: string }> = [{ name: { 'zh-CN': '王小明', 'en-US': 'Wang Xiaoming' }, account: '6222000012341234' }];
function fakeNameCheck(name: string, account: string, locale: Locale): PayeeNameCheck {
  const digits = account.replace(/\D/g, '');
  if (digits.length < 12) return 'unavailable';
  const saved = SAVED.find((p) => p.account === digits);
  if (!saved) return name.trim() === '' ? 'unavailable' : digits.endsWith('0000') ? 'no-match' : 'match';
  const savedName = saved.name[locale];
  if (savedName === name.trim()) return 'match';
  return savedName.startsWith(name.trim().slice(0, 1)) ? 'close' : 'no-match';
}
/** en-US: a note typed in English is checked as a Chinese one is — the built-in keywords' English meanings as keywords too. */
const ENGLISH_MEMO_KEYWORDS = DEFAULT_MEMO_KEYWORDS.flatMap(({ meaning, ...k }) => (meaning ? [{ ...k, keyword: meaning }] : []));
const mask = (digits: string) => (digits.length > 8 ? `${digits.slice(0, 4)} **** **** ${digits.slice(-4)}` : digits);

interface PageProps {
  onTelemetry?: (e: FraudTelemetryEvent) => void;
  onSubmit?: (r: { amountFen: number; delayedArrival: boolean }) => void;
  customerAge?: number;
  coolingOffMs?: number;
  /** Fixed transfer time for tests (the night rule depends on the hour); default now. */
  at?: Date;
}

/**
 * A bank transfer page using every fraud piece: the education banner at the top, the contextual
 * warning at the payee and amount steps, the guard when the rules say 'intervene', then AmountConfirm.
 */
function TransferPage({ onTelemetry, onSubmit, customerAge = 72, coolingOffMs = 30_000, at }: PageProps) {
  const [locale] = useLocale();
  const en = locale === 'en-US';
  const store = useMemo(() => createExposureStore(), []);
  const [name, setName] = useState('');
  const [account, setAccount] = useState('');
  const [amountFen, setAmountFen] = useState<number | null>(null);
  const [memo, setMemo] = useState('');
  const [onCall, setOnCall] = useState(false);
  const [step, setStep] = useState<'form' | 'confirm' | 'done'>('form');
  const [guardOpen, setGuardOpen] = useState(false);
  const [delayed, setDelayed] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const digits = account.replace(/\D/g, '');
  const known = SAVED.some((p) => p.account === digits);
  const assessment: RiskAssessment = useMemo(
    () =>
      assessTransferRisk(
        {
          amountFen: amountFen ?? 0,
          payeeIsNew: digits.length > 0 && !known,
          firstTransferToPayee: digits.length > 0 && !known,
          payeeNameCheck: digits.length ? fakeNameCheck(name, digits, locale) : undefined,
          memo,
          at: at ?? new Date(),
          customerAge,
          onCall,
        },
        { locale, extraMemoKeywords: locale === 'en-US' ? ENGLISH_MEMO_KEYWORDS : [] },
      ),
    [amountFen, digits, known, name, memo, customerAge, onCall, locale, at],
  );
  const officialNumbers = [{ label: en ? 'our helpline' : '本行客服', number: '95588' }];

  const next = () => {
    if (!amountFen || !name.trim() || digits.length < 12) return;
    if (assessment.level === 'intervene') setGuardOpen(true);
    else setStep('confirm');
  };

  return (
    <main className="sb-transfer-page" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 'var(--yf-space-5)', padding: 'var(--yf-space-4)', maxInlineSize: '40rem', boxSizing: 'border-box' }}>
      <h1 style={{ margin: 0, fontSize: 'var(--yf-font-size-heading)' }}>{en ? 'Transfer money' : '转账'}</h1>
      <FraudWarningBanner variant="education" exposureStore={store} onDismiss={() => {}} onTelemetry={onTelemetry} />
      {step === 'form' ? (
        <form
          style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 'var(--yf-space-4)' }}
          onSubmit={(e) => {
            e.preventDefault();
            next();
          }}
        >
          <TextField label={en ? 'Payee name' : '收款人姓名'} value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="off" />
          <TextField
            label={en ? 'Payee account number' : '收款账号'}
            hint={en ? 'Saved payee for the demo: 6222 0000 1234 1234' : '演示用的已存收款人：6222 0000 1234 1234'}
            value={account}
            inputMode="numeric"
            onChange={(e) => setAccount(e.currentTarget.value)}
          />
          <AmountField label={en ? 'Amount (yuan)' : '金额（元）'} hint={en ? 'For example 5,000 or 1,250.50' : '例如 5,000 或 1.5万'} width="medium" onAmountChange={setAmountFen} />
          <TextField label={en ? 'Note' : '附言'} optional value={memo} onChange={(e) => setMemo(e.currentTarget.value)} />
          <Checkbox
            label={en ? 'Demo: the app says you are on a phone call' : '演示：手机 App 检测到您正在通话'}
            checked={onCall}
            onChange={(e) => setOnCall(e.currentTarget.checked)}
          />
          <FraudWarningBanner variant="contextual" assessment={assessment} exposureStore={store} officialNumbers={officialNumbers} onTelemetry={onTelemetry} />
          <div>
            <Button type="submit">{en ? 'Next' : '下一步'}</Button>
          </div>
        </form>
      ) : null}
      {step === 'confirm' && amountFen ? (
        <AmountConfirm
          amountFen={amountFen}
          payeeName={name}
          payeeAccount={mask(digits)}
          payeeBank={en ? 'Industrial and Commercial Bank of China' : '中国工商银行'}
          onTelemetry={onTelemetry}
          onBack={() => setStep('form')}
          onConfirm={() => {
            setStep('done');
            onSubmit?.({ amountFen, delayedArrival: delayed });
          }}
        />
      ) : null}
      {step === 'done' ? (
        <p role="status" style={{ fontSize: 'var(--yf-font-size-large)', margin: 0 }}>
          {delayed ? (en ? 'Submitted. The money arrives in 24 hours. You can cancel the transfer until then.' : '已提交，24 小时后到账，到账前可以撤销。') : en ? 'Submitted.' : '转账已提交。'}
        </p>
      ) : null}
      <TransferGuard
        open={guardOpen}
        assessment={assessment}
        officialNumbers={officialNumbers}
        exposureStore={store}
        coolingOffMs={coolingOffMs}
        coolingStartedAt={startedAt}
        onCoolingStart={setStartedAt}
        serverNow={Date.now()}
        delayedArrivalHours={24}
        onTelemetry={onTelemetry}
        onContactTrusted={() => undefined}
        onCancel={() => {
          setGuardOpen(false);
          setStartedAt(null);
        }}
        onContinue={(r) => {
          setGuardOpen(false);
          setDelayed(r.delayedArrival);
          setStep('confirm');
        }}
      />
    </main>
  );
}

const meta = {
  title: 'Widgets/Fraud/Bank transfer page',
  component: TransferPage,
  args: { onTelemetry: fn(), onSubmit: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '完整的转账页面：顶部的防骗教育提示，填写时的情境提示，风险高时弹出的核实问题和冷静期，最后的金额确认（数字 + 大写）。\n\n' +
          'A whole transfer page: the education banner, the contextual warning while filling in, the guard with questions and cooling-off when the risk is high, and the final amount check (figures + 大写).',
      },
    },
  },
} satisfies Meta<typeof TransferPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Page: Story = {};

/** Known payee, small amount: no warning, straight to the amount check. */
export const KnownPayeeSmallAmount: Story = {
  args: { at: new Date('2026-06-01T10:00:00+08:00') },
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    await userEvent.type(c.getByRole('textbox', { name: '收款人姓名' }), '王小明');
    await userEvent.type(c.getByRole('textbox', { name: /收款账号/ }), '6222000012341234');
    await userEvent.type(c.getByRole('textbox', { name: /金额/ }), '200');
    await expect(c.queryByRole('region', { name: '转账前请看一下' })).toBeNull();
    await userEvent.click(c.getByRole('button', { name: '下一步' }));
    await expect(c.getByText('贰佰元整')).toBeVisible();
    await userEvent.click(c.getByRole('button', { name: '确认转账' }));
    await expect(args.onSubmit).toHaveBeenCalledWith({ amountFen: 20000, delayedArrival: false });
  },
};

/** The police script: new payee, 5万, 安全账户 in the note → the guard opens; "yes" stops it. */
export const PoliceScriptStopped: Story = {
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    await userEvent.type(c.getByRole('textbox', { name: '收款人姓名' }), '李警官');
    await userEvent.type(c.getByRole('textbox', { name: /收款账号/ }), '6217000099998888');
    await userEvent.type(c.getByRole('textbox', { name: /金额/ }), '5万');
    await userEvent.type(c.getByRole('textbox', { name: /附言/ }), '安全账户');
    const banner = c.getByRole('region', { name: '转账前请看一下' });
    await expect(within(banner).getByText(/安全账户/)).toBeVisible();
    await userEvent.click(c.getByRole('button', { name: '下一步' }));
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '是' }));
    await expect(within(dialog).getByRole('heading', { name: '请先停下，不要转账' })).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: '取消这笔转账' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const ElderMode: Story = { globals: { mode: 'elder' } };
export const LargeTextNarrow: Story = {
  globals: { mode: 'elder', textScale: '2' },
  decorators: [(Story) => <div style={{ inlineSize: '100%', maxInlineSize: '320px' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const main = canvasElement.querySelector('main')!;
    const right = main.getBoundingClientRect().right;
    const wide = [...main.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > right + 1 && ![...el.children].some((k) => k.getBoundingClientRect().right > right + 1)).map((el) => `${el.tagName}.${el.className}:${Math.round(el.getBoundingClientRect().right)}`);
    await expect(wide.slice(0, 20)).toEqual([]);
    await expect(main.scrollWidth).toBeLessThanOrEqual(main.clientWidth + 1);
  },
};
export const HighContrast: Story = { globals: { mode: 'high-contrast' } };
export const English: Story = { globals: { locale: 'en-US' } };
