/**
 * Explicit heading ids. Every `##`/`###` heading in a chapter ends with an MDX comment
 * that holds its id, e.g. `{/ *some-id* /}` without the spaces (so it renders nothing). The same id in both languages keeps links and
 * the language switch on the same section; `rehype-slug` would give Chinese headings
 * unstable, unreadable ids.
 */
import type { Heading, Root, RootContent, Text } from 'mdast';

export interface HeadingInfo {
  /** 2 for `##`, 3 for `###`. */
  depth: 2 | 3;
  /** The explicit id written in the heading's trailing MDX comment. */
  id: string;
  /** Heading text with Markdown markers removed, for the table of contents. */
  text: string;
}

export const HEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_COMMENT = /^\s*\/\*\s*(\S+?)\s*\*\/\s*$/;
const HEADING_LINE = /^(#{2,3})\s+(.*?)\s*\{\/\*\s*(\S+?)\s*\*\/\}\s*$/;

/** Removes inline Markdown markers so a heading reads as plain text. */
export function plainHeadingText(markdown: string): string {
  return markdown
    .replace(/\$([^$]*)\$/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\*([^*]*)\*/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

/** Strips fenced code blocks so that `##` inside code is not taken for a heading. */
function withoutCodeFences(source: string): string[] {
  const lines = source.split('\n');
  let fence: string | null = null;
  return lines.map((line) => {
    const match = /^\s*(`{3,}|~{3,})/.exec(line);
    if (match) {
      if (fence === null) fence = match[1];
      else if (match[1].startsWith(fence)) fence = null;
      return '';
    }
    return fence === null ? line : '';
  });
}

/** Lists the `##`/`###` headings of an MDX source; headings without an explicit id get id ''. */
export function extractHeadings(source: string): HeadingInfo[] {
  const headings: HeadingInfo[] = [];
  for (const line of withoutCodeFences(source)) {
    if (!/^#{2,3}\s/.test(line)) continue;
    const depth = line.startsWith('###') ? 3 : 2;
    const match = HEADING_LINE.exec(line);
    if (match) headings.push({ depth, id: match[3], text: plainHeadingText(match[2]) });
    else headings.push({ depth, id: '', text: plainHeadingText(line.replace(/^#+\s*/, '')) });
  }
  return headings;
}

/** The value of an inline MDX expression node (`{...}`), or null for any other node. */
function expressionValue(node: RootContent | undefined): string | null {
  const raw = node as { type?: string; value?: unknown } | undefined;
  return raw?.type === 'mdxTextExpression' && typeof raw.value === 'string' ? raw.value : null;
}

/** Remark plugin: moves the id comment at the end of a heading into the heading's `id`. */
export function remarkHeadingIds(options: { file?: string } = {}) {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'heading') {
        applyId(node, options.file ?? 'MDX');
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child as RootContent);
    };
    visit(tree);
  };
}

function applyId(heading: Heading, file: string): void {
  const last = heading.children[heading.children.length - 1];
  const expression = expressionValue(last);
  const match = expression === null ? null : ID_COMMENT.exec(expression);
  if (!match) {
    if (heading.depth === 2 || heading.depth === 3) {
      const text = heading.children.map((c) => ('value' in c ? String((c as { value: unknown }).value) : '')).join('');
      throw new Error(`${file}: heading "${text.trim()}" needs an explicit id: end it with {/*some-id*/}`);
    }
    return;
  }
  const id = match[1];
  if (!HEADING_ID.test(id)) throw new Error(`${file}: heading id "${id}" must be lowercase words joined by "-"`);
  heading.children.pop();
  const tail = heading.children[heading.children.length - 1];
  if (tail?.type === 'text') (tail as Text).value = (tail as Text).value.replace(/\s+$/, '');
  const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
  heading.data = { ...data, hProperties: { ...(data.hProperties ?? {}), id } } as Heading['data'];
}
