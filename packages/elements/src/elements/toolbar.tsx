import { textScaleFor, type SpeechEngine, type ToolbarSettings, type ToolbarShortcutConfig, type ToolbarStorageLike } from '@yinfa/core';
import { Toolbar, type ToolbarProps } from '@yinfa/react';
import { useEffect } from 'react';
import { plainObject, type AttrProblem, type AttrSpec } from '../attributes';
import { YinfaElement, type RenderContext } from '../base';
import { adoptIntoDocument } from '../styles';

function shortcutsShape(value: unknown): string | null {
  if (value === false) return null;
  if (plainObject(value)) return 'expected "off" or a JSON object like {"textLarger":"Alt+Shift+Equal","read":false}';
  return Object.values(value as object).every((v) => v === false || typeof v === 'string') ? null : 'each shortcut must be a key chord string or false';
}

/**
 * The toolbar's skip link (in the page) points at the bar's id, but the bar is in the shadow root, where a
 * document link cannot land. The host element takes the bar's id (unless the page gave it one), so the
 * skip link has a real target in the document.
 */
function ShareBarId({ host, portal }: { host: HTMLElement; portal: HTMLElement }) {
  useEffect(() => {
    let given: string | null = null;
    const sync = () => {
      const bar = portal.querySelector<HTMLElement>('.yf-toolbar[id]');
      if (!bar || (host.id && host.id !== given)) return;
      given = bar.id;
      if (host.id !== given) host.id = given;
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(portal, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (given && host.id === given) host.removeAttribute('id');
    };
  }, [host, portal]);
  return null;
}

/**
 * <yinfa-toolbar>: 适老化及无障碍工具条 for a page not built with Yinfa. The bar lives in the element's
 * shadow root; on purpose, it also styles the host page (text size, colour schemes, cursor, reading guide,
 * skip link), through constructable stylesheets the document adopts, so a strict CSP allows it.
 */
export class YinfaToolbarElement extends YinfaElement {
  static override attributes: readonly AttrSpec[] = [
    { name: 'content', kind: 'string' },
    { name: 'remember', kind: 'boolean', defaultTrue: true },
    { name: 'site', kind: 'string' },
    { name: 'shortcuts', kind: 'json', check: shortcutsShape },
    { name: 'default-settings', kind: 'json', check: plainObject },
    // The page's text size in percent, also set by the buttons (the property then reads the current size).
    { name: 'text-size', kind: 'number', min: 100, max: 200 },
  ];
  static override properties = ['storage', 'ttsEngine'] as const;

  protected override validate(values: Record<string, unknown>): AttrProblem | null {
    const content = values.content;
    if (typeof content === 'string' && content.trim() !== '') {
      try {
        document.querySelector(content);
      } catch {
        return { attribute: 'content', detail: `"${content}" is not a valid CSS selector` };
      }
    }
    return null;
  }

  #release: (() => void) | null = null;

  protected override renderContent({ values, emit, portal, onDisconnect, host }: RenderContext) {
    if (!this.#release) {
      this.#release = adoptIntoDocument(this.ownerDocument);
      onDisconnect(() => {
        this.#release?.();
        this.#release = null;
      });
    }
    const engine = values.ttsEngine;
    const props: ToolbarProps = {
      content: (values.content as string | undefined) || undefined,
      remember: values.remember !== false,
      site: (values.site as string | undefined) || undefined,
      shortcuts: values.shortcuts as ToolbarShortcutConfig | false | undefined,
      defaultSettings: values.defaultSettings as Partial<ToolbarSettings> | undefined,
      storage: values.storage as ToolbarStorageLike | null | undefined,
      speechEngine: engine && typeof (engine as SpeechEngine).speak === 'function' ? (engine as SpeechEngine) : 'auto',
      container: portal,
      textSize: values.textSize as number | undefined,
      onSettingsChange: (settings) => {
        const percent = Math.round(textScaleFor(settings.textStep) * 100);
        if (this._getProp('textSize') !== percent) this._setProp('textSize', percent);
        emit('yinfa-settings-change', { settings });
      },
    };
    return (
      <>
        <Toolbar {...props} />
        <ShareBarId host={host} portal={portal} />
      </>
    );
  }
}
