import { defineCatalogue } from '../messages/translate';
import { speechButtonEnUS, speechEnUS } from './messages.en-US';

/**
 * The words a read-aloud button needs: 朗读 / 停止, why nothing can be read, and how a form field's state is read
 * (SpeakButton, useSpeech and the reading order use only these). A page with read-aloud buttons and no other
 * speech controls carries no more (the script-tag <yinfa-speak>).
 */
export const speechButtonMessages = /* @__PURE__ */ defineCatalogue({
  'zh-CN': {
    'speech.read': '朗读',
    'speech.stop': '停止',
    'speech.readToMe': '读给我听',
    'speech.unavailable': '本设备不能朗读：浏览器没有提供朗读功能。可以改用手机自带的读屏，或在银行 App 里打开本页。',
    'speech.noVoices': '本设备不能朗读：没有找到可用的语音。请在系统设置里安装语音后再试。',
    'speech.noChineseVoice': '本设备没有中文语音，所以不朗读（不会用英文语音读中文）。请在系统设置里添加“中文（中国大陆）”语音。',
    'speech.noEnglishVoice': '本设备没有英文语音，所以不朗读（不会用中文语音读英文）。请在系统设置里添加英文语音。',
    'speech.failed': '朗读出错了，请再点一次“朗读”。',
    'speech.notAllowed': '浏览器没有让朗读开始，请再点一次“朗读”。',
    'speech.network': '朗读服务连不上，请检查网络后再试。',
    'speech.checked': '已选中',
    'speech.unchecked': '未选中',
    'speech.empty': '未填写',
    'speech.filledSecret': '已填写',
    'speech.errorPrefix': '错误：',
    'speech.button': '按钮：{name}',
    'speech.link': '链接：{name}',
  },
  'en-US': speechButtonEnUS,
});

/**
 * The speech area's words: speechButtonMessages and those of the reading controls, settings and captions.
 * zh-CN first; en-US complete. Read with useCatalogue(speechMessages). A pure arrow, not a pure call on the
 * merged tables: a bundler keeps an unused call's arguments when they spread other objects.
 */
export const speechMessages = /* @__PURE__ */ (() =>
  defineCatalogue({
    'zh-CN': {
      ...speechButtonMessages['zh-CN'],
      'speech.readAll': '朗读全文',
      'speech.readFromHere': '从选中处读',
      'speech.pause': '暂停',
      'speech.resume': '继续',
      'speech.next': '下一句',
      'speech.previous': '上一句',
      'speech.toolbar': '朗读工具',
      'speech.mode': '朗读方式',
      'speech.modeContinuous': '连读',
      'speech.modePoint': '指读',
      'speech.modeContinuousHint': '连读：从头或从选中处一句接一句读下去。',
      'speech.modePointHint': '指读：用键盘移到哪里，就读哪里。',
      'speech.caption': '大字幕',
      'speech.captionClose': '关闭大字幕',
      'speech.captionLabel': '大字幕：正在朗读的句子',
      'speech.checking': '正在检查本设备能否朗读…',
      'speech.status': '正在朗读第 {current} 句，共 {total} 句',
      'speech.statusPaused': '已暂停在第 {current} 句，共 {total} 句',
      'speech.statusIdle': '点“朗读全文”开始。',
      'speech.screenReaderOn': '您在用自己的读屏软件，指读已关闭，不会自动朗读。',
      'speech.settings': '朗读设置',
      'speech.rate': '语速',
      'speech.rateSlowest': '很慢',
      'speech.rateSlow': '适中（推荐）',
      'speech.rateNormal': '正常',
      'speech.rateFast': '较快',
      'speech.rateFastest': '快',
      'speech.volumeLow': '小',
      'speech.volumeMedium': '中',
      'speech.volumeHigh': '大',
      'speech.volumeFull': '最大',
      'speech.voice': '声音',
      'speech.voiceAuto': '自动选择',
      'speech.voiceOnline': '{name}（需联网）',
      'speech.ownScreenReader': '我在用自己的读屏软件',
      'speech.ownScreenReaderHint': '打开后不会自动朗读，指读和鼠标停留朗读都关闭，只在您点“朗读”时才读。',
      'speech.hoverRead': '鼠标停在文字上时朗读',
      'speech.hoverReadHint': '默认关闭。停留约半秒才读，不会重复读同一段。',
      'speech.shortcuts': '快捷键：{keys}',
    },
    'en-US': speechEnUS,
  }))();
