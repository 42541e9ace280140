/**
 * Focus after every step change of the flow kit's own example journey (Flows/Question pages), in a real
 * Chromium: one second after each move, focus is on the new page's heading or on the error summary.
 */
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import { composeStories } from '@storybook/react-vite';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { focusLandsOn } from '../../../../test/browser/flowFocus';
import { YinfaProvider } from '../provider';
import * as stories from './Flow.stories';

const { Journey } = composeStories(stories);
afterEach(() => cleanup());


const press = async (name: string | RegExp) => userEvent.click(await screen.findByRole('button', { name }));

describe('focus after every step change of the example journey', () => {
  it('errors, the branch, back, the check page, change, submit', async () => {
    render(
      <YinfaProvider>
        <Journey />
      </YinfaProvider>,
    );
    await press('继续');
    await focusLandsOn('error-summary');
    await userEvent.click(screen.getByRole('radio', { name: '送餐到家' }));
    await press('继续');
    await focusLandsOn('送到哪里？');
    await press('继续'); // no address
    await focusLandsOn('error-summary');
    await press('返回');
    await focusLandsOn('您想怎么用餐？');
    await press('继续');
    await focusLandsOn('送到哪里？');
    await userEvent.type(screen.getByLabelText('送餐地址'), '幸福小区 3 号楼 501');
    await press('继续');
    await focusLandsOn('您的姓名');
    await userEvent.type(screen.getByLabelText('姓名'), '王秀英');
    await press('继续');
    await focusLandsOn('核对信息');
    await press(/修改 姓名/);
    await focusLandsOn('您的姓名');
    await press('继续');
    await focusLandsOn('核对信息');
    await press('提交');
    await focusLandsOn('已提交');
  });
});
