import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CheckAnswers } from './CheckAnswers';

const meta = {
  title: 'Flows/Check answers',
  component: CheckAnswers,
  args: {
    rows: [
      { key: 'service', label: '服务', value: '助浴', onChangeRequest: fn() },
      { key: 'address', label: '上门地址', value: '海州区 新南街道 幸福社区 幸福小区 3 号楼 2 单元 501', onChangeRequest: fn() },
      { key: 'time', label: '上门时间', value: '6月11日 周四 上午 10:30–下午 12:00', onChangeRequest: fn() },
      { key: 'notes', label: '备注', value: '', onChangeRequest: fn() },
    ],
  },
  parameters: {
    localeArgs: {
      'en-US': {
        rows: [
          { key: 'service', label: 'Service', value: 'Help with bathing', onChangeRequest: fn() },
          { key: 'address', label: 'Address for the visit', value: 'Flat 501, Entrance 2, Building 3, Xingfu Estate, Xingfu Community, Xinnan Subdistrict, Haizhou District', onChangeRequest: fn() },
          { key: 'time', label: 'Time of the visit', value: 'Thursday, June 11, 10:30 am–12:00 pm', onChangeRequest: fn() },
          { key: 'notes', label: 'Notes', value: '', onChangeRequest: fn() },
        ],
      },
    },
    docs: {
      description: {
        component:
          '核对信息：每行一个答案和一个“修改”按钮（隐藏文字说明改哪一项），改完回到本页；没填的选填项显示“未填写”。\n\n' +
          'A summary list with a "Change" button per row (hidden words name the row) that returns here after editing; empty optional answers show "Not provided".',
      },
    },
  },
} satisfies Meta<typeof CheckAnswers>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    await expect(c.getByText('未填写')).toBeInTheDocument();
    await userEvent.click(c.getByRole('button', { name: '修改 上门地址' }));
    await expect(args.rows[1]?.onChangeRequest).toHaveBeenCalledTimes(1);
  },
};
export const WithHeading: Story = { args: { heading: '预约信息' }, parameters: { localeArgs: { 'en-US': { heading: 'Booking details' } } } };
export const LongValues: Story = {
  args: { rows: [{ key: 'address', label: '上门地址', value: '连云港市海州区新南街道幸福社区幸福小区 3 号楼 2 单元 501 室（东门进，右手边第二栋，楼下有一棵大树）'.repeat(3), onChangeRequest: fn() }] },
  parameters: {
    localeArgs: {
      'en-US': {
        rows: [
          {
            key: 'address',
            label: 'Address for the visit',
            value:
              'Flat 501, Entrance 2, Building 3, Xingfu Estate, Xingfu Community, Xinnan Subdistrict, Haizhou District, Lianyungang (come in by the east gate; it is the second building on the right, with a big tree outside) '.repeat(
                3,
              ),
            onChangeRequest: fn(),
          },
        ],
      },
    },
  },
};
export const English: Story = {
  globals: { locale: 'en-US' },
  args: {
    rows: [
      { key: 'service', label: '服务', value: '助浴', onChangeRequest: fn() },
      { key: 'notes', label: '备注', value: undefined, onChangeRequest: fn() },
    ],
  },
  parameters: {
    localeArgs: {
      'en-US': {
        rows: [
          { key: 'service', label: 'Service', value: 'Help with bathing', onChangeRequest: fn() },
          { key: 'notes', label: 'Notes', value: undefined, onChangeRequest: fn() },
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByText('Not provided')).toBeInTheDocument();
    await expect(c.getByRole('button', { name: 'Change Service' })).toBeInTheDocument();
  },
};
