/**
 * A chain-link icon drawn as SVG, for the widgets' "copy a link to this view" button.
 * Drawn rather than an emoji, because many systems (and headless Chromium) have no
 * emoji font and would show an empty box.
 */
export function LinkIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" style={{ display: 'block' }}>
      <path d="M6.2 9.8l3.6-3.6" />
      <path d="M7.1 4.6l1.3-1.3a2.6 2.6 0 013.7 3.7l-1.3 1.3" />
      <path d="M8.9 11.4l-1.3 1.3a2.6 2.6 0 01-3.7-3.7l1.3-1.3" />
    </svg>
  );
}
