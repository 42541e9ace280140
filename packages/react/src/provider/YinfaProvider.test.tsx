import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LIANYUNGANG, NATIONAL_REGION, resolveRegion } from '@yinfa/core';
import { useYinfa } from './context';
import { loadPreferences, savePreferences, sanitizePreferences } from './preferences';
import { YinfaProvider } from './YinfaProvider';

function Probe() {
  const { mode, locale, textScale, announce } = useYinfa();
  return (
    <button type="button" onClick={() => announce('已保存')}>
      {mode} {locale} {textScale}
    </button>
  );
}

describe('YinfaProvider', () => {
  it('sets mode, language, scale and follows the system when the app chose no mode', () => {
    const { container } = render(
      <YinfaProvider textScale={1.5}>
        <Probe />
      </YinfaProvider>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-yinfa-mode', 'standard');
    expect(root).toHaveAttribute('data-yinfa-follow-system');
    expect(root).toHaveAttribute('lang', 'zh-CN');
    expect(root.style.getPropertyValue('--yf-scale')).toBe('1.5');
  });

  it('clamps the scale, maps locales and falls back on unknown modes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <YinfaProvider mode={'huge' as never} locale={'en-GB' as never} textScale={9}>
        <Probe />
      </YinfaProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('standard en-US 2');
    warn.mockRestore();
  });

  it('nests: inner providers inherit and share one announcer', async () => {
    vi.useFakeTimers();
    const { container } = render(
      <YinfaProvider mode="elder" locale="en-US">
        <YinfaProvider>
          <Probe />
        </YinfaProvider>
      </YinfaProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('elder en-US 1');
    expect(container.querySelectorAll('[data-yinfa-announcer]')).toHaveLength(1);
    act(() => screen.getByRole('button').click());
    await act(async () => {
      vi.advanceTimersByTime(100);
    });
    expect(container.querySelector('[data-politeness="polite"]')).toHaveTextContent('已保存');
    vi.useRealTimers();
  });

  it('remembers preferences only through the helper, and ignores tampered values', () => {
    expect(savePreferences({ mode: 'elder', textScale: 1.25 })).toBe(true);
    expect(loadPreferences()).toEqual({ mode: 'elder', textScale: 1.25 });
    localStorage.setItem('yinfa:preferences', '{"mode":"rainbow","textScale":99}');
    expect(loadPreferences()).toEqual({ textScale: 2 });
    localStorage.setItem('yinfa:preferences', 'not json');
    expect(loadPreferences()).toEqual({});
    expect(sanitizePreferences(null)).toEqual({});
  });

  it('gives the subtree a region: national by default, inherited, and a partial one filled from the city’s by resolveRegion', () => {
    const seen: string[] = [];
    function RegionProbe({ name }: { name: string }) {
      const { region } = useYinfa();
      seen.push(`${name}:${region.id}:${region.exampleLandline}:${region.mapZoom}`);
      return null;
    }
    render(
      <>
        <RegionProbe name="outside" />
        <YinfaProvider>
          <RegionProbe name="default" />
        </YinfaProvider>
        <YinfaProvider region={LIANYUNGANG}>
          <RegionProbe name="city" />
          <YinfaProvider>
            <RegionProbe name="inherited" />
          </YinfaProvider>
          <YinfaProvider region={resolveRegion({ id: 'ganyu', mapZoom: 12 }, LIANYUNGANG)}>
            <RegionProbe name="district" />
          </YinfaProvider>
        </YinfaProvider>
      </>,
    );
    expect(seen).toEqual([
      `outside:national:${NATIONAL_REGION.exampleLandline}:4`,
      `default:national:${NATIONAL_REGION.exampleLandline}:4`,
      'city:lianyungang:0518 8555 1234:13',
      'inherited:lianyungang:0518 8555 1234:13',
      'district:ganyu:0518 8555 1234:12',
    ]);
  });
});
