import { afterEach, describe, expect, it } from 'vitest';
import { hostPage, removeFrames, shadowText } from './elements-harness';

afterEach(removeFrames);

describe('smoke', () => {
  it('renders a banner', async () => {
    const page = await hostPage('<yinfa-fraud-banner></yinfa-fraud-banner>');
    const root = page.shadow('yinfa-fraud-banner');
    console.log(shadowText(root).slice(0, 200), JSON.stringify(page.record));
    expect(root.querySelector('section')).not.toBeNull();
  });
});
