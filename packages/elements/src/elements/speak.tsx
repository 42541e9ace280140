import { SpeakButton } from '@yinfa/react';
import type { AttrProblem, AttrSpec } from '../attributes';
import { YinfaElement, type RenderContext } from '../base';
import { ElementSpeech, SPEECH_PROPERTIES, SpeechEvents } from '../speech';

/**
 * <yinfa-speak>: a 朗读 / 停止 button that reads `text`, or the page element whose id is in `for`
 * (in reading order, with the sentence highlighted). Nothing speaks until it is pressed.
 */
export class YinfaSpeakElement extends YinfaElement {
  static override inline = true;
  static override attributes: readonly AttrSpec[] = [
    { name: 'text', kind: 'string' },
    { name: 'for', kind: 'string' },
    { name: 'label', kind: 'string' },
    { name: 'stop-label', kind: 'string' },
    { name: 'when-unavailable', kind: 'enum', values: ['hide', 'explain'] },
    { name: 'highlight', kind: 'boolean', defaultTrue: true },
  ];
  static override properties = [...SPEECH_PROPERTIES];

  #target(values: Record<string, unknown>): Element | null {
    const id = values.for;
    if (typeof id !== 'string' || id.trim() === '') return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(id.trim()) ?? null;
  }

  protected override validate(values: Record<string, unknown>): AttrProblem | null {
    const hasText = typeof values.text === 'string' && values.text.trim() !== '';
    if (values.for !== undefined && !this.#target(values)) return { attribute: 'for', detail: `no element with id "${String(values.for)}" on this page` };
    if (!hasText && values.for === undefined) return { attribute: 'text', detail: 'is required (the words to read), or give for="<id of the element to read>"' };
    return null;
  }

  protected override renderContent({ values, emit }: RenderContext) {
    const target = this.#target(values);
    return (
      <ElementSpeech values={values}>
        <SpeechEvents emit={emit} />
        <SpeakButton
          text={target ? undefined : (values.text as string)}
          target={target ? { current: target } : undefined}
          label={(values.label as string | undefined) || undefined}
          stopLabel={(values.stopLabel as string | undefined) || undefined}
          whenUnavailable={(values.whenUnavailable as 'hide' | 'explain' | undefined) ?? 'hide'}
          highlight={values.highlight !== false}
        />
      </ElementSpeech>
    );
  }
}
