/**
 * The presenter view's own words, in both languages: the parts added for teaching
 * (overview, jump, QR code, countdown, handouts). The older presenter strings stay in
 * lib/i18n/strings.ts.
 */
import type { Locale } from '../i18n/locales';

export interface PresentStrings {
  keys: string;
  teacherNotes: string;
  fromChapter: string;
  /** Heading of a widget's notes (the prose under it in the chapter) in the speaker notes. */
  widgetNotes: (widget: string) => string;
  overview: string;
  overviewHint: string;
  closeOverview: string;
  qrTitle: string;
  qrHint: string;
  jumpTo: (digits: string) => string;
  noSuchSlide: (n: number, total: number) => string;
  current: string;
  next: string;
  countdown: string;
  minutes: string;
  start: string;
  pause: string;
  reset: string;
  timeUp: string;
  blackoutOn: string;
  blackoutOff: string;
  presentFromHere: string;
  elapsed: string;
}

export const presentStrings: Record<Locale, PresentStrings> = {
  en: {
    keys: 'Keys: → Space PageDown next (a widget steps first), ← PageUp back, Home/End, a number + Enter jumps, O overview, Q QR code, F full screen, B blackout, Esc back to the chapter.',
    teacherNotes: 'Teacher’s notes',
    fromChapter: 'From the chapter',
    widgetNotes: (widget) => `Under “${widget}” in the chapter`,
    overview: 'All slides',
    overviewHint: 'Choose a slide, or press O or Esc to close.',
    closeOverview: 'Close the overview',
    qrTitle: 'Open this view on your phone',
    qrHint: 'Scan the code, or type the address. Press Q or Esc to close.',
    jumpTo: (digits) => `Go to slide ${digits}…`,
    noSuchSlide: (n, total) => `There is no slide ${n}: this chapter has ${total}.`,
    current: 'Now showing',
    next: 'Next',
    countdown: 'Time left',
    minutes: 'Minutes',
    start: 'Start',
    pause: 'Pause',
    reset: 'Reset',
    timeUp: 'Time is up',
    blackoutOn: 'The screen is blacked out (B brings it back)',
    blackoutOff: 'The screen shows the slide',
    presentFromHere: 'Present from here',
    elapsed: 'Elapsed',
  },
  zh: {
    keys: '按键：→、空格、PageDown 下一步（先走完组件的步骤），←、PageUp 上一步，Home/End 首尾，输入数字再按回车跳转，O 总览，Q 二维码，F 全屏，B 黑屏，Esc 返回本章。',
    teacherNotes: '教师备注',
    fromChapter: '本章原文',
    widgetNotes: (widget) => `本章中“${widget}”下方的说明`,
    overview: '全部幻灯片',
    overviewHint: '选择一张幻灯片，或按 O 或 Esc 关闭。',
    closeOverview: '关闭总览',
    qrTitle: '用手机打开当前页面',
    qrHint: '扫描二维码或输入网址。按 Q 或 Esc 关闭。',
    jumpTo: (digits) => `跳到第 ${digits} 张……`,
    noSuchSlide: (n, total) => `没有第 ${n} 张：本章共 ${total} 张。`,
    current: '正在显示',
    next: '下一张',
    countdown: '剩余时间',
    minutes: '分钟',
    start: '开始',
    pause: '暂停',
    reset: '重置',
    timeUp: '时间到',
    blackoutOn: '屏幕已黑屏（按 B 恢复）',
    blackoutOff: '屏幕正在显示幻灯片',
    presentFromHere: '从这里开始演示',
    elapsed: '已用时间',
  },
};
