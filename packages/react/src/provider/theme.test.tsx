import { createTheme } from '@yinfa/core';
import { render, screen, waitFor } from '@testing-library/react';
import { createPortal } from 'react-dom';
import { describe, expect, it, vi } from 'vitest';
import { ModeScope } from './ModeScope';
import { YinfaProvider } from './YinfaProvider';

const rootOf = (container: HTMLElement) => container.firstElementChild as HTMLElement;
const primary = (el: HTMLElement, mode = 'standard') => el.style.getPropertyValue(`--yf-theme-${mode}-color-primary`);

describe('YinfaProvider theme', () => {
  it('applies a createTheme() result on its first render (no palette module to load)', () => {
    const theme = createTheme({ primary: '#0066B3' });
    const { container } = render(<YinfaProvider theme={theme}>x</YinfaProvider>);
    expect(primary(rootOf(container))).toBe(theme.modes.standard['--yf-color-primary']);
  });

  it('sets the brand variables of every mode but high-contrast on its element', async () => {
    const { container } = render(<YinfaProvider theme="#C7000B">x</YinfaProvider>);
    const root = rootOf(container);
    await waitFor(() => expect(primary(root)).toBe('#c7000b'));
    expect(primary(root, 'elder')).toMatch(/^#[0-9a-f]{6}$/);
    expect(primary(root, 'high-contrast')).toBe('');
  });

  it('once the palette module is loaded, a new themed provider has its colours on its first render', async () => {
    const first = render(<YinfaProvider theme="#C7000B">x</YinfaProvider>);
    await waitFor(() => expect(primary(rootOf(first.container))).toBe('#c7000b'));
    const { container } = render(<YinfaProvider theme="#E60012">y</YinfaProvider>);
    expect(primary(rootOf(container))).toBe('#e60012');
  });

  it('takes createTheme() output and options, high-contrast only when asked', async () => {
    const theme = createTheme({ primary: '#0066B3', highContrast: true });
    const { container, rerender } = render(<YinfaProvider theme={theme}>x</YinfaProvider>);
    expect(primary(rootOf(container), 'high-contrast')).toBe(theme.modes['high-contrast']['--yf-color-primary']);
    rerender(<YinfaProvider theme={{ primary: '#00A650', accent: '#0066B3' }}>x</YinfaProvider>);
    await waitFor(() => expect(rootOf(container).style.getPropertyValue('--yf-theme-standard-color-link')).toBe('#0066b3'));
  });

  it('keeps the default colours and warns once on an invalid colour', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<YinfaProvider theme="red;">x</YinfaProvider>);
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('theme ignored')));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(rootOf(container).getAttribute('style')).not.toContain('--yf-theme');
    warn.mockRestore();
  });

  it('carries the theme into a ModeScope portalled to document.body', async () => {
    render(
      <YinfaProvider theme="#E60012" mode="elder">
        {createPortal(<ModeScope data-testid="portal">dialog</ModeScope>, document.body)}
      </YinfaProvider>,
    );
    const scope = screen.getByTestId('portal');
    expect(scope.parentElement).toBe(document.body);
    expect(scope).toHaveAttribute('data-yinfa-mode', 'elder');
    await waitFor(() => expect(primary(scope)).toBe('#e60012'));
  });
});
