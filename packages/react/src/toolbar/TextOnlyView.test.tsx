import { isOwnUi } from '@yinfa/dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { YinfaProvider } from '../provider/YinfaProvider';
import { TextOnlyView } from './TextOnlyView';

afterEach(() => {
  document.getElementById('page')?.remove();
});

function page(html: string): HTMLElement {
  const main = document.createElement('main');
  main.id = 'page';
  main.innerHTML = html;
  document.body.prepend(main);
  return main;
}

function Opener({ locale = 'zh-CN' as const }: { locale?: 'zh-CN' | 'en-US' }) {
  const [open, setOpen] = useState(false);
  return (
    <YinfaProvider locale={locale}>
      <button onClick={() => setOpen(true)}>纯文本</button>
      <TextOnlyView open={open} onOpenChange={setOpen} getRoot={() => document.getElementById('page')} isOwnUi={isOwnUi} />
    </YinfaProvider>
  );
}

describe('TextOnlyView', () => {
  it('shows the main content linearised (the toolbar’s own 纯文本 content), images as alt text; Esc closes and focus returns', async () => {
    page('<h1>养老服务补贴</h1><p>每月 <b>300</b> 元。</p><ul><li>第一步</li><li>第二步</li></ul><p><img alt="办事大厅位置图" src="data:,"></p><table><thead><tr><th>项目</th><th>金额</th></tr></thead><tbody><tr><td>补贴</td><td>300</td></tr></tbody></table>');
    const user = userEvent.setup();
    render(<Opener />);
    const opener = screen.getByRole('button', { name: '纯文本' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    // Headings one level down (the dialog's own title is the h2), lists kept, table rows as "a ｜ b".
    expect(dialog.querySelector('.yf-text-only__body h2')?.textContent).toBe('养老服务补贴');
    expect([...dialog.querySelectorAll('.yf-text-only__body li')].map((li) => li.textContent)).toEqual(['第一步', '第二步']);
    expect(dialog.querySelector('.yf-text-only__image')?.textContent).toContain('办事大厅位置图');
    expect([...dialog.querySelectorAll('.yf-text-only__row')].map((p) => p.textContent)).toEqual(['项目 ｜ 金额', '补贴 ｜ 300']);
    expect(dialog.textContent).toContain('每月 300 元。');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('says there is no text to show on an empty page, in en-US too', async () => {
    page('');
    const user = userEvent.setup();
    render(<Opener locale="en-US" />);
    await user.click(screen.getByRole('button', { name: '纯文本' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('No page text was found.');
    expect(dialog.textContent).not.toContain('没有找到');
    expect(dialog.querySelector('.yf-text-only__body')).toBeNull();
  });
});
