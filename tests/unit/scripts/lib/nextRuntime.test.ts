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

// A glossary page as `next build` (Next 16, Turbopack) wrote it, cut down to one of each kind
// of tag: what the export keeps is written out by hand below, tag by tag.
const built = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/1k_o6feknz5lq.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0j1we3cwg31qe.js"/>',
  '<script src="/_next/static/chunks/16d9m7jc71162.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-2u1d16houkiyo.js" async=""></script>',
  '<title>Glossary · LLMs, Explained</title>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  "<script>(function(){try{var t=localStorage.getItem('llmx:theme');document.documentElement.setAttribute('data-theme',t)}catch(e){}})();</script>",
  '<script type="module" src="/assets/site-KSMYRJAS.js" data-site-script="true" data-ui="{&quot;searchLabel&quot;:&quot;Search&quot;}"></script>',
  '</head><body><article class="prose" data-pagefind-body="true"><h1>Glossary</h1><p>Softmax: weights that sum to one.</p></article>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:\\"/_next/static/chunks/3qfy96eoyh-ek.js\\""])</script>',
  '<script>self.__next_f.push([1,"[\\"$\\",\\"p\\",null,{\\"className\\":\\"glossary-source\\"}]"])</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0j1we3cwg31qe.js"]})</script>',
  '</body></html>',
].join('');

describe('stripNextRuntime on a page as next build writes it', () => {
  it('keeps the document, the stylesheet, the theme script, the site script and the text, and nothing of the runtime', () => {
    expect(stripNextRuntime(built)).toBe(
      [
        '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
        '<link rel="stylesheet" href="/_next/static/chunks/1k_o6feknz5lq.css" data-precedence="next"/>',
        '<title>Glossary · LLMs, Explained</title>',
        "<script>(function(){try{var t=localStorage.getItem('llmx:theme');document.documentElement.setAttribute('data-theme',t)}catch(e){}})();</script>",
        '<script type="module" src="/assets/site-KSMYRJAS.js" data-site-script="true" data-ui="{&quot;searchLabel&quot;:&quot;Search&quot;}"></script>',
        '</head><body><article class="prose" data-pagefind-body="true"><h1>Glossary</h1><p>Softmax: weights that sum to one.</p></article>',
        '</body></html>',
      ].join(''),
    );
    expect(leftoverRuntime(built)).toMatch(/__next_f/);
  });
});

describe('leftoverRuntime', () => {
  it('names what a stripper missed', () => {
    expect(leftoverRuntime(page)).toMatch(/__next_f/);
    expect(leftoverRuntime('<script defer src="/_next/static/chunks/x.js"></script>')).toBe('a Next script (/_next/static/chunks/x.js)');
  });
});
