// kg extract: the automatic extraction alone (no store, no curation), in the
// format of docs/extraction-format.md with --json.
import { readDocument } from '../ingest/read.js';
import { extractDocument } from '../ingest/index.js';
import type { ExtractedDocument } from '../ingest/format.js';
import { expandPaths } from '../load/files.js';
import { parse, type Command } from './command.js';

const HELP = `Usage: kg extract PATH... [--json]

Extracts entities and relations from documents without loading them.
  --json   print {"documents": [...]} on stdout (the extraction format)
Without --json, prints a short summary per document. Bad documents are
reported on stderr and skipped; the exit code is 1 when any failed.`;

export const extractCommand: Command = {
  summary: 'print the entities and relations extracted from documents',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } });
    if (positionals.length === 0) {
      console.error(`kg extract: name at least one file or directory\n\n${HELP}`);
      return 2;
    }
    const { files, problems } = await expandPaths(positionals);
    const documents: ExtractedDocument[] = [];
    for (const file of files) {
      try {
        const source = await readDocument(file);
        documents.push(extractDocument({ id: source.id, text: source.text, title: source.title, published: source.published }));
      } catch (error) {
        problems.push({ path: file, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    for (const p of problems) console.error(`kg extract: skipped ${p.path}: ${p.reason}`);
    if (values.json) process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
    else for (const d of documents) console.log(`${d.id}: ${d.entities.length} entities, ${d.relations.length} relations`);
    return problems.length > 0 ? 1 : 0;
  },
};
