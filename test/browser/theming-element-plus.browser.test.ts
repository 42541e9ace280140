/** Element Plus 2 with @yinfa/tokens/presets/element-plus.css: passes the elder audit; standard mode unchanged. */
import presetCss from '@yinfa/tokens/presets/element-plus.css?inline';
import elementCss from 'element-plus/dist/index.css?inline';
import { mountElementPlusPage, openElementPlusToast } from '../theming-pages/element-plus';
import { describeVuePreset } from './theming-vue';

describeVuePreset({
  library: 'Element Plus',
  libraryCss: elementCss,
  presetCss,
  mountPage: mountElementPlusPage,
  openPopups: openElementPlusToast,
  popups: ['.el-dialog', '.el-message'],
  leftovers: '.el-message, .el-overlay',
  snapshotBody: true,
});
