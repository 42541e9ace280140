import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useYinfa } from './context';
import { DEFAULT_PREFERENCES_KEY } from './preferences';
import { YinfaProvider } from './YinfaProvider';

function Probe() {
  const { mode, textScale, setMode } = useYinfa();
  return (
    <button type="button" onClick={() => setMode('standard')}>
      {mode} {textScale}
    </button>
  );
}

const root = (c: HTMLElement) => c.firstElementChild as HTMLElement;
const zlb = (uiStyle: string, delayMs = 0) => ({ ZWJSBridge: { getUiStyle: () => new Promise((r) => setTimeout(() => r({ uiStyle }), delayMs)) } });

describe('YinfaProvider mode="auto"', () => {
  it('renders at once in standard mode, then switches to what the host says (浙里办 elder)', async () => {
    const { container } = render(
      <YinfaProvider mode="auto" hostDetection={{ global: zlb('elder', 20) }}>
        <Probe />
      </YinfaProvider>,
    );
    expect(root(container)).toHaveAttribute('data-yinfa-mode', 'standard');
    await waitFor(() => expect(root(container)).toHaveAttribute('data-yinfa-mode', 'elder'));
  });

  it('takes the text scale from a bank bridge and does not report it as the user’s choice', async () => {
    const onModeChange = vi.fn();
    const onTextScaleChange = vi.fn();
    const { container } = render(
      <YinfaProvider mode="auto" onModeChange={onModeChange} onTextScaleChange={onTextScaleChange} hostDetection={{ global: {}, bridge: () => ({ mode: 'elder', textScale: 1.5 }) }}>
        <Probe />
      </YinfaProvider>,
    );
    await waitFor(() => expect(root(container).style.getPropertyValue('--yf-scale')).toBe('1.5'));
    expect(root(container)).toHaveAttribute('data-yinfa-mode', 'elder');
    expect(onModeChange).not.toHaveBeenCalled();
    expect(onTextScaleChange).not.toHaveBeenCalled();
  });

  it('the user’s explicit choice wins over the host and is reported for remembering', async () => {
    const onModeChange = vi.fn();
    const { container } = render(
      <YinfaProvider mode="auto" onModeChange={onModeChange} hostDetection={{ global: zlb('elder') }}>
        <Probe />
      </YinfaProvider>,
    );
    await waitFor(() => expect(root(container)).toHaveAttribute('data-yinfa-mode', 'elder'));
    await userEvent.click(screen.getByRole('button'));
    expect(root(container)).toHaveAttribute('data-yinfa-mode', 'standard');
    expect(onModeChange).toHaveBeenCalledWith('standard');
  });

  it('a remembered choice (defaultMode) wins over the host', async () => {
    const bridge = vi.fn(() => ({ mode: 'elder' }));
    const { container } = render(
      <YinfaProvider mode="auto" defaultMode="high-contrast" hostDetection={{ global: {}, bridge }}>
        <Probe />
      </YinfaProvider>,
    );
    await waitFor(() => expect(bridge).toHaveBeenCalled());
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(root(container)).toHaveAttribute('data-yinfa-mode', 'high-contrast');
  });

  it('with persist, a stored choice wins over the host and the host’s answer is never stored', async () => {
    localStorage.setItem(DEFAULT_PREFERENCES_KEY, JSON.stringify({ mode: 'high-contrast' }));
    const bridge = vi.fn(() => ({ mode: 'elder', textScale: 1.5 }));
    const { container, unmount } = render(
      <YinfaProvider mode="auto" persist={{ cookie: false }} hostDetection={{ global: {}, bridge }}>
        <Probe />
      </YinfaProvider>,
    );
    await waitFor(() => expect(bridge).toHaveBeenCalled());
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(root(container)).toHaveAttribute('data-yinfa-mode', 'high-contrast');
    unmount();
    // Nothing stored: the host decides, and what it says is not written back as the user's choice.
    localStorage.removeItem(DEFAULT_PREFERENCES_KEY);
    const second = render(
      <YinfaProvider mode="auto" persist={{ cookie: false }} hostDetection={{ global: {}, bridge }}>
        <Probe />
      </YinfaProvider>,
    );
    await waitFor(() => expect(root(second.container)).toHaveAttribute('data-yinfa-mode', 'elder'));
    expect(localStorage.getItem(DEFAULT_PREFERENCES_KEY)).toBeNull();
    second.unmount();
  });

  it('a host that never answers leaves the page usable in standard mode', async () => {
    const { container } = render(
      <YinfaProvider mode="auto" hostDetection={{ global: {}, bridge: () => new Promise(() => {}), timeoutMs: 20 }}>
        <Probe />
      </YinfaProvider>,
    );
    await act(() => new Promise((r) => setTimeout(r, 60)));
    expect(root(container)).toHaveAttribute('data-yinfa-mode', 'standard');
    expect(screen.getByRole('button')).toHaveTextContent('standard 1');
  });

  it('without "auto" nothing is asked', async () => {
    const bridge = vi.fn(() => 'elder');
    render(
      <YinfaProvider hostDetection={{ global: {}, bridge }}>
        <Probe />
      </YinfaProvider>,
    );
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(bridge).not.toHaveBeenCalled();
  });
});
