/**
 * The import-boundary rule, run through ESLint with the repository's own
 * config: if the config stops loading the rule, or the rule stops resolving
 * paths, the forbidden imports below stop failing and so does this test.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundary messages ESLint reports for `code` placed at repository path `file`. */
async function boundaryErrors(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return result.messages.filter((m) => m.ruleId === 'llmx/import-boundaries' && m.severity === 2).map((m) => m.message);
}

describe('import boundaries through the ESLint config', () => {
  it('refuses lib/ importing from components/, visualizations/, browser/ and app/', async () => {
    const code = [
      "import { WidgetFrame } from '@/components/widget/WidgetFrame';",
      "export { samples } from '../../visualizations/attention/samples';",
      "export * from '@/browser/site';",
      "export const page = () => import('@/app/layout');",
    ].join('\n');
    const errors = await boundaryErrors(code, 'lib/widgets/fixture.ts');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toContain('lib/ is shared logic and must not import from components/');
  });

  it('refuses one widget folder importing from another, by alias or relative path', async () => {
    const code = "import { samples } from '@/visualizations/attention/samples';\nimport { x } from '../attention/math';\n";
    const errors = await boundaryErrors(code, 'visualizations/heads/fixture.ts');
    expect(errors).toEqual([expect.stringContaining('visualizations/heads/ must not import from visualizations/attention/'), expect.stringContaining('visualizations/attention/')]);
  });

  it('allows the downward and in-folder imports', async () => {
    const code = [
      "import { samples } from './samples';",
      "import { WidgetFrame } from '@/components/widget/WidgetFrame';",
      "import { softmax } from '@/lib/math/attention';",
      "import { scaleLinear } from 'd3';",
    ].join('\n');
    expect(await boundaryErrors(code, 'visualizations/attention/fixture.tsx')).toEqual([]);
    expect(await boundaryErrors("import { softmax } from '../math/attention';", 'lib/model/fixture.ts')).toEqual([]);
    expect(await boundaryErrors("import { o200k } from './o200k';", 'visualizations/tokenizer/tables/fixture.ts')).toEqual([]);
    expect(await boundaryErrors("import { headGallery } from '@/visualizations/heads';", 'components/mdx/fixture.ts')).toEqual([]);
    expect(await boundaryErrors("import { registry } from '@/components/mdx/registry';", 'scripts/fixture.ts')).toEqual([]);
  });

  it('resolves relative paths that climb out of lib/', async () => {
    expect(await boundaryErrors("import { W } from '../../../components/widget/WidgetFrame';", 'lib/model/worker/fixture.ts')).toHaveLength(1);
  });
});
