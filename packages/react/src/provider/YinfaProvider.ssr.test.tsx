/**
 * Server rendering with the user's saved choice: the server reads the preferences cookie, passes it as
 * `initialPreferences`, and the client hydrates the same markup (no mismatch); `persist` writes the cookie back.
 */
import { readPreferencesCookie, YINFA_PREFERENCES_COOKIE } from '@yinfa/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useYinfa } from './context';
import { YinfaProvider } from './YinfaProvider';

function Switcher() {
  const { mode, textScale, setMode, setTextScale } = useYinfa();
  return (
    <div>
      <p>
        {mode} {textScale}
      </p>
      <button type="button" onClick={() => setMode(mode === 'elder' ? 'standard' : 'elder')}>
        长辈模式
      </button>
      <button type="button" onClick={() => setTextScale(1.5)}>
        大字
      </button>
    </div>
  );
}

const clearCookie = () => (document.cookie = `${YINFA_PREFERENCES_COOKIE}=; Path=/; Max-Age=0`);
beforeEach(() => {
  localStorage.clear();
  clearCookie();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/**
 * renderToString here runs beside jsdom's window, so the provider picked useLayoutEffect at import, and React 18
 * warns that it does nothing on a server. On a real server (no window) it is the plain effect: that one warning is
 * this test's setting, any other is a failure.
 */
function serverRender(element: ReactElement): string {
  const errors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
  const html = renderToString(element);
  spy.mockRestore();
  expect(errors.filter((e) => !e.includes('useLayoutEffect does nothing on the server'))).toEqual([]);
  return html;
}

/** Server HTML into a container, then hydrateRoot with `client`; returns the console errors and recoverable errors. */
async function hydrate(server: ReactElement, client: ReactElement) {
  const html = serverRender(server);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, client, { onRecoverableError: (e) => void errors.push(String(e)) });
  });
  return { html, container, errors, unmount: () => act(() => root?.unmount()) };
}

describe('YinfaProvider on the server with the saved preferences', () => {
  it('renders the cookie’s mode and scale into the HTML and hydrates without a mismatch', async () => {
    const prefs = readPreferencesCookie(`${YINFA_PREFERENCES_COOKIE}=mode:elder|scale:1.5`);
    // Storage says otherwise (an older choice): the server's value is the one both renders use.
    localStorage.setItem('yinfa:preferences', '{"mode":"high-contrast","textScale":2}');
    const app = (
      <YinfaProvider initialPreferences={prefs} persist>
        <Switcher />
      </YinfaProvider>
    );
    const { html, container, errors, unmount } = await hydrate(app, app);
    expect(html).toContain('data-yinfa-mode="elder"');
    expect(html).toContain('--yf-scale:1.5');
    expect(errors).toEqual([]);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-yinfa-mode', 'elder');
    expect(root.style.getPropertyValue('--yf-scale')).toBe('1.5');
    // Hydrated: the user's change reaches React and is written to storage and the cookie.
    act(() => fireEvent.click(screen.getByRole('button', { name: '长辈模式' })));
    expect(root).toHaveAttribute('data-yinfa-mode', 'standard');
    expect(readPreferencesCookie(document.cookie)).toEqual({ mode: 'standard', textScale: 1.5 });
    expect(JSON.parse(localStorage.getItem('yinfa:preferences')!)).toEqual({ mode: 'standard', textScale: 1.5 });
    unmount();
  });

  it('is what prevents a mismatch: a client starting from other preferences is reported', async () => {
    const { errors, unmount } = await hydrate(
      <YinfaProvider initialPreferences={{ mode: 'elder' }}>
        <Switcher />
      </YinfaProvider>,
      <YinfaProvider>
        <Switcher />
      </YinfaProvider>,
    );
    expect(errors.join('\n')).toMatch(/hydrat|did not match/i);
    unmount();
  });

  it('wins over the app’s defaults and over mode="auto", and leaves system-following off', () => {
    const html = serverRender(
      <YinfaProvider mode="auto" defaultMode="standard" defaultTextScale={1.25} initialPreferences={{ mode: 'high-contrast', textScale: 1.75 }}>
        <Switcher />
      </YinfaProvider>,
    );
    expect(html).toContain('data-yinfa-mode="high-contrast"');
    expect(html).toContain('--yf-scale:1.75');
    expect(html).not.toContain('data-yinfa-follow-system');
  });

  it('takes null (no cookie on the request) and tampered values as nothing saved', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(serverRender(<YinfaProvider initialPreferences={null} />)).toContain('data-yinfa-mode="standard"');
    const html = serverRender(<YinfaProvider initialPreferences={{ mode: 'rainbow' as never, textScale: 40 }} />);
    expect(html).toContain('data-yinfa-mode="standard"');
    expect(html).toContain('--yf-scale:2');
    warn.mockRestore();
  });
});

describe('YinfaProvider persist', () => {
  it('restores a stored choice before the first paint of a client-only page, and writes the cookie for the server', () => {
    localStorage.setItem('yinfa:preferences', '{"mode":"elder","textScale":1.25}');
    const { container } = render(
      <YinfaProvider persist>
        <Switcher />
      </YinfaProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute('data-yinfa-mode', 'elder');
    expect(screen.getByText('elder 1.25')).toBeInTheDocument();
    expect(readPreferencesCookie(document.cookie)).toEqual({ mode: 'elder', textScale: 1.25 });
  });

  it('remembers only the user’s own changes, under the given key, and no cookie when told not to', () => {
    render(
      <YinfaProvider persist={{ key: 'site:prefs', cookie: false }} defaultMode="elder">
        <Switcher />
      </YinfaProvider>,
    );
    expect(localStorage.getItem('site:prefs')).toBeNull();
    act(() => fireEvent.click(screen.getByRole('button', { name: '大字' })));
    expect(JSON.parse(localStorage.getItem('site:prefs')!)).toEqual({ textScale: 1.5 });
    expect(document.cookie).not.toContain(YINFA_PREFERENCES_COOKIE);
  });

  it('writes nothing without persist, and a controlled mode is not overridden by storage', () => {
    localStorage.setItem('yinfa:preferences', '{"mode":"elder"}');
    const { container } = render(
      <YinfaProvider mode="high-contrast">
        <Switcher />
      </YinfaProvider>,
    );
    expect(container.firstElementChild).toHaveAttribute('data-yinfa-mode', 'high-contrast');
    act(() => fireEvent.click(screen.getByRole('button', { name: '大字' })));
    expect(document.cookie).not.toContain(YINFA_PREFERENCES_COOKIE);
    const again = render(
      <YinfaProvider mode="standard" persist>
        <Switcher />
      </YinfaProvider>,
    );
    expect(again.container.firstElementChild).toHaveAttribute('data-yinfa-mode', 'standard');
  });
});
