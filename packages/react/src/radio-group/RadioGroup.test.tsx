import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RadioGroup } from './RadioGroup';

const options = [
  { value: 'a', label: '助餐', hint: '约 30 分钟' },
  { value: 'b', label: '助医' },
];

describe('RadioGroup', () => {
  it('is a named group of radios with hints', () => {
    render(<RadioGroup label="选择服务" options={options} />);
    expect(screen.getByRole('group', { name: '选择服务' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '助餐' })).toHaveAccessibleDescription('约 30 分钟');
  });

  it('selects by clicking the card and reports the value', async () => {
    const onValueChange = vi.fn();
    render(<RadioGroup label="选择服务" options={options} onValueChange={onValueChange} />);
    await userEvent.click(screen.getByText('助医'));
    expect(screen.getByRole('radio', { name: '助医' })).toBeChecked();
    expect(onValueChange).toHaveBeenCalledWith('b');
  });

  it('ties the error to the group and renders the legend as a heading when asked', () => {
    render(<RadioGroup label="选择服务" options={options} error="请选择一项服务" legendAsHeading={1} />);
    const group = screen.getByRole('group');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(/请选择一项服务/);
    expect(screen.getByRole('heading', { level: 1, name: '选择服务' })).toBeInTheDocument();
  });

  it('skips malformed options instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<RadioGroup label="选择服务" options={[...options, null as never, { label: 'x' } as never]} />);
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    warn.mockRestore();
  });
});
