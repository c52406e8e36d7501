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
    glossaryTaughtIn: '讲解于',
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
    note: '注意',
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
  },
};
