import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessageWithPart } from './MessageWithPart';

const catalogue: Record<string, string> = {
  capitals: 'In Chinese capitals: {text}',
  twice: '{who} paid {text}, {text}',
  none: 'In Chinese capitals',
};
const t = (id: string, values?: Record<string, string | number>) =>
  (catalogue[id] ?? id).replace(/\{(\w+)\}/g, (_, k: string) => String(values?.[k] ?? `{${k}}`));

describe('MessageWithPart', () => {
  it('puts the part in a lang span where its placeholder is, the words around it as text', () => {
    const { container } = render(<MessageWithPart t={t} id="capitals" name="text" part="壹万元整" lang="zh-CN" />);
    const span = container.querySelector('span')!;
    expect(span).toHaveAttribute('lang', 'zh-CN');
    expect(span).toHaveTextContent(/^壹万元整$/);
    expect(container).toHaveTextContent(/^In Chinese capitals: 壹万元整$/);
  });

  it('fills the other values as usual and shows the part once even if the message repeats it', () => {
    const { container } = render(<MessageWithPart t={t} id="twice" name="text" part="壹元" lang="zh-CN" values={{ who: 'You' }} />);
    expect(container.querySelectorAll('span[lang]')).toHaveLength(1);
    expect(container).toHaveTextContent(/^You paid 壹元,$/);
  });

  it('a message without the placeholder shows the part after it', () => {
    const { container } = render(<MessageWithPart t={t} id="none" name="text" part="壹元" lang="zh-CN" />);
    expect(container).toHaveTextContent(/^In Chinese capitals 壹元$/);
  });
});
