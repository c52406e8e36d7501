/** BothLanguages: the heading in both languages and one column a language, each marked with its language tag. */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { BothLanguages } from '@/components/layout/BothLanguages';

describe('BothLanguages', () => {
  it('marks the heading and the English and Chinese columns with their languages, English first in the markup', () => {
    const html = renderToStaticMarkup(<BothLanguages className="not-found" title={{ en: 'Lost', zh: '迷路' }} column={(locale) => <a href={`/${locale}/`}>{locale}</a>} />);
    expect(html).toContain('<main id="main" class="chooser not-found">');
    expect(html).toContain('<span lang="en">Lost</span>');
    expect(html).toContain('<span lang="zh-Hans">迷路</span>');
    expect(html).toContain('<li class="chooser-en" lang="en"><a href="/en/">en</a></li><li class="chooser-zh" lang="zh-Hans"><a href="/zh/">zh</a></li>');
  });
});
