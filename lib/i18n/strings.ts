/**
 * Every piece of interface text, in both languages. Components take their words from
 * here so that no label exists in one language only (the type makes both required).
 */
import type { Locale } from './locales';

export interface UiStrings {
  siteName: string;
  siteTagline: string;
  skipToContent: string;
  chapters: string;
  onThisPage: string;
  previous: string;
  next: string;
  startHere: string;
  startReading: string;
  chapterOf: (position: number, total: number) => string;
  home: string;
  glossary: string;
  glossaryIntro: string;
  /** The glossary's link-preview kicker. */
  glossaryCount: (terms: number) => string;
  /** A chapter card's reading time. */
  readingTime: (minutes: number) => string;
  /** A chapter card's list of widgets. */
  instruments: (titles: string[]) => string;
  glossaryTaughtIn: string;
  menu: string;
  closeMenu: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  themeToggle: (next: string) => string;
  languageSwitch: string;
  copyLink: string;
  copyLinkTo: (section: string) => string;
  linkCopied: string;
  whatYouWillLearn: string;
  summary: string;
  quiz: string;
  quizCheck: string;
  quizRetry: string;
  quizCorrect: string;
  quizIncorrect: string;
  quizChooseFirst: string;
  note: string;
  tip: string;
  warning: string;
  license: string;
  licenseDetail: string;
  sourceNote: string;
  notFoundTitle: string;
  notFoundBody: string;
  notFoundBack: string;
  breadcrumbs: string;
  mainNav: string;
  /** Link from a chapter to its presenter view, and its tooltip. */
  present: string;
  presentHint: string;
  /** Presenter view (app/[locale]/[slug]/present/). */
  presenterControls: string;
  slideLabel: (n: number, total: number) => string;
  slideStatus: (n: number, total: number, title: string) => string;
  previousSlide: string;
  nextSlide: string;
  fullScreen: string;
  speakerNotes: string;
  openNotes: string;
  noNotes: string;
  nextUp: string;
  lastSlide: string;
  backToChapter: string;
  presenterKeys: string;
  continuedTitle: (title: string) => string;
  /** The colon between a label and its text (full-width in Chinese). */
  colon: string;
  blackedOut: string;
  presenterTitle: (title: string) => string;
  /** Search (header button and dialog). */
  search: string;
  searchShortcut: string;
  /** Cite-or-share panel at the foot of a chapter. */
  citeOrShare: string;
  pageLink: string;
  citation: string;
  copy: string;
  copied: string;
  citationText: (title: string, chapter: number, url: string) => string;
  /** Reading progress in the sidebar. */
  progressReset: string;
  ogImageAlt: (title: string) => string;
}

/** Words used only by the site script (search dialog, update notice, progress), serialised into each page. */
export interface ClientStrings {
  searchLabel: string;
  searchPlaceholder: string;
  searchClose: string;
  searching: string;
  searchNoResults: string;
  searchFailed: string;
  searchOther: string;
  searchThis: string;
  updateReady: string;
  updateReload: string;
  updateDismiss: string;
  /** `{size}` is the download, e.g. "14.7 MB". */
  offlineAll: string;
  offlineSaving: string;
  offlineDone: string;
  offlineFailed: string;
  progressConfirm: string;
  progressVisited: string;
  progressChecks: string;
  progressSummary: string;
}

