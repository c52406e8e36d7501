/**
 * The site's one script: enhances the static page (theme, menu, language switch, copy
 * links, self-checks) and mounts widgets when they come near. Loaded as a module, so it
 * runs after the HTML is parsed.
 */
import { enhanceChrome } from './chrome';
import { mountIslands } from './islands';
import { enhanceQuizzes } from './quiz';

enhanceChrome();
enhanceQuizzes();
mountIslands();
