/** The host page under a toolbar browser test: mounted by the test, removed after it with the toolbar. */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { page } from 'vitest/browser';
import { mountHostPage } from '../host-page/mount';

let unmount: () => void = () => {};

export function mountHostPageForTest(...args: Parameters<typeof mountHostPage>): void {
  unmount = mountHostPage(...args);
}

export function unmountHostPage(): void {
  unmount();
  unmount = () => {};
}

/** Every test starts at 1280×800, scrolled to the top, and leaves no toolbar or host page behind. */
export function freshHostPageEachTest(): void {
  beforeEach(async () => {
    await page.viewport(1280, 800);
    window.scrollTo(0, 0);
  });
  afterEach(() => {
    cleanup();
    unmountHostPage();
  });
}
