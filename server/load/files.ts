// Turns the paths a user names into the document files to load, in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export interface PathProblem { path: string; reason: string }

/** Files under directories are found recursively; hidden files and other extensions are passed over. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; problems: PathProblem[] }> {
  const files = new Set<string>();
  const problems: PathProblem[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) for (const f of await walk(path)) files.add(f);
      else files.add(path);
    } catch (error) {
      problems.push({ path, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(error) });
    }
  }
  return { files: [...files].sort(), problems };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if ((DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}
