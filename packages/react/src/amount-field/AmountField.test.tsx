import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AmountField } from './AmountField';

describe('AmountField', () => {
  it('reports integer 分 and shows the 大写 amount live', async () => {
    const onAmountChange = vi.fn();
    render(<AmountField label="金额" onAmountChange={onAmountChange} />);
    const input = screen.getByRole('textbox', { name: '金额' });
    await userEvent.type(input, '1,234.50');
    expect(onAmountChange).toHaveBeenLastCalledWith(123450);
    expect(screen.getByTestId('amount-uppercase')).toHaveTextContent('壹仟贰佰叁拾肆元伍角');
    expect(input).toHaveAccessibleDescription(/壹仟贰佰叁拾肆元伍角/);
    expect(input).toHaveAttribute('inputmode', 'decimal');
  });

  it('accepts 万', async () => {
    const onAmountChange = vi.fn();
    render(<AmountField label="金额" onAmountChange={onAmountChange} />);
    await userEvent.type(screen.getByRole('textbox'), '1.5万');
    expect(onAmountChange).toHaveBeenLastCalledWith(1500000);
  });

  it('rejects negative and absurd amounts with words', async () => {
    const onAmountChange = vi.fn();
    render(<AmountField label="金额" maxFen={5000000} onAmountChange={onAmountChange} />);
    const input = screen.getByRole('textbox');
    await userEvent.type(input, '-5');
    await userEvent.tab();
    expect(screen.getByText('金额不能是负数')).toBeInTheDocument();
    expect(onAmountChange).toHaveBeenLastCalledWith(null);
    await userEvent.clear(input);
    await userEvent.type(input, '10万');
    await userEvent.tab();
    expect(screen.getByText('金额太大了，最多 ¥50,000')).toBeInTheDocument();
    expect(screen.queryByTestId('amount-uppercase')).toBeNull();
  });
});
