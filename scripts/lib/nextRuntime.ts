/**
 * Removes Next's client runtime from a rendered page. Next is used here as an HTML
 * renderer only: readers get static text, the site script and widget islands, never
 * React hydrating the document. The export (scripts/build/finish-export.ts) and the
 * development server (scripts/dev/dev.ts) both pass every page through this one function, so
 * what a writer sees in `npm run dev` is what a reader gets.
 *
 * What goes: Next's `<script src="/_next/…">` tags, its script preloads, the inline
 * React Server Components payload (`self.__next_f`) and the `_R_` bootstrap script.
 * Stylesheets under /_next/ stay: the page needs them.
 */

/** Removes Next's runtime from one page; returns the new HTML. */
export function stripNextRuntime(html: string): string {
  return html
    .replace(/<script[^>]*\ssrc="\/_next\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<link[^>]*\shref="\/_next\/[^"]*\.js"[^>]*\/?>/g, '')
    .replace(/<script>\s*\(self\.__next_f\s*=[\s\S]*?<\/script>/g, '')
    .replace(/<script>\s*self\.__next_f\.push[\s\S]*?<\/script>/g, '')
    .replace(/<script id="_R_">[\s\S]*?<\/script>/g, '');
}

/**
 * What of Next's runtime is still in a stripped page: a description, or null when nothing.
 * A Next upgrade that renames its markup makes this fail loudly instead of shipping the
 * framework unnoticed.
 */
export function leftoverRuntime(html: string): string | null {
  if (/self\.__next_f/.test(html)) return 'the inline React Server Components payload (self.__next_f)';
  const script = /<script[^>]*\ssrc="(\/_next\/[^"]*\.js)"/.exec(html) ?? /\/_next\/static\/chunks\/[^"]*\.js/.exec(html);
  if (script) return `a Next script (${script[1] ?? script[0]})`;
  return null;
}
