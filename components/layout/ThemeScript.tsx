/**
 * Sets the theme before the first paint, from the reader's saved choice or the system
 * setting, so the page never flashes the wrong colours. Inline because it must run
 * before any stylesheet is applied to the body.
 */
import { THEME_ATTRIBUTE } from '@/lib/markup/chrome';
import { THEME_KEY } from '@/lib/markup/themeKey';

const script = `(function(){try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.setAttribute('${THEME_ATTRIBUTE}',t)}catch(e){document.documentElement.setAttribute('${THEME_ATTRIBUTE}','light')}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
