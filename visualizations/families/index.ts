/** `<FamiliesExplorer />` in model-families: its declaration (plain data; the code loads in the browser). */
import { defineWidget, titleFrom } from '@/components/widget/widgetDeclaration';
import { familiesStrings } from './strings';

export const FamiliesExplorer = defineWidget({
  name: 'families-explorer',
  title: titleFrom((locale) => familiesStrings[locale].title),
  minHeight: 760,
});
