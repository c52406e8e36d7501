/**
 * `<TrainItYourself />` in training-and-customization: its declaration (plain data).
 * The widget and its training worker load only when the reader comes near; nothing is
 * fetched before Train is pressed (the site's model only for the customise task).
 */
import { defineWidget, titleFrom } from '@/components/widget/widgetDeclaration';
import { trainingStrings } from './strings';

export const TrainItYourself = defineWidget({
  name: 'train-it-yourself',
  title: titleFrom((locale) => trainingStrings[locale].title),
  minHeight: 720,
});
