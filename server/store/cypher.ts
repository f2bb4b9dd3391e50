// Reads the Cypher statements in cypher/: one file per statement, named after
// what it does. Engine folders hold the dialect-specific ones; a statement
// both engines share sits at the top of cypher/.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const cache = new Map<string, string>();

export function cypher(engine: 'kuzu' | 'neo4j', name: string): string {
  const key = `${engine}/${name}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const own = join(CYPHER_DIR, engine, `${name}.cypher`);
  const shared = join(CYPHER_DIR, `${name}.cypher`);
  const path = existsSync(own) ? own : shared;
  if (!existsSync(path)) throw new Error(`No Cypher statement "${name}" for ${engine} (looked in ${own} and ${shared})`);
  const text = stripComments(readFileSync(path, 'utf8')).trim();
  cache.set(key, text);
  return text;
}

/** Drops `//` line comments at the start of a line: files open with a comment saying what they are for. */
function stripComments(text: string): string {
  return text.split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');
}
