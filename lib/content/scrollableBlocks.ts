/**
 * Display formulas and code blocks may be wider than the column and scroll sideways;
 * a region that scrolls must be reachable by keyboard. This rehype step gives every such
 * block a tab stop in the server's markup, so the page is right before any script runs;
 * the site script (browser/chrome.ts) then removes the stop from the blocks that turn out
 * to fit once the browser lays them out. (Tables get theirs in the MDX registry.)
 */
import type { Root, RootContent } from 'hast';

const SCROLLING = ['katex-display'];

export function rehypeScrollableTabStops() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'element') {
        const className = node.properties?.className;
        const classes = Array.isArray(className) ? className.map(String) : [];
        if (node.tagName === 'pre' || classes.some((c) => SCROLLING.includes(c))) node.properties = { ...node.properties, tabIndex: 0 };
      }
      if ('children' in node) for (const child of node.children) visit(child as RootContent);
    };
    visit(tree);
  };
}
