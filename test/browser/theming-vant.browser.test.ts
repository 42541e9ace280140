/** Vant 4 with @yinfa/tokens/presets/vant.css: passes the elder audit; standard mode unchanged. */
import presetCss from '@yinfa/tokens/presets/vant.css?inline';
import vantCss from 'vant/lib/index.css?inline';
import { mountVantPage, openVantPopups } from '../theming-pages/vant';
import { describeVuePreset } from './theming-vue';

describeVuePreset({
  library: 'Vant',
  libraryCss: vantCss,
  presetCss,
  mountPage: mountVantPage,
  openPopups: openVantPopups,
  popups: ['.van-dialog', '.van-toast'],
  leftovers: '.van-overlay, .van-popup, .van-toast',
});
