import { fireEvent, render, screen } from '@testing-library/react';
import { assessTransferRisk, createExposureStore, type FraudTelemetryEvent } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { describe, expect, it, vi } from 'vitest';
import { FraudWarningBanner, type FraudWarningBannerProps } from './FraudWarningBanner';

const T0 = Date.parse('2026-06-01T02:00:00Z');
const HOUR = 3_600_000;

const show = (props: FraudWarningBannerProps) =>
  render(
    <YinfaProvider>
      <FraudWarningBanner {...props} />
    </YinfaProvider>,
  );

describe('FraudWarningBanner (education)', () => {
  it('is a calm region with a heading, never an alert or the danger style', () => {
    const { container } = show({ variant: 'education', onDismiss: vi.fn() });
    const region = screen.getByRole('region', { name: '防骗提示：冒充公检法' });
    expect(region).toHaveAttribute('data-variant', 'education');
    expect(container.querySelector('[role="alert"], [role="alertdialog"], .yf-fraud-guard')).toBeNull();
  });

  it('rotates topics across visits and respects the frequency cap', () => {
    const store = createExposureStore();
    const topics = ['impersonate-police', 'task-rebate'];
    const seen: string[] = [];
    for (const hour of [0, 1, 6, 7, 12]) {
      const { unmount } = show({ variant: 'education', topics, exposureStore: store, now: () => T0 + hour * HOUR });
      seen.push(screen.queryByRole('region')?.getAttribute('aria-labelledby') ? screen.getByRole('heading').textContent! : '(none)');
      unmount();
    }
    // 10:00 police, 11:00 刷单, 16:00 police again (gap passed), 17:00 刷单, 22:00: both at 2 today → nothing.
    expect(seen).toEqual(['防骗提示：冒充公检法', '防骗提示：刷单返利', '防骗提示：冒充公检法', '防骗提示：刷单返利', '(none)']);
    expect(store.read()['impersonate-police']).toMatchObject({ count: 2, dayCount: 2 });
  });

  it('changes layout after the second showing of a type', () => {
    const store = createExposureStore();
    const layouts: string[] = [];
    for (let day = 0; day < 4; day++) {
      const { unmount } = show({ variant: 'education', topics: ['health-products'], exposureStore: store, now: () => T0 + day * 24 * HOUR });
      layouts.push(screen.getByRole('region').getAttribute('data-layout')!);
      unmount();
    }
    expect(layouts).toEqual(['standard', 'standard', 'checklist', 'story']);
  });

  it('shows the next tip only when asked, and reports dismissal without personal data', () => {
    const events: FraudTelemetryEvent[] = [];
    const onDismiss = vi.fn();
    show({ variant: 'education', onDismiss, onTelemetry: (e) => events.push(e) });
    fireEvent.click(screen.getByRole('button', { name: '换一条提示' }));
    expect(screen.getByRole('heading')).toHaveTextContent('冒充电商、物流客服退款');
    fireEvent.click(screen.getByRole('button', { name: '关闭防骗提示' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(events.map((e) => e.type)).toEqual(['shown', 'hidden', 'shown', 'outcome', 'hidden']);
    expect(events.find((e) => e.type === 'outcome')).toMatchObject({ outcome: 'dismissed' });
  });
});

describe('FraudWarningBanner (contextual)', () => {
  it('renders nothing for level none', () => {
    const { container } = show({ variant: 'contextual', assessment: assessTransferRisk({ amountFen: 100, at: new Date(T0) }) });
    expect(container.querySelector('.yf-fraud-banner')).toBeNull();
  });

  it('lists the plain reasons and the likely scam, with tap-to-call links for warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    show({
      variant: 'contextual',
      assessment: assessTransferRisk({ amountFen: '1万', payeeIsNew: true, memo: '刷单佣金', at: new Date(T0) }),
      officialNumbers: [{ label: '本行客服', number: '955 88' }, { label: 'bad', number: '' }],
    });
    expect(screen.getByText('备注里有“刷单”，这是骗子常用的说法。')).toBeInTheDocument();
    expect(screen.getByText('这种情况，有点像“刷单返利”。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /本行客服 955 88/ })).toHaveAttribute('href', 'tel:95588');
    expect(screen.getAllByRole('link')).toHaveLength(2); // bank + 96110; the bad entry is skipped
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('skipped an official number'));
    warn.mockRestore();
  });

  it('shows the scam story when the risk appears while the customer types', () => {
    const store = createExposureStore();
    const ui = (memo: string) => (
      <YinfaProvider>
        <FraudWarningBanner variant="contextual" exposureStore={store} now={() => T0} assessment={assessTransferRisk({ amountFen: 10_000, memo, at: new Date(T0) })} />
      </YinfaProvider>
    );
    const { rerender, container } = render(ui(''));
    expect(container.querySelector('.yf-fraud-banner')).toBeNull();
    rerender(ui('刷单'));
    expect(screen.getByText('这种情况，有点像“刷单返利”。')).toBeInTheDocument();
    rerender(ui('刷单 保证金'));
    expect(screen.getByText('这种情况，有点像“刷单返利”。')).toBeInTheDocument(); // still shown after recording
    expect(store.read()['task-rebate']!.count).toBe(1);
  });

  it('keeps the reasons but drops the capped scam story', () => {
    const store = createExposureStore();
    const assessment = assessTransferRisk({ amountFen: '1万', payeeIsNew: true, memo: '刷单', at: new Date(T0) });
    const first = show({ variant: 'contextual', assessment, exposureStore: store, now: () => T0 });
    expect(screen.getByText(/有点像/)).toBeInTheDocument();
    first.unmount();
    show({ variant: 'contextual', assessment, exposureStore: store, now: () => T0 + 60_000 });
    expect(screen.queryByText(/有点像/)).toBeNull();
    expect(screen.getByText('这是新的收款人。')).toBeInTheDocument();
  });

  it('falls back to education on an unknown variant without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    show({ variant: 'loud' as never });
    expect(screen.getByRole('region')).toHaveAttribute('data-variant', 'education');
    warn.mockRestore();
  });
});

describe('fraud messages', () => {
  it('en-US is complete, never empty, and keeps the placeholders', async () => {
    const { fraudMessages } = await import('./messages');
    const { catalogueProblems } = await import('@yinfa/core');
    expect(catalogueProblems(fraudMessages, { localeOnly: ['meaning'] })).toEqual([]);
  });
});
