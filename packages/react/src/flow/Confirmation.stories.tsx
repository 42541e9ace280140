import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Confirmation } from './Confirmation';

const meta = {
  title: 'Flows/Confirmation',
  component: Confirmation,
  args: {
    title: '已提交，待服务站确认',
    tone: 'pending',
    reference: 'YF2606100001',
    referenceLabel: '预约号',
    whatNext: <p>服务站会在 2 小时内打电话给您确认上门时间。确认后会发短信通知。</p>,
    details: [
      { key: 'service', label: '服务', value: '助浴' },
      { key: 'time', label: '上门时间', value: '6月11日 周四 上午 10:30–下午 12:00' },
    ],
  },
  parameters: {
    localeArgs: {
      'en-US': {
        title: 'Request sent – waiting for the care station to confirm',
        referenceLabel: 'Booking reference',
        whatNext: <p>The care station will call you within 2 hours to confirm the time of the visit. After that, you will get a text message.</p>,
        details: [
          { key: 'service', label: 'Service', value: 'Help with bathing' },
          { key: 'time', label: 'Time of the visit', value: 'Thursday, June 11, 10:30 am–12:00 pm' },
        ],
      },
    },
    docs: {
      description: {
        component:
          '确认页：面板里有标题和编号，“接下来会发生什么”，以及详情。标题如实说明状态：只是申请时写“已提交，待确认”。\n\n' +
          'A panel with the reference number, "What happens next" and the details. The headline says what is true: a request is not a confirmed visit.',
      },
    },
  },
} satisfies Meta<typeof Confirmation>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Request: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole('heading', { level: 1, name: '已提交，待服务站确认' })).toBeInTheDocument();
    await expect(c.getByText('接下来会发生什么')).toBeInTheDocument();
    await expect(c.getByText('Y F 2 6 0 6 1 0 0 0 0 1')).toBeInTheDocument(); // read character by character
  },
};
export const Confirmed: Story = { args: { title: '预约成功', tone: 'success' }, parameters: { localeArgs: { 'en-US': { title: 'Booking confirmed' } } } };
export const English: Story = { globals: { locale: 'en-US' } };
