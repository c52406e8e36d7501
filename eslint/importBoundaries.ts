/**
 * The import direction of the source tree, as an ESLint rule.
 *
 * The tree is layered: app/ renders routes with components/ and the widgets'
 * declarations; visualizations/ holds one folder per widget, built from
 * components/widget and lib/; browser/ is the site script that mounts them;
 * lib/ is shared logic that knows nothing of any of these. Two edges are
 * refused:
 *
 * - from lib/ up into components/, visualizations/, browser/ or app/;
 * - from one widget's folder (visualizations/<a>/) into another's
 *   (visualizations/<b>/): what two widgets share belongs in components/widget
 *   (React) or lib/ (pure code).
 *
 * Both `@/…` and relative specifiers are resolved against the importing file,
 * so `../heads/x` is caught as surely as `@/visualizations/heads/x`. Static
 * imports, re-exports and `import()` with a literal path all count.
 */
import path from 'node:path';
import type { Rule } from 'eslint';
import type { Node } from 'estree';

/** Top-level folders that lib/ must not import from. */
const ABOVE_LIB = ['components', 'visualizations', 'browser', 'app'];

/**
 * The repository-relative path an import specifier points at, or null for a
 * package import. `importer` is the repository-relative path of the importing file.
 */
export function resolveSpecifier(specifier: string, importer: string): string | null {
  if (specifier.startsWith('@/')) return path.posix.normalize(specifier.slice(2));
  if (specifier.startsWith('./') || specifier.startsWith('../')) {
    return path.posix.normalize(path.posix.join(path.posix.dirname(importer), specifier));
  }
  return null;
}

/**
 * Why an import from `importer` to `target` (both repository-relative) breaks
 * the layering, or null when it is allowed.
 */
export function boundaryViolation(importer: string, target: string): string | null {
  const [fromTop, fromWidget] = importer.split('/');
  const [toTop, toWidget] = target.split('/');
  if (fromTop === 'lib' && ABOVE_LIB.includes(toTop)) {
    return `lib/ is shared logic and must not import from ${toTop}/`;
  }
  if (fromTop === 'visualizations' && toTop === 'visualizations' && toWidget && fromWidget !== toWidget) {
    return `the widget folder visualizations/${fromWidget}/ must not import from visualizations/${toWidget}/; move what both need to components/widget/ or lib/`;
  }
  return null;
}

export const importBoundaries: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep lib/ below the UI and widget folders apart from each other.' },
    schema: [],
    messages: { crossed: 'Import of "{{specifier}}": {{reason}}.' },
  },
  create(context) {
    const importer = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    if (importer.startsWith('..')) return {};

    function check(source: Node | null | undefined) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveSpecifier(source.value, importer);
      if (target === null) return;
      const reason = boundaryViolation(importer, target);
      if (reason) context.report({ node: source, messageId: 'crossed', data: { specifier: source.value, reason } });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'import-boundaries': importBoundaries } };
