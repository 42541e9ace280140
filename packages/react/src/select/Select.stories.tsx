import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Select } from './Select';

const districts = ['海州区', '连云区', '赣榆区', '东海县', '灌云县', '灌南县'].map((d) => ({ value: d, label: d }));
const districtsEnglish = ['Haizhou District', 'Lianyun District', 'Ganyu District', 'Donghai County', 'Guanyun County', 'Guannan County'].map((label, i) => ({
  value: districts[i]!.value,
  label,
}));

const meta = {
  title: 'Forms/Select',
  component: Select,
  tags: ['autodocs'],
  args: { label: '所在区县', options: districts },
  parameters: {
    localeArgs: { 'en-US': { label: 'District or county', options: districtsEnglish } },
    docs: {
      description: {
        component: '大号的原生下拉框：系统自带的选择器适配读屏软件和放大。\n\nA large native select: the platform picker works with screen readers and zoom.',
      },
    },
  },
} satisfies Meta<typeof Select>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: /所在区县/ });
    await userEvent.selectOptions(select, '连云区');
    await expect(select).toHaveValue('连云区');
  },
};
export const WithHint: Story = {
  args: { hint: '选择老人居住的区县' },
  parameters: { localeArgs: { 'en-US': { hint: 'Choose the district or county where the older person lives' } } },
};
export const WithError: Story = { args: { error: '请选择所在区县' }, parameters: { localeArgs: { 'en-US': { error: 'Choose a district or county' } } } };
export const Optional: Story = {
  args: { optional: true, label: '街道', options: [{ value: 'a', label: '朝阳街道' }, { value: 'b', label: '新浦街道' }] },
  parameters: {
    localeArgs: { 'en-US': { label: 'Subdistrict', options: [{ value: 'a', label: 'Chaoyang Subdistrict' }, { value: 'b', label: 'Xinpu Subdistrict' }] } },
  },
};
export const ElderMode: Story = { globals: { mode: 'elder' } };
export const English: Story = { globals: { locale: 'en-US' } };
