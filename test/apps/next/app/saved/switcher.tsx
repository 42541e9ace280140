'use client';
// Changing the mode here goes through the provider's `persist`: localStorage and the preferences cookie.
import { Button, useYinfa } from '@yinfa/react';

export function ModeSwitcher() {
  const { mode, setMode, textScale } = useYinfa();
  const name = mode === 'elder' ? '长辈模式' : mode === 'high-contrast' ? '高对比' : '标准';
  return (
    <section aria-label="显示模式">
      <p>{`当前：${name}，字号 ${Math.round(textScale * 100)}%`}</p>
      <Button aria-pressed={mode === 'elder'} onClick={() => setMode(mode === 'elder' ? 'standard' : 'elder')}>
        长辈模式
      </Button>
    </section>
  );
}
