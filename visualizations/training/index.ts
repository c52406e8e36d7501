/**
 * "Train it yourself" as an island for the MDX registry (components/mdx/widgets.ts):
 * `<TrainItYourself />` in training-and-customization. The widget and its training
 * worker load only when the reader comes near; nothing is fetched before Train is
 * pressed (the site's model only for the customise task).
 */
import { lazyWidget } from '@/components/widget/lazyWidget';

export const TrainItYourself = lazyWidget(() => import('./TrainItYourself'), {
  name: 'train-it-yourself',
  title: { en: 'Train it yourself', zh: '亲手训练一个' },
  minHeight: 720,
});
