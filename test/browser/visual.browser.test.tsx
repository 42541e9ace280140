/**
 * Local visual regression for key stories (the offline stand-in for Chromatic): screenshots compared with
 * baselines committed under __screenshots__/. Update on purpose with `npx vitest run --project browser -u test/browser/visual`.
 */
import { composeStories } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import preview from '../../.storybook/preview';
import * as AlertStories from '../../packages/react/src/alert/Alert.stories';
import * as AmountStories from '../../packages/react/src/amount-field/AmountField.stories';
import * as ButtonStories from '../../packages/react/src/button/Button.stories';
import * as DialogStories from '../../packages/react/src/dialog/Dialog.stories';
import * as RadioStories from '../../packages/react/src/radio-group/RadioGroup.stories';
import * as PhoneStories from '../../packages/react/src/phone-field/PhoneField.stories';
import { frames } from './audit-checks';

type Mode = 'standard' | 'elder' | 'high-contrast';
/** One story of a module, composed with the preview's decorators in the given mode. */
function story(mod: unknown, name: string, mode: Mode): ComponentType {
  const stories = composeStories(mod as never, { ...preview, initialGlobals: { ...preview.initialGlobals, mode } } as never) as Record<string, ComponentType>;
  const Story = stories[name];
  if (!Story) throw new Error(`No story ${name}`);
  return Story;
}

beforeAll(async () => {
  await page.viewport(480, 640);
});
afterEach(() => cleanup());

async function shoot(element: Element, name: string) {
  // The pointer may rest wherever an earlier test left it: move it off so no :hover style is captured.
  await userEvent.unhover(element);
  await document.fonts.ready;
  await frames(3);
  await expect.element(page.elementLocator(element)).toMatchScreenshot(name);
}

describe('visual baselines', () => {
  for (const mode of ['standard', 'elder', 'high-contrast'] as Mode[]) {
    it(`button primary · ${mode}`, async () => {
      const Primary = story(ButtonStories, 'Primary', mode);
      const { container } = render(<Primary />);
      await shoot(container.querySelector('.yf-button')!, `button-primary-${mode}`);
    });
    it(`alert danger · ${mode}`, async () => {
      const Danger = story(AlertStories, 'Danger', mode);
      const { container } = render(<Danger />);
      await shoot(container.querySelector('.yf-alert')!, `alert-danger-${mode}`);
    });
  }

  it('amount field with 大写 · elder', async () => {
    const ElderMode = story(AmountStories, 'ElderMode', 'elder');
    const { container } = render(<ElderMode />);
    await shoot(container.querySelector('.yf-field')!, 'amount-field-elder');
  });

  it('phone field error · standard', async () => {
    const WithExternalError = story(PhoneStories, 'WithExternalError', 'standard');
    const { container } = render(<WithExternalError />);
    await shoot(container.querySelector('.yf-field')!, 'phone-field-error');
  });

  it('radio cards selected · standard', async () => {
    const Selected = story(RadioStories, 'Selected', 'standard');
    const { container } = render(<Selected />);
    await shoot(container.querySelector('.yf-radio-group')!, 'radio-group-selected');
  });

  it('dialog open · elder', async () => {
    const OpenElder = story(DialogStories, 'OpenElder', 'elder');
    render(<OpenElder />);
    await shoot(document.querySelector('.yf-dialog')!, 'dialog-open-elder');
  });
});
