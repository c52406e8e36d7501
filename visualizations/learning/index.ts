/**
 * "Watch it learn" as an island for the MDX registry (components/mdx/widgets.ts):
 * `<LearningCurve />` in training-and-customization. It fetches only the
 * training log of the page's language (a few kilobytes), not the weights.
 *
 * Why this file exists: the site script imports the registry, so this module
 * stays tiny — the widget itself is behind a dynamic import.
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const LearningCurve = lazyWidget(() => import('./LearningCurve'), {
  name: 'learning-curve',
  title: { en: 'Watch it learn', zh: '看着它学习' },
  minHeight: 820,
  assets: { en: ['/models/en/training-log.json'], zh: ['/models/zh/training-log.json'] },
});
