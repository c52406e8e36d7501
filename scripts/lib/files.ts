import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir` (full paths), depth first. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
