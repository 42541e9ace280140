import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LIANYUNGANG } from '@yinfa/core';
import { YinfaProvider } from '../provider';
import { PhoneField } from './PhoneField';

describe('PhoneField', () => {
  it('shows the region’s example landline in its hint and errors (a neutral one without a region)', async () => {
    const { unmount } = render(<PhoneField accept="any" />);
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('手机号或带区号的固定电话，例如 138 0013 8000 或 010 1234 5678');
    unmount();
    render(
      <YinfaProvider region={LIANYUNGANG}>
        <PhoneField accept="landline" label="座机" />
      </YinfaProvider>,
    );
    const input = screen.getByRole('textbox', { name: '座机' });
    await userEvent.type(input, '85551234');
    await userEvent.tab();
    expect(input).toHaveAccessibleDescription(/固定电话请加区号，例如 0518 8555 1234/);
  });

  it('does not complain while typing, only on blur', async () => {
    render(<PhoneField />);
    const input = screen.getByRole('textbox', { name: '手机号码' });
    await userEvent.type(input, '138');
    expect(input).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/号码少了几位.*138 0013 8000/);
  });

  it('normalises +86 and full-width digits and regroups 3-4-4', async () => {
    const onPhoneChange = vi.fn();
    render(<PhoneField onPhoneChange={onPhoneChange} />);
    const input = screen.getByRole('textbox');
    await userEvent.type(input, '+86１３９１２３４５６７８');
    await userEvent.tab();
    expect(input).toHaveValue('139 1234 5678');
    expect(onPhoneChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'mobile', digits: '13912345678', valid: true }));
  });

  it('clears the error as soon as the answer is right', async () => {
    render(<PhoneField />);
    const input = screen.getByRole('textbox');
    await userEvent.type(input, '1391234567');
    await userEvent.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(input, '8');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('accepts landlines with an extension when asked, and asks for the area code', async () => {
    render(<PhoneField accept="any" label="联系电话" />);
    const input = screen.getByRole('textbox', { name: '联系电话' });
    await userEvent.type(input, '85551234');
    await userEvent.tab();
    expect(screen.getByText(/请加区号/)).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, '0518-85551234转801');
    await userEvent.tab();
    expect(input).toHaveValue('0518 8555 1234 转 801');
  });

  it('speaks English', async () => {
    render(
      <YinfaProvider locale="en-US">
        <PhoneField />
      </YinfaProvider>,
    );
    const input = screen.getByRole('textbox', { name: 'Mobile number' });
    await userEvent.type(input, 'abc');
    await userEvent.tab();
    expect(screen.getByText(/can only contain digits/)).toBeInTheDocument();
  });
});
