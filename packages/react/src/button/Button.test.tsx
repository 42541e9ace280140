import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { YinfaProvider } from '../provider';
import { Button } from './Button';

describe('Button', () => {
  it('is a native button that does not submit forms by default', () => {
    render(<Button>确认</Button>);
    const button = screen.getByRole('button', { name: '确认' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-variant', 'primary');
  });

  it('calls onClick', async () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>确认</Button>);
    await userEvent.click(screen.getByRole('button'));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('ignores clicks while busy and keeps a text label', async () => {
    const onClick = vi.fn();
    render(
      <Button busy onClick={onClick}>
        提交
      </Button>,
    );
    const button = screen.getByRole('button', { name: '提交' });
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
  });

  it('says "please wait" in the current locale when busy with no words', () => {
    render(
      <YinfaProvider locale="en-US">
        <Button busy aria-label="x" />
      </YinfaProvider>,
    );
    expect(screen.getByText('Please wait…')).toBeInTheDocument();
  });

  it('falls back and warns on an unknown variant instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Button variant={'fancy' as never}>好</Button>);
    expect(screen.getByRole('button')).toHaveAttribute('data-variant', 'primary');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown variant "fancy"'));
    warn.mockRestore();
  });
});
