import { createTheme } from '@yinfa/core';
import { render, screen } from '@testing-library/react';
import { createPortal } from 'react-dom';
import { describe, expect, it, vi } from 'vitest';
import { ModeScope } from './ModeScope';
import { YinfaProvider } from './YinfaProvider';

const rootOf = (container: HTMLElement) => container.firstElementChild as HTMLElement;

describe('YinfaProvider theme', () => {
  it('sets the brand variables of every mode but high-contrast on its element', () => {
    const { container } = render(<YinfaProvider theme="#C7000B">x</YinfaProvider>);
    const root = rootOf(container);
    expect(root.style.getPropertyValue('--yf-theme-standard-color-primary')).toBe('#c7000b');
    expect(root.style.getPropertyValue('--yf-theme-elder-color-primary')).toMatch(/^#[0-9a-f]{6}$/);
    expect(root.style.getPropertyValue('--yf-theme-high-contrast-color-primary')).toBe('');
  });

  it('takes createTheme() output and options, high-contrast only when asked', () => {
    const theme = createTheme({ primary: '#0066B3', highContrast: true });
    const { container, rerender } = render(<YinfaProvider theme={theme}>x</YinfaProvider>);
    expect(rootOf(container).style.getPropertyValue('--yf-theme-high-contrast-color-primary')).toBe(theme.modes['high-contrast']['--yf-color-primary']);
    rerender(<YinfaProvider theme={{ primary: '#00A650', accent: '#0066B3' }}>x</YinfaProvider>);
    expect(rootOf(container).style.getPropertyValue('--yf-theme-standard-color-link')).toBe('#0066b3');
  });

  it('keeps the default colours and warns once on an invalid colour', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<YinfaProvider theme="red;">x</YinfaProvider>);
    expect(rootOf(container).getAttribute('style')).not.toContain('--yf-theme');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('theme ignored'));
    warn.mockRestore();
  });

  it('carries the theme into a ModeScope portalled to document.body', () => {
    render(
      <YinfaProvider theme="#E60012" mode="elder">
        {createPortal(<ModeScope data-testid="portal">dialog</ModeScope>, document.body)}
      </YinfaProvider>,
    );
    const scope = screen.getByTestId('portal');
    expect(scope.parentElement).toBe(document.body);
    expect(scope).toHaveAttribute('data-yinfa-mode', 'elder');
    expect(scope.style.getPropertyValue('--yf-theme-standard-color-primary')).toBe('#e60012');
  });
});
