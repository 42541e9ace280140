import { fireEvent, render, screen } from '@testing-library/react';
import { YinfaProvider } from '@yinfa/react';
import { describe, expect, it, vi } from 'vitest';
import { AmountConfirm } from './AmountConfirm';

describe('AmountConfirm', () => {
  it('shows figures, 大写 and the payee, and reads aloud in words', () => {
    const onReadAloud = vi.fn();
    const onConfirm = vi.fn();
    render(<AmountConfirm amountFen={1_640_902} payeeName=" 张 三 " onConfirm={onConfirm} onReadAloud={onReadAloud} />);
    expect(screen.getByText('¥16,409.02')).toBeInTheDocument();
    expect(screen.getByText('壹万陆仟肆佰零玖元零贰分')).toBeInTheDocument();
    expect(screen.getByText('张 三')).toHaveClass('yf-fraud-amount__payee');
    fireEvent.click(screen.getByRole('button', { name: '读给我听' }));
    expect(onReadAloud).toHaveBeenCalledWith('向 张 三 转账 一万六千四百零九元零两分。');
    fireEvent.click(screen.getByRole('button', { name: '确认转账' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('reports shown, outcome and time visible without the amount or the name', () => {
    const events: unknown[] = [];
    const { unmount } = render(<AmountConfirm amountFen={5_000_000} payeeName="张三" onConfirm={vi.fn()} onTelemetry={(e) => events.push(e)} />);
    fireEvent.click(screen.getByRole('button', { name: '确认转账' }));
    unmount();
    expect(events.map((e) => (e as { type: string }).type)).toEqual(['shown', 'outcome', 'hidden']);
    expect(events[1]).toMatchObject({ surface: 'amount-confirm', outcome: 'continued' });
    expect(JSON.stringify(events)).not.toMatch(/张三|5000000|50,000/);
  });

  it('puts a speech control from the voice package in its slot', () => {
    render(<AmountConfirm amountFen={100} payeeName="李四" onConfirm={vi.fn()} speakSlot={<button type="button">朗读</button>} />);
    expect(screen.getByRole('button', { name: '朗读' })).toBeInTheDocument();
  });

  it.each([Number.NaN, 0, -100, 1.5, undefined as never])('refuses to confirm a bad amount (%s)', (amount) => {
    render(<AmountConfirm amountFen={amount} payeeName="李四" onConfirm={vi.fn()} onBack={vi.fn()} onReadAloud={vi.fn()} />);
    expect(screen.getByText('金额有误，请返回修改。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '确认转账' })).toBeNull();
    expect(screen.queryByRole('button', { name: '读给我听' })).toBeNull();
    expect(screen.getByRole('button', { name: '返回修改' })).toBeInTheDocument();
  });

  it('writes the amount in English words too', () => {
    render(
      <YinfaProvider locale="en-US">
        <AmountConfirm amountFen={123450} payeeName="Wang" onConfirm={vi.fn()} />
      </YinfaProvider>,
    );
    expect(screen.getByText('one thousand two hundred thirty-four yuan and fifty fen')).toBeInTheDocument();
    expect(screen.getByText('壹仟贰佰叁拾肆元伍角')).toBeInTheDocument();
  });
});
