/**
 * Chapter frontmatter: the typed shape and its validation. A bad field must stop the
 * build with a message that names the file and the field, so authors fix it at once.
 */
export interface ChapterFrontmatter {
  /** Page title and the chapter's <h1>. */
  title: string;
  /** Optional shorter label for the sidebar and prev/next links. */
  shortTitle?: string;
  /** One line, at most 160 characters: lists, <meta name="description">, link previews. */
  description: string;
  /** Position in the reading order, starting at 1. */
  order: number;
}

export const DESCRIPTION_MAX = 160;

export class FrontmatterError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: frontmatter field "${field}" ${problem}`);
    this.name = 'FrontmatterError';
  }
}

function requireString(data: Record<string, unknown>, file: string, field: string): string {
  const value = data[field];
  if (value === undefined || value === null) throw new FrontmatterError(file, field, 'is missing');
  if (typeof value !== 'string') throw new FrontmatterError(file, field, `must be text, got ${typeof value}`);
  if (value.trim() === '') throw new FrontmatterError(file, field, 'is empty');
  return value.trim();
}

const KNOWN_FIELDS = new Set(['title', 'shortTitle', 'description', 'order']);

/** Checks raw frontmatter and returns it typed, or throws a FrontmatterError. */
export function validateFrontmatter(data: Record<string, unknown>, file: string): ChapterFrontmatter {
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) throw new FrontmatterError(file, key, 'is not a known field (title, shortTitle, description, order)');
  }
  const title = requireString(data, file, 'title');
  const description = requireString(data, file, 'description');
  if (description.length > DESCRIPTION_MAX) {
    throw new FrontmatterError(file, 'description', `is ${description.length} characters; at most ${DESCRIPTION_MAX}`);
  }
  if (/\n/.test(description)) throw new FrontmatterError(file, 'description', 'must be one line');
  const order = data.order;
  if (order === undefined) throw new FrontmatterError(file, 'order', 'is missing');
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
    throw new FrontmatterError(file, 'order', `must be a whole number from 1, got ${JSON.stringify(order)}`);
  }
  const result: ChapterFrontmatter = { title, description, order };
  if (data.shortTitle !== undefined) result.shortTitle = requireString(data, file, 'shortTitle');
  return result;
}
