/**
 * Compiles one MDX chapter at build time with mdx-bundler: GFM, math rendered to HTML by
 * KaTeX (no KaTeX JavaScript reaches the browser), explicit heading ids. Results are
 * cached on disk by a hash of the source and the compiler setup, so rebuilding unchanged
 * chapters skips the compile.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import { remarkHeadingIds } from './headings';
import { rehypeFailOnKatexError } from './katexErrors';
import { rehypeScrollableTabStops } from './scrollableBlocks';

/** Bump when the plugin setup changes, so cached output is rebuilt. */
const PIPELINE_VERSION = 'mdx-bundler@10.1.1 katex@0.16.47 gfm@4 math@6 ids@1';

const CACHE_DIR = path.join(process.cwd(), '.cache', 'mdx');

export interface CompiledMdx {
  /** The bundled MDX module, evaluated by `getMDXComponent`. */
  code: string;
  /** Raw frontmatter, validated by the caller. */
  frontmatter: Record<string, unknown>;
}

/** Hash of everything that decides the compiled output. */
export function mdxCacheKey(source: string): string {
  return createHash('sha256').update(PIPELINE_VERSION).update('\0').update(source).digest('hex');
}

/** Imports inside MDX would bypass the component registry; they are refused. */
function assertNoImports(source: string, file: string): void {
  let inFence = false;
  for (const line of source.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && /^(import|export)\s/.test(line)) {
      throw new Error(`${file}: MDX files may not import or export; use the tags in components/mdx/registry.tsx`);
    }
  }
}

async function compileUncached(source: string, file: string): Promise<CompiledMdx> {
  const result = await bundleMDX({
    source,
    cwd: path.dirname(path.resolve(file)),
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkMath, [remarkHeadingIds, { file }]];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        [rehypeKatex, { strict: 'error', output: 'htmlAndMathml' }],
        [rehypeFailOnKatexError, { file }],
        rehypeScrollableTabStops,
      ];
      return options;
    },
    esbuildOptions(options) {
      options.minify = true;
      options.target = 'es2020';
      return options;
    },
  });
  return { code: result.code, frontmatter: result.frontmatter as Record<string, unknown> };
}

/** Compiles `source` (read from `file`, used in messages), from the cache when possible. */
export async function compileMdx(source: string, file: string): Promise<CompiledMdx> {
  assertNoImports(source, file);
  const cacheFile = path.join(CACHE_DIR, `${mdxCacheKey(source)}.json`);
  try {
    return JSON.parse(await readFile(cacheFile, 'utf8')) as CompiledMdx;
  } catch {
    // not cached yet
  }
  const compiled = await compileUncached(source, file);
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(cacheFile, JSON.stringify(compiled));
  return compiled;
}
