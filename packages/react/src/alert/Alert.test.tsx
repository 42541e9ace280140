import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { YinfaProvider } from '../provider';
import { Alert, Banner } from './Alert';

describe('Alert', () => {
  it('says its kind in words, not only colour', () => {
    render(<Alert variant="danger" title="提交失败" />);
    expect(screen.getByText('提交失败').closest('.yf-alert')).toHaveTextContent('警告：提交失败');
  });

  it('is not a live region unless asked', () => {
    const { rerender } = render(<Alert title="提示" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<Alert title="提示" live="polite" />);
    expect(screen.getByRole('status')).toBeInTheDocument();
    rerender(<Alert title="提示" live="assertive" />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('has a named dismiss button in each locale and falls back on unknown variants', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <YinfaProvider locale="en-US">
        <Banner variant={'purple' as never} title="Hello" onDismiss={() => {}} />
      </YinfaProvider>,
    );
    expect(screen.getByRole('button', { name: 'Dismiss message' })).toBeInTheDocument();
    expect(screen.getByText('Hello').closest('.yf-alert')).toHaveAttribute('data-variant', 'info');
    warn.mockRestore();
  });
});
