/**
 * rehype-katex only records a message when a formula fails to parse and renders it in
 * red. A broken formula must fail the build instead, naming the file and the formula.
 */
import type { Element, Root, RootContent } from 'hast';

function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as RootContent)).join('');
  return '';
}

export function rehypeFailOnKatexError(options: { file?: string } = {}) {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'element') {
        const className = node.properties?.className;
        const classes = Array.isArray(className) ? className.map(String) : [];
        if (classes.includes('katex-error')) {
          const title = typeof node.properties?.title === 'string' ? node.properties.title : 'KaTeX error';
          throw new Error(`${options.file ?? 'MDX'}: math does not render: ${title} in "${textOf(node)}"`);
        }
      }
      if ('children' in node) for (const child of node.children) visit(child as RootContent);
    };
    visit(tree);
  };
}
