/** `<LearningCurve />` in training-and-customization: its declaration (plain data; the code loads in the browser). */
import { defineWidget, titleFrom } from '@/components/widget/widgetDeclaration';
import { learningStrings } from './strings';

export const LearningCurve = defineWidget({
  name: 'learning-curve',
  title: titleFrom((locale) => learningStrings[locale].title),
  // the mounted widget at step 0 in a chapter at 1280 px: about 1220 px in Chinese, 1380 in English (longer samples)
  minHeight: 1220,
  assets: { en: ['/models/en/training-log.json'], zh: ['/models/zh/training-log.json'] },
});
