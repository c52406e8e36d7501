/** localStorage key of the reader's theme choice, shared by the inline theme script and the toggle. */
export const THEME_KEY = 'llmx:theme';
