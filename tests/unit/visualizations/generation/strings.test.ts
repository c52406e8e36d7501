/** The cost lines write counts as the chapters do: a space before 万/亿, the measure word 次 attached to it. */
import { describe, expect, it } from 'vitest';
import { compactCount } from '@/lib/widgets/format';
import { generationStrings } from '@/visualizations/generation/strings';

const zh = generationStrings.zh;

describe('generation cost strings (zh)', () => {
  it('writes “6500 万次” after a unit and “512 次” after a bare number', () => {
    expect(zh.costStep(compactCount(512, 'zh'), compactCount(65e6, 'zh'))).toBe('这一步：有缓存 512 次，无缓存 6500 万次。');
    expect(zh.costRun(3, compactCount(1.2e8, 'zh'), '40%')).toBe('3 步下来，缓存省下了 1.2 亿次乘加（占无缓存时计算量的 40%）。');
  });
});
