import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Link } from './Link';

const meta = {
  title: 'Controls/Link',
  component: Link,
  tags: ['autodocs'],
  args: { href: '#services', children: '查看全部服务', standalone: true },
  parameters: {
    localeArgs: { 'en-US': { children: 'See all services' } },
    docs: {
      description: {
        component: '链接总有下划线；新窗口打开的链接会说明。\n\nLinks are always underlined; links that open a new window say so.',
      },
    },
  },
} satisfies Meta<typeof Link>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Standalone: Story = {};
export const InSentence: Story = {
  render: (_args, { globals }) =>
    globals.locale === 'en-US' ? (
      <p>
        If you have a question, read the <Link href="#faq">common questions</Link> or call the helpline.
      </p>
    ) : (
      <p>
        如有疑问，请阅读<Link href="#faq">常见问题</Link>，或拨打服务热线。
      </p>
    ),
};
export const External: Story = {
  args: { href: 'https://example.org/', external: true, children: '连云港市民政局' },
  parameters: { localeArgs: { 'en-US': { children: 'Lianyungang Civil Affairs Bureau' } } },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: /连云港市民政局\s*（在新窗口打开）/ });
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};
export const ElderMode: Story = { globals: { mode: 'elder' } };
export const English: Story = { globals: { locale: 'en-US' }, args: { external: true, href: 'https://example.org/' } };
