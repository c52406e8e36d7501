/** Quiz text notation: single-letter subscripts and superscripts become real ones; words stay. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { withNotation } from '@/components/mdx/notation';

const html = (text: string) => renderToStaticMarkup(<>{withNotation(text)}</>);

describe('withNotation', () => {
  it('typesets d_k, W^Q, d_{model} and e^5', () => {
    expect(html('width d_k and W^Q, W^K')).toBe('width d<sub>k</sub> and W<sup>Q</sup>, W<sup>K</sup>');
    expect(html('d_{model} over e^5')).toBe('d<sub>model</sub> over e<sup>5</sup>');
  });
  it('leaves words with underscores and plain text alone', () => {
    expect(html('top_k sampling')).toBe('top_k sampling');
    expect(html('no notation here')).toBe('no notation here');
  });
});
