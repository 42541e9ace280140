/**
 * The server half of "SSR without a flash", on a real server (no window, no document): the request's Cookie
 * header → readPreferencesCookie → YinfaProvider initialPreferences → HTML already in the saved mode and scale.
 * The hydration half is packages/react/src/provider/YinfaProvider.ssr.test.tsx (jsdom).
 */
import { readPreferencesCookie, serializePreferencesCookie } from '@yinfa/core';
import { Button, YinfaProvider } from '@yinfa/react';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';

it('renders the mode and scale of the request’s cookie, with no window and no warning', () => {
  expect(typeof window).toBe('undefined');
  // What the browser sends back after the provider's persist wrote it (the attributes stay in the browser).
  const header = `sid=1; ${serializePreferencesCookie({ mode: 'elder', textScale: 1.25 }).split(';')[0]}`;
  const html = renderToString(
    <YinfaProvider initialPreferences={readPreferencesCookie(header)} persist>
      <Button>下一步</Button>
    </YinfaProvider>,
  );
  expect(html).toContain('data-yinfa-mode="elder"');
  expect(html).toContain('--yf-scale:1.25');
});

it('renders the app’s defaults when the request has no cookie or a broken one', () => {
  for (const header of [undefined, '', 'yinfa-prefs=%%%', 'yinfa-prefs=mode:neon|scale:NaN']) {
    const html = renderToString(<YinfaProvider initialPreferences={readPreferencesCookie(header)} defaultTextScale={1} />);
    expect(html).toContain('data-yinfa-mode="standard"');
    expect(html).toContain('--yf-scale:1');
  }
});
