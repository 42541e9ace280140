import { defineCatalogue } from '@yinfa/core';
import { voiceInputEnUS } from './messages.en-US';

/** Voice input's words. zh-CN first; en-US complete. Read with useCatalogue(voiceInputMessages). */
export const voiceInputMessages = defineCatalogue({
  'zh-CN': {
    'voice.start': '语音输入',
    'voice.startFor': '语音输入：{label}',
    'voice.stop': '停止',
    'voice.stopHint': '说完了就按“停止”。',
    'voice.listening': '正在听，请说出{label}。',
    'voice.heard': '您说的是：',
    'voice.use': '用这个',
    'voice.retry': '重说',
    'voice.cancel': '不用了',
    'voice.readAloud': '读给我听',
    'voice.heardAnnounce': '您说的是：{text}。对的话按“用这个”，不对按“重说”。',
    'voice.filled': '已填入{label}，请检查后再继续。',
    'voice.uppercase': '大写：{text}',
    'voice.unclearPhone': '没听清号码：“{text}”。请一位一位地说，例如“幺三八 零零幺三 八零零零”。',
    'voice.unclearAmount': '没听清金额：“{text}”。请说一个确切的数，例如“两千五百元”，不要说“两三千”或“一千多”。',
    'voice.unclearDate': '没听清日期和时间：“{text}”。请说例如“下周三上午十点”。',
    'voice.askAmPm': '是上午还是下午？请连同“上午”或“下午”再说一次，例如“明天下午三点”。',
    'voice.askWhichWeek': '是今天，还是下个星期？请说“今天”或“下周”再加星期几。',
    'voice.askPast': '这一天已经过去了。请说一个以后的日子，例如“下周一”。',
    'voice.errorNotAllowed': '没有得到麦克风权限。请在浏览器或 App 的设置里允许使用麦克风，或直接用键盘输入。',
    'voice.errorNoSpeech': '没有听到说话。请靠近手机，按“语音输入”后再说一次；也可以直接输入。',
    'voice.errorAudioCapture': '找不到麦克风。请检查麦克风或耳机是否接好，或直接用键盘输入。',
    'voice.errorNetwork': '语音识别连不上网络。请检查网络后再试，或直接用键盘输入。',
    'voice.errorLanguage': '这台设备不能识别这种语言。请直接用键盘输入。',
    'voice.errorFailed': '语音识别出错了。请再按一次“语音输入”，或直接用键盘输入。',
    'voice.cancelled': '已停止语音输入。',
  },
  'en-US': voiceInputEnUS,
});