export const strings: Record<Locale, UiStrings> = {
  en: {
    siteName: 'LLMs, Explained',
    siteTagline: 'How large language models work, step by step, with the real numbers to play with.',
    skipToContent: 'Skip to content',
    chapters: 'Chapters',
    onThisPage: 'On this page',
    previous: 'Previous',
    next: 'Next',
    startHere: 'Start here',
    startReading: 'Start reading',
    chapterOf: (p, t) => `Chapter ${p} of ${t}`,
    home: 'Home',
    glossary: 'Glossary',
    glossaryIntro: 'Every term the chapters use, with a short definition and a link to the chapter that teaches it.',
    glossaryCount: (terms) => `${terms} terms, English and Chinese`,
    readingTime: (minutes) => `${minutes} min read`,
    instruments: (titles) => `Try: ${titles.join(', ')}`,
    glossaryTaughtIn: 'Taught in',
    menu: 'Menu',
    closeMenu: 'Close menu',
    theme: 'Theme',
    themeLight: 'light',
    themeDark: 'dark',
    themeToggle: (next) => `Switch to ${next} theme`,
    languageSwitch: 'Read this page in Chinese',
    copyLink: 'Copy link',
    copyLinkTo: (section) => `Copy link to section “${section}”`,
    linkCopied: 'Link copied',
    whatYouWillLearn: 'What you will learn',
    summary: 'Summary',
    quiz: 'Check yourself',
    quizCheck: 'Check answer',
    quizRetry: 'Try again',
    quizCorrect: 'Correct.',
    quizIncorrect: 'Not quite.',
    quizChooseFirst: 'Choose an answer first.',
    note: 'Note',
    tip: 'Tip',
    warning: 'Warning',
    license: 'License',
    licenseDetail: 'Text and figures under CC BY 4.0; code under the MIT License.',
    sourceNote: 'Written in English and Chinese. Works offline; no tracking.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. It may have moved, or the link may have a typo.',
    notFoundBack: 'Go to the list of chapters',
    breadcrumbs: 'Breadcrumbs',
    mainNav: 'Chapters',
    present: 'Present',
    presentHint: 'Show this chapter as slides for a class (presenter mode)',
    presenterControls: 'Presenter controls',
    slideLabel: (n, total) => `Slide ${n} of ${total}`,
    slideStatus: (n, total, title) => `Slide ${n} of ${total}: ${title}`,
    previousSlide: 'Previous slide',
    nextSlide: 'Next slide',
    fullScreen: 'Full screen',
    speakerNotes: 'Speaker notes',
    openNotes: 'Open the speaker notes in a second window',
    noNotes: 'No notes for this slide.',
    nextUp: 'Next',
    lastSlide: 'This is the last slide.',
    backToChapter: 'Back to the chapter',
    presenterKeys: 'Keys: → or Space next, ← back, Home and End, F full screen, B blackout, Esc back to the chapter.',
    continuedTitle: (title) => `${title} (continued)`,
    colon: ': ',
    blackedOut: 'Screen blacked out. Press B to show the slide again.',
    presenterTitle: (title) => `${title} (slides)`,
    search: 'Search',
    searchShortcut: 'Search (/ or Ctrl+K)',
    citeOrShare: 'Cite or share',
    pageLink: 'Link to this chapter',
    citation: 'Citation',
    copy: 'Copy',
    copied: 'Copied',
    citationText: (title, chapter, url) => `“${title}”, chapter ${chapter} of LLMs, Explained (CC BY 4.0). ${url}`,
    progressReset: 'Reset reading progress',
    ogImageAlt: (title) => `${title}: a chapter of LLMs, Explained`,
  },
  zh: {
    siteName: '图解大型语言模型',
    siteTagline: '一步步讲清大型语言模型如何工作，并用真实的数字亲手试一试。',
    skipToContent: '跳到正文',
    chapters: '章节',
    onThisPage: '本页内容',
    previous: '上一章',
    next: '下一章',
    startHere: '从这里开始',
    startReading: '开始阅读',
    chapterOf: (p, t) => `第 ${p} 章，共 ${t} 章`,
    home: '首页',
    glossary: '术语表',
    glossaryIntro: '各章用到的术语，附简短定义和讲解它的章节链接。',
    glossaryCount: (terms) => `${terms} 个术语，中英对照`,
    readingTime: (minutes) => `阅读约 ${minutes} 分钟`,
    instruments: (titles) => `可以动手：${titles.join('、')}`,
    glossaryTaughtIn: '所在章节',
    menu: '菜单',
    closeMenu: '关闭菜单',
    theme: '主题',
    themeLight: '浅色',
    themeDark: '深色',
    themeToggle: (next) => `切换到${next}主题`,
    languageSwitch: '阅读本页的英文版',
    copyLink: '复制链接',
    copyLinkTo: (section) => `复制“${section}”一节的链接`,
    linkCopied: '链接已复制',
    whatYouWillLearn: '本章你将学到',
    summary: '小结',
    quiz: '自我检测',
    quizCheck: '核对答案',
    quizRetry: '再试一次',
    quizCorrect: '回答正确。',
    quizIncorrect: '还不对。',
    quizChooseFirst: '请先选择一个答案。',
    note: '说明',
    tip: '提示',
    warning: '警告',
    license: '许可',
    licenseDetail: '文字与插图以 CC BY 4.0 许可发布；代码以 MIT 许可发布。',
    sourceNote: '中英双语撰写。可离线阅读，不做任何跟踪。',
    notFoundTitle: '页面不存在',
    notFoundBody: '这个地址上没有页面。它可能已经移动，或者链接有拼写错误。',
    notFoundBack: '前往章节列表',
    breadcrumbs: '导航路径',
    mainNav: '章节',
    present: '演示',
    presentHint: '把本章作为幻灯片在课堂上演示（演示模式）',
    presenterControls: '演示控制',
    slideLabel: (n, total) => `第 ${n} 张，共 ${total} 张`,
    slideStatus: (n, total, title) => `第 ${n} 张，共 ${total} 张：${title}`,
    previousSlide: '上一张',
    nextSlide: '下一张',
    fullScreen: '全屏',
    speakerNotes: '演讲者备注',
    openNotes: '在另一个窗口打开演讲者备注',
    noNotes: '这一张没有备注。',
    nextUp: '下一张',
    lastSlide: '这是最后一张。',
    backToChapter: '返回本章',
    presenterKeys: '按键：→ 或空格键下一张，← 上一张，Home 与 End 到首尾，F 全屏，B 黑屏，Esc 返回本章。',
    continuedTitle: (title) => `${title}（续）`,
    colon: '：',
    blackedOut: '已黑屏。按 B 键恢复显示。',
    presenterTitle: (title) => `${title}（幻灯片）`,
    search: '搜索',
    searchShortcut: '搜索（/ 或 Ctrl+K）',
    citeOrShare: '引用或分享',
    pageLink: '本章链接',
    citation: '引用格式',
    copy: '复制',
    copied: '已复制',
    citationText: (title, chapter, url) => `《图解大型语言模型》第 ${chapter} 章“${title}”（CC BY 4.0）。${url}`,
    progressReset: '清除阅读进度',
    ogImageAlt: (title) => `${title}：《图解大型语言模型》的一章`,
  },
};

