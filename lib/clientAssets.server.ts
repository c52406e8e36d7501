/**
 * Where the site script lives. scripts/build/build-client.ts bundles browser/site.ts into
 * public/assets/ under a content-hashed name and records it in a manifest; pages read
 * the manifest at build time to reference the current file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ClientManifest {
  /** URL of the site script, e.g. '/assets/site-AB12CD.js'. */
  site: string;
}

export function clientManifest(): ClientManifest {
  const file = path.join(process.cwd(), 'public', 'assets', 'manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ClientManifest;
  } catch {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run build:client\` (npm run build and npm run dev do it for you)`);
  }
}
