import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from '../checkbox/Checkbox';
import { Select } from '../select/Select';
import { Textarea, TextField } from '../text-field/TextField';
import { Switch } from './Switch';

describe('Switch', () => {
  it('toggles by its label and keyboard and writes the state in words', async () => {
    const onCheckedChange = vi.fn();
    render(<Switch label="朗读" onCheckedChange={onCheckedChange} />);
    const sw = screen.getByRole('switch', { name: '朗读' });
    expect(sw).toHaveTextContent('关');
    await userEvent.click(screen.getByText('朗读'));
    expect(sw).toHaveAttribute('aria-checked', 'true');
    expect(sw).toHaveTextContent('开');
    await userEvent.keyboard('{Enter}');
    expect(onCheckedChange).toHaveBeenLastCalledWith(false);
  });
});

describe('form fields', () => {
  it('marks optional fields in words and never with asterisks', () => {
    render(<TextField label="备注" optional />);
    expect(screen.getByText('（选填）')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('*');
  });

  it('ties hint and error to the input', () => {
    render(<Textarea label="地址" hint="写到门牌号" error="请填写地址" />);
    const box = screen.getByRole('textbox', { name: '地址' });
    expect(box).toHaveAccessibleDescription(/写到门牌号.*请填写地址/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('checkbox: the label card toggles the box', async () => {
    render(<Checkbox label="同意" hint="可以随时取消" />);
    await userEvent.click(screen.getByText('同意'));
    expect(screen.getByRole('checkbox', { name: '同意' })).toBeChecked();
  });

  it('select: placeholder first, options as data, malformed entries skipped', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Select label="区县" options={[{ value: 'a', label: '海州区' }, 42 as never]} />);
    const select = screen.getByRole('combobox', { name: '区县' });
    expect(select).toHaveDisplayValue('请选择');
    expect(screen.getAllByRole('option')).toHaveLength(2);
    await userEvent.selectOptions(select, 'a');
    expect(select).toHaveValue('a');
    warn.mockRestore();
  });

  it('renders with an empty label without throwing, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<TextField label="" />);
    expect(screen.getByRole('textbox')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a label is required'));
    warn.mockRestore();
  });
});
