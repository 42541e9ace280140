import { createFakeRecognition, createHostRecognition } from '@yinfa/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AmountField } from '../amount-field/AmountField';
import { PhoneField } from '../phone-field/PhoneField';
import { YinfaProvider } from '../provider/YinfaProvider';
import { Textarea, TextField } from '../text-field/TextField';
import { VoiceInputProvider } from './context';
import { VoiceInput } from './VoiceInput';

function Phone() {
  const [value, setValue] = useState('');
  return <PhoneField value={value} onValueChange={setValue} voiceInput={<VoiceInput />} />;
}

function renderWith(engine: ReturnType<typeof createFakeRecognition> | null, ui: React.ReactNode, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  return render(
    <YinfaProvider locale={locale}>
      <VoiceInputProvider engine={engine}>
        <form onSubmit={(e) => e.preventDefault()}>{ui}</form>
      </VoiceInputProvider>
    </YinfaProvider>,
  );
}

// The first test pays for loading the fields, speech and core modules into jsdom (several seconds on a busy 2-core runner).
describe('VoiceInput in the fields', { timeout: 15_000 }, () => {
  it('PhoneField: listens only when pressed, shows what was heard, fills only after 用这个', async () => {
    const fake = createFakeRecognition({ answers: ['幺三八 零零幺三 八零零零'], delayMs: null });
    renderWith(fake, <Phone />);
    const input = screen.getByRole('textbox', { name: /手机号码/ });
    const mic = await screen.findByRole('button', { name: /语音输入/ });
    expect(fake.starts).toEqual([]); // never by itself
    await userEvent.click(mic);
    expect(fake.starts).toEqual(['zh-CN']);
    const stop = screen.getByRole('button', { name: '停止' });
    expect(stop).toHaveFocus();
    await userEvent.click(stop);
    expect(await screen.findByText('138 0013 8000')).toBeInTheDocument();
    expect(input).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: '用这个' }));
    expect(input).toHaveValue('138 0013 8000');
    expect(input).toHaveFocus();
  });

  it('AmountField: 两千块五毛 → 2000.5 with the 大写 line shown before filling', async () => {
    const fake = createFakeRecognition({ answers: ['两千块五毛'], delayMs: 0 });
    const onAmountChange = vi.fn();
    renderWith(fake, <AmountField label="转账金额" onAmountChange={onAmountChange} voiceInput={<VoiceInput />} />);
    await userEvent.click(await screen.findByRole('button', { name: /语音输入/ }));
    expect(await screen.findByText('¥2,000.50')).toBeInTheDocument();
    // The capitals are Chinese in every locale, so they are marked as such (WCAG 3.1.2).
    const capitals = screen.getByText('贰仟元伍角');
    expect(capitals).toHaveAttribute('lang', 'zh-CN');
    expect(capitals.parentElement).toHaveTextContent(/^大写：贰仟元伍角$/);
    await userEvent.click(screen.getByRole('button', { name: '用这个' }));
    expect(screen.getByRole('textbox', { name: /转账金额/ })).toHaveValue('2000.5');
    expect(onAmountChange).toHaveBeenLastCalledWith(200050);
  });

  it('TextField kind="address": numerals become digits', async () => {
    const fake = createFakeRecognition({ answers: ['幸福小区三号楼二单元五零一'], delayMs: 0 });
    renderWith(fake, <TextField label="详细地址" voiceInput={<VoiceInput kind="address" />} />);
    await userEvent.click(await screen.findByRole('button', { name: /语音输入/ }));
    await userEvent.click(await screen.findByRole('button', { name: '用这个' }));
    expect(screen.getByRole('textbox', { name: '详细地址' })).toHaveValue('幸福小区3号楼2单元501');
  });

  it('Textarea: 重说 listens again; 用这个 adds to what is there', async () => {
    const fake = createFakeRecognition({ answers: ['家里有猫', '家里有狗'], delayMs: 0 });
    renderWith(fake, <Textarea label="备注" defaultValue="请敲门" voiceInput={<VoiceInput />} />);
    await userEvent.click(await screen.findByRole('button', { name: /语音输入/ }));
    expect(await screen.findByText('家里有猫')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '重说' }));
    expect(await screen.findByText('家里有狗')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '用这个' }));
    expect(screen.getByRole('textbox', { name: '备注' })).toHaveValue('请敲门，家里有狗');
    expect(fake.starts).toHaveLength(2);
  });

  it('an unclear amount asks again instead of guessing', async () => {
    const fake = createFakeRecognition({ answers: ['两三千'], delayMs: 0 });
    renderWith(fake, <AmountField label="金额" voiceInput={<VoiceInput />} />);
    await userEvent.click(await screen.findByRole('button', { name: /语音输入/ }));
    expect(await screen.findByText(/没听清金额：“两三千”/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '用这个' })).toBeNull();
    expect(screen.getByRole('button', { name: '重说' })).toHaveFocus();
  });

  it.each([
    ['not-allowed', /允许使用麦克风/],
    ['no-speech', /没有听到说话/],
    ['network', /连不上网络/],
  ] as const)('the %s error says what to try', async (error, text) => {
    renderWith(createFakeRecognition({ answers: [{ error }], delayMs: 0 }), <TextField label="姓名" voiceInput={<VoiceInput />} />);
    await userEvent.click(await screen.findByRole('button', { name: /语音输入/ }));
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /语音输入/ })).toHaveFocus();
  });

  it('stops listening when focus leaves, on Escape and on unmount; never submits', async () => {
    const fake = createFakeRecognition({ delayMs: null });
    const onSubmit = vi.fn((e: React.FormEvent) => e.preventDefault());
    const { unmount } = render(
      <YinfaProvider>
        <VoiceInputProvider engine={fake}>
          <form onSubmit={onSubmit}>
            <TextField label="姓名" voiceInput={<VoiceInput />} />
            <button type="submit">提交</button>
          </form>
        </VoiceInputProvider>
      </YinfaProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: /语音输入/ }));
    await userEvent.tab();
    expect(fake.log).toEqual(['abort']);
    await userEvent.click(screen.getByRole('button', { name: /语音输入/ }));
    await userEvent.keyboard('{Escape}');
    expect(fake.log).toEqual(['abort', 'abort']);
    await userEvent.click(screen.getByRole('button', { name: /语音输入/ }));
    unmount();
    expect(fake.log).toEqual(['abort', 'abort', 'abort']);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('no button when no engine can listen (none given, no Web Speech in jsdom, or unavailable)', async () => {
    renderWith(null, <TextField label="姓名" voiceInput={<VoiceInput />} />);
    render(<TextField label="地址" voiceInput={<VoiceInput />} />);
    renderWith(createFakeRecognition({ available: false }), <TextField label="电话" voiceInput={<VoiceInput />} />);
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(screen.queryByRole('button', { name: /语音输入/ })).toBeNull();
  });

  it('a host ASR adapter works the same way, in English', async () => {
    const engine = createHostRecognition({ recognize: async ({ lang }) => (lang === 'en-US' ? '138 0013 8000' : '') });
    render(
      <YinfaProvider locale="en-US">
        <VoiceInputProvider engine={engine}>
          <PhoneField voiceInput={<VoiceInput />} />
        </VoiceInputProvider>
      </YinfaProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: /Speak/ }));
    await waitFor(() => expect(screen.getByText('You said:')).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Use this' }));
    expect(screen.getByRole('textbox')).toHaveValue('138 0013 8000');
  });
});
