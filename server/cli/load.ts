// kg load: documents into the configured store; exits 1 when any document failed.
import { loadConfig } from '../config.js';
import { openStore } from '../store/open.js';
import { loadPaths } from '../load/index.js';
import { readCuration } from '../load/curation.js';
import { parse, type Command } from './command.js';
import { printSummary, progressPrinter } from './progress.js';

const HELP = `Usage: kg load PATH... [--curation FILE] [--workers N]

Reads .txt, .md and .html files (directories recursively), extracts entities and
relations with their evidence, and writes them to the store. A document already
loaded with the same content is skipped; a changed one replaces its facts. Bad
documents are reported and skipped; the exit code is 1 when any failed.

Curation: the analyst's corrections (see seeds/curation.yaml) are applied at
every load. By default a folder's own curation.yaml is used; --curation FILE
names another. Editing the curation reapplies it to every document.

--workers N: extraction threads (0: none). By default loads of 50 documents or
more extract on every core while the store writes.

The store is Neo4j when NEO4J_URI is set, otherwise embedded Kuzu in KG_DATA_DIR (./data).
The embedded store allows one process at a time: stop "kg serve" before loading.`;

export const loadCommand: Command = {
  summary: 'load documents into the store',
  help: HELP,
  async run(argv) {
    const { positionals, values } = parse(argv, { curation: { type: 'string' }, workers: { type: 'string' } });
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
      console.error('kg load: --workers takes a whole number from 0 to 64');
      return 2;
    }
    if (positionals.length === 0) {
      console.error(`kg load: name at least one file or directory\n\n${HELP}`);
      return 2;
    }
    // Read the curation first: a bad rule stops the load before anything is written.
    const curation = values.curation ? await readCuration(values.curation) : undefined;
    const store = await openStore(loadConfig());
    try {
      const report = await loadPaths(store, positionals, { onProgress: progressPrinter(), curation, workers });
      printSummary(report, await store.stats());
      return report.failed.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
