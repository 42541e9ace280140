import { createFakeEngine, createSpeechController, createTranslator, readingMessages } from '@yinfa/core';
import { afterEach, describe, expect, it } from 'vitest';
import { itemsToSegments } from './collect';
import { collectReadable } from './readable';

const t = createTranslator('zh-CN', readingMessages);
afterEach(() => {
  document.body.innerHTML = '';
});

describe('itemsToSegments', () => {
  it('works a sentence’s spoken text out when it is first read, once, and gives the same words as before', () => {
    document.body.innerHTML = '<main id="root"><p>余额12.5元。请拨打96110。</p></main>';
    const { segments } = itemsToSegments(collectReadable(document.getElementById('root'), 'zh-CN', t), 'zh-CN');
    expect(segments.map((s) => s.display)).toEqual(['余额12.5元。', '请拨打96110。']);
    // A getter: nothing is normalised while the list is built (the first word of 朗读本页 waits for none of it).
    expect(typeof Object.getOwnPropertyDescriptor(segments[1], 'text')?.get).toBe('function');
    const first = segments[1]!.text;
    expect(first).toBe('请拨打九六幺幺零。');
    expect(segments[1]!.text).toBe(first);
    expect(segments[0]!.text).toBe('余额十二元五角。');
  });

  it('keeps a sentence an author silenced as an empty segment, which reading skips', async () => {
    document.body.innerHTML = '<main id="root"><p>第一句。</p><p><span data-yinfa-speak="">装饰文字</span></p><p>第三句。</p></main>';
    const { segments } = itemsToSegments(collectReadable(document.getElementById('root'), 'zh-CN', t), 'zh-CN');
    const engine = createFakeEngine({ auto: true });
    const controller = createSpeechController({ engine });
    await controller.detect('zh-CN');
    controller.speak(segments);
    await expect.poll(() => engine.spoken.length, { timeout: 2000 }).toBe(2);
    expect(engine.spoken).toEqual(['第一句。', '第三句。']);
  });
});