export const clientStrings: Record<Locale, ClientStrings> = {
  en: {
    searchLabel: 'Search the chapters and the glossary',
    searchPlaceholder: 'Search, e.g. softmax',
    searchClose: 'Close search',
    searching: 'Searching…',
    searchNoResults: 'No results.',
    searchFailed: 'Search could not be loaded. Check your connection and try again.',
    searchOther: 'In Chinese',
    searchThis: 'In English',
    updateReady: 'A new version of this site is ready.',
    updateReload: 'Reload',
    updateDismiss: 'Later',
    offlineAll: 'Make everything available offline ({size})',
    offlineSaving: 'Saving every chapter, slide, table and the search for offline use…',
    offlineDone: 'Everything is available offline, in both languages.',
    offlineFailed: 'Could not save everything for offline use. Check your connection and try again.',
    progressConfirm: 'Forget which chapters you have visited and your self-check answers?',
    progressVisited: 'visited',
    progressChecks: '{done} of {total} self-checks right',
    progressSummary: '{visited} of {total} chapters visited',
  },
  zh: {
    searchLabel: '搜索各章与术语表',
    searchPlaceholder: '搜索，例如“注意力”',
    searchClose: '关闭搜索',
    searching: '正在搜索……',
    searchNoResults: '没有结果。',
    searchFailed: '搜索加载失败。请检查网络连接后重试。',
    searchOther: '英文内容',
    searchThis: '中文内容',
    updateReady: '本站有新版本可用。',
    updateReload: '重新加载',
    updateDismiss: '稍后',
    offlineAll: '让全部内容可离线使用（{size}）',
    offlineSaving: '正在保存全部章节、幻灯片、词表和搜索，以供离线使用……',
    offlineDone: '全部内容（中英文）已可离线使用。',
    offlineFailed: '未能保存全部内容以供离线使用。请检查网络连接后重试。',
    progressConfirm: '清除已读章节记录和自我检测答案？',
    progressVisited: '已读',
    progressChecks: '自我检测答对 {done}/{total}',
    progressSummary: '已读 {visited}/{total} 章',
  },
};
