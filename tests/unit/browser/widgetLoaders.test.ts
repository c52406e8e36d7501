/** The server's widget declarations and the site script's loader map name the same widgets. */
import { describe, expect, it } from 'vitest';
import { widgets } from '@/components/mdx/widgets';
import { widgetLoaders } from '@/browser/widgetLoaders';

describe('widget loaders', () => {
  it('has exactly one loader per declared widget', () => {
    const declared = Object.values(widgets)
      .map((w) => w.name)
      .sort();
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(widgetLoaders).sort()).toEqual(declared);
  });
});
