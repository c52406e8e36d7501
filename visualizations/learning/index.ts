/** `<LearningCurve />` in training-and-customization: its declaration (plain data; the code loads in the browser). */
import { defineWidget, titleFrom } from '@/components/widget/widgetDeclaration';
import { learningStrings } from './strings';

export const LearningCurve = defineWidget({
  name: 'learning-curve',
  title: titleFrom((locale) => learningStrings[locale].title),
  minHeight: 820,
  assets: { en: ['/models/en/training-log.json'], zh: ['/models/zh/training-log.json'] },
});
