/** `<PositionalEncodingExplorer />` in positional-encoding: its declaration (plain data; the code loads in the browser). */
import { modelFiles } from '@/components/widget/modelFiles';
import { defineWidget, titleFrom } from '@/components/widget/widgetDeclaration';
import { POSITION_TABLE_FILE } from '@/lib/model/positionTable';
import { positionalStrings } from './strings';

export const PositionalEncodingExplorer = defineWidget({
  name: 'positional-encoding-explorer',
  title: titleFrom((locale) => positionalStrings[locale].title),
  minHeight: 900,
  // the learned view's table only: no view runs the site's model
  assets: modelFiles(POSITION_TABLE_FILE),
});
