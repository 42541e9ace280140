import { render, screen } from '@testing-library/react';
import { bookingMessages, createMemoryBookingAdapter, catalogueProblems, catalogues, fraudCoreMessages, type Catalogue, type Locale } from '@yinfa/core';
import { flowMessages, QuestionPage, speechMessages, taskGridMessages, toolbarMessages, useCatalogue, voiceInputMessages, YinfaProvider } from '@yinfa/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fraudAmountMessages, fraudCommonMessages, fraudMessages } from './fraud/messages';
import { mealMapMessages } from './meal-map/messages';
import { ServiceBooking } from './service-booking/ServiceBooking';

/** Every catalogue a page can show, by name. */
const ALL: Record<string, Partial<Record<Locale, Catalogue>>> = {
  shared: catalogues,
  fraudCore: fraudCoreMessages,
  booking: bookingMessages,
  flow: flowMessages,
  speech: speechMessages,
  fraud: fraudMessages,
  fraudCommon: fraudCommonMessages,
  fraudAmount: fraudAmountMessages,
  mealMap: mealMapMessages,
  toolbar: toolbarMessages,
  voiceInput: voiceInputMessages,
  taskGrid: taskGridMessages,
};

/** Placeholders only one language shows: en-US glosses Chinese keywords; zh-CN writes a discount as 折, en-US as a percent. */
const LOCALE_ONLY: Record<string, string[]> = { fraudCore: ['meaning'], fraud: ['meaning'], mealMap: ['zhe', 'percent'] };

afterEach(() => vi.restoreAllMocks());

describe('every catalogue', () => {
  it.each(Object.keys(ALL))('%s: zh-CN and en-US have the same ids, placeholders and plural forms', (name) => {
    expect(catalogueProblems(ALL[name]!, { localeOnly: LOCALE_ONLY[name] })).toEqual([]);
  });

  it.each(Object.keys(ALL))('%s: a provider override reaches the catalogue’s translator', (name) => {
    const table = ALL[name]!['en-US']!;
    const key = Object.keys(table).find((k) => !/\{/.test(table[k]!) && !/\.(one|other)$/.test(k))!;
    function Probe() {
      const t = useCatalogue(ALL[name]!);
      return <p>{t(key)}</p>;
    }
    render(
      <YinfaProvider locale="en-US" messages={{ [key]: `Bank words for ${key}` }}>
        <Probe />
      </YinfaProvider>,
    );
    expect(screen.getByText(`Bank words for ${key}`)).toBeInTheDocument();
  });
});

describe('host wording', () => {
  it('a nested provider adds to its parent’s overrides, and a component’s own messages win', () => {
    function Probe() {
      const t = useCatalogue(mealMapMessages, { 'mealMap.title': 'Widget title' });
      return (
        <p>
          {t('common.continue')} | {t('mealMap.title')} | {t('common.close')}
        </p>
      );
    }
    render(
      <YinfaProvider locale="en-US" messages={{ 'common.continue': 'Next', 'mealMap.title': 'Provider title' }}>
        <YinfaProvider messages={{ 'common.close': 'Done' }}>
          <Probe />
        </YinfaProvider>
      </YinfaProvider>,
    );
    expect(screen.getByText('Next | Widget title | Done')).toBeInTheDocument();
  });

  it('the flow kit’s own buttons use the provider’s words', () => {
    render(
      <YinfaProvider messages={{ 'flow.continue': '下一步' }}>
        <QuestionPage title="您的电话" />
      </YinfaProvider>,
    );
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument();
  });

  it('warns in development when an override matches no catalogue key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    function Probe() {
      const t = useCatalogue(bookingMessages);
      return <p>{t('booking.title')}</p>;
    }
    render(
      <YinfaProvider messages={{ 'booking.title': '预约', 'booking.titel': '拼错了' }}>
        <Probe />
      </YinfaProvider>,
    );
    expect(screen.getByText('预约')).toBeInTheDocument();
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.some((m) => m.includes('"booking.titel"'))).toBe(true);
    expect(messages.some((m) => m.includes('"booking.title"'))).toBe(false);
  });

  it('ServiceBooking’s own messages reach its steps and the flow kit’s buttons inside it, and a misspelt key warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const adapter = createMemoryBookingAdapter({ now: () => Date.parse('2026-06-10T08:00:00+08:00'), latencyMs: 0 });
    render(
      <YinfaProvider messages={{ 'flow.continue': '提供方的词' }}>
        <ServiceBooking
          adapter={adapter}
          draft={false}
          history={false}
          messages={{ 'booking.service.question': '您要哪项服务？', 'flow.continue': '下一题', 'booking.servce.question': '拼错了' }}
        />
      </YinfaProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: '您要哪项服务？' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一题' })).toBeInTheDocument();
    const said = warn.mock.calls.map((c) => String(c[0]));
    expect(said.some((m) => m.includes('"booking.servce.question"'))).toBe(true);
    expect(said.some((m) => m.includes('"booking.service.question"'))).toBe(false);
  });

  it('en-US plurals in the meal map and the flow kit', () => {
    function Probe() {
      const t = useCatalogue(mealMapMessages);
      const f = useCatalogue(flowMessages);
      return (
        <p>
          {t('mealMap.results', { count: 1 })} | {t('mealMap.results', { count: 3 })} | {t('mealMap.detail.seats', { n: 1 })} | {f('flow.timeout.seconds', { n: 1 })}
        </p>
      );
    }
    render(
      <YinfaProvider locale="en-US">
        <Probe />
      </YinfaProvider>,
    );
    expect(screen.getByText('1 meal point found | 3 meal points found | 1 seat | 1 second')).toBeInTheDocument();
  });
});

describe('every widget takes messages the same way', () => {
  it('AmountConfirm and FraudWarningBanner show the host’s words, inner parts included', async () => {
    const { AmountConfirm } = await import('./fraud/AmountConfirm');
    const { FraudWarningBanner } = await import('./fraud/FraudWarningBanner');
    render(
      <YinfaProvider>
        <AmountConfirm amountFen={100_00} payeeName="张三" onConfirm={() => {}} messages={{ 'fraud.amount.heading': '请核对这笔钱' }} />
        <FraudWarningBanner messages={{ 'fraud.education.heading': '银行提醒您：{title}' }} />
      </YinfaProvider>,
    );
    expect(screen.getByText('请核对这笔钱')).toBeInTheDocument();
    expect(screen.getByText(/^银行提醒您：/)).toBeInTheDocument();
  });
});
