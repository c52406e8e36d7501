/**
 * Links to one widget's view. Each widget instance on a page has an id (its slot's id,
 * e.g. `attention-explorer`), and its URL parameters are written under that id
 * (`?attention-explorer.layer=2`), so two widgets on one page never read each other's
 * parameters. A copied link holds only that widget's parameters and its id as the anchor,
 * and always points at the chapter, also when copied from the chapter's slides.
 */

/** The query-string prefix of an instance's parameters. */
export const paramPrefix = (instanceId: string): string => `${instanceId}.`;

/** The parameters of one instance, without their prefix. */
export function scopedParams(search: URLSearchParams, instanceId: string): URLSearchParams {
  const prefix = paramPrefix(instanceId);
  const scoped = new URLSearchParams();
  for (const [key, value] of search) if (key.startsWith(prefix)) scoped.append(key.slice(prefix.length), value);
  return scoped;
}

/** `search` with the instance's parameters replaced by `scoped`; everything else kept in order. */
export function withScopedParams(search: URLSearchParams, instanceId: string, scoped: URLSearchParams): URLSearchParams {
  const prefix = paramPrefix(instanceId);
  const next = new URLSearchParams();
  for (const [key, value] of search) if (!key.startsWith(prefix)) next.append(key, value);
  for (const [key, value] of scoped) next.append(prefix + key, value);
  return next;
}

/** The chapter page a page belongs to: a chapter's slides (`…/present/`) link to the chapter. */
export function chapterPath(pathname: string): string {
  return pathname.replace(/\/present\/?$/, '/');
}

/** The link to an instance's current view, from the page's address. */
export function widgetLink(href: string, instanceId: string): string {
  const url = new URL(href);
  const own = withScopedParams(new URLSearchParams(), instanceId, scopedParams(url.searchParams, instanceId));
  const search = own.toString();
  return `${url.origin}${chapterPath(url.pathname)}${search ? `?${search}` : ''}#${instanceId}`;
}

/** The instance a page's address points at: the anchor, or else the first instance with parameters in the query. */
export function linkedInstance(href: string, instanceIds: string[]): string | null {
  const url = new URL(href);
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (instanceIds.includes(anchor)) return anchor;
  return instanceIds.find((id) => [...url.searchParams.keys()].some((key) => key.startsWith(paramPrefix(id)))) ?? null;
}
