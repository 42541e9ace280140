/**
 * @yinfa/elements' ESM build (dist/esm, for bundlers: the host's own React) under React 18.3, the lower end
 * of its peer range: elements render into their shadow roots, take attributes, and raise their events. Needs
 * the build (node packages/elements/build.mjs), like the other tests of dist/.
 */
import { waitFor } from '@testing-library/react';
import { version } from 'react';
// The built ESM by path (the @yinfa/elements alias points at the sources).
import { defineYinfaElements } from '../../packages/elements/dist/esm/index.js';

const shadowOf = (el: Element) => el.shadowRoot!;

describe('@yinfa/elements ESM build on React 18.3', () => {
  // The elements render from connectedCallback on their own roots, as on a real page, not inside Testing
  // Library's act(): tell React this is not an act() environment (restored after).
  const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = g.IS_REACT_ACT_ENVIRONMENT;
  beforeAll(() => {
    g.IS_REACT_ACT_ENVIRONMENT = false;
    defineYinfaElements();
  });
  afterAll(() => {
    g.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  });
  afterEach(() => document.body.replaceChildren());

  it('renders <yinfa-fraud-banner> in its shadow root and raises yinfa-dismiss', async () => {
    expect(version).toMatch(/^18\.3\./);
    const el = document.createElement('yinfa-fraud-banner');
    el.setAttribute('locale', 'en-US');
    const dismissed = vi.fn();
    el.addEventListener('yinfa-dismiss', dismissed);
    document.body.append(el);
    await waitFor(() => expect(shadowOf(el).querySelector('.yf-fraud-banner')).not.toBeNull());
    const close = [...shadowOf(el).querySelectorAll('button')].find((b) => /close|dismiss|got it/i.test(b.textContent ?? b.getAttribute('aria-label') ?? ''));
    expect(close, shadowOf(el).innerHTML.slice(0, 400)).toBeDefined();
    close!.click();
    await waitFor(() => expect(dismissed).toHaveBeenCalledTimes(1));
  });

  it('follows an attribute change (mode) and reports a bad value in place', async () => {
    const el = document.createElement('yinfa-fraud-banner');
    document.body.append(el);
    await waitFor(() => expect(shadowOf(el).querySelector('[data-yinfa-mode="standard"]')).not.toBeNull());
    el.setAttribute('mode', 'Elder');
    await waitFor(() => expect(shadowOf(el).querySelector('[data-yinfa-mode="elder"]')).not.toBeNull());
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reported = vi.fn();
    el.addEventListener('yinfa-error', reported);
    el.setAttribute('variant', 'contextual'); // needs an assessment
    await waitFor(() => expect(shadowOf(el).querySelector('.yf-element-error[data-problem="assessment"]')).not.toBeNull());
    expect(reported).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<yinfa-fraud-banner> attribute "assessment"'));
    error.mockRestore();
  });
});
