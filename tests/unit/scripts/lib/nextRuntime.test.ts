import { describe, expect, it } from 'vitest';
import { leftoverRuntime, stripNextRuntime } from '@/scripts/lib/nextRuntime';

// The shape of a page as Next 16 renders it (export and dev): the runtime's scripts,
// preloads and RSC payload around markup and stylesheets that must survive.
const page = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/css/app.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1a2b.js"/>',
  '<script src="/_next/static/chunks/main-app.js" async=""></script>',
  '<script type="module" src="/assets/site-ABC.js" data-site-script></script>',
  '</head><body><main><p>Attention <b>weights</b></p></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}"])</script>',
  '<script id="_R_">self.__next_r="abc"</script>',
  '</body></html>',
].join('');

describe('stripNextRuntime', () => {
  const stripped = stripNextRuntime(page);

  it("removes Next's scripts, preloads and payload", () => {
    expect(stripped).not.toMatch(/_next\/static\/chunks/);
    expect(stripped).not.toMatch(/__next_f|__next_r/);
    expect(leftoverRuntime(stripped)).toBeNull();
  });

  it('keeps the stylesheet, the site script and the text', () => {
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/css/app.css" data-precedence="next"/>');
    expect(stripped).toContain('<script type="module" src="/assets/site-ABC.js" data-site-script></script>');
    expect(stripped).toContain('<main><p>Attention <b>weights</b></p></main>');
  });

  it('leaves a page without a runtime unchanged', () => {
    expect(stripNextRuntime(stripped)).toBe(stripped);
  });
});

describe('leftoverRuntime', () => {
  it('names what a stripper missed', () => {
    expect(leftoverRuntime(page)).toMatch(/__next_f/);
    expect(leftoverRuntime('<script defer src="/_next/static/chunks/x.js"></script>')).toBe('a Next script (/_next/static/chunks/x.js)');
  });
});
