// `kg`: serve the explorer, load documents, print extractions. Each command
// lives in server/cli/; this file only dispatches and prints help.
import { serveCommand } from './cli/serve.js';
import { loadCommand } from './cli/load.js';
import { extractCommand } from './cli/extract.js';
import { exportCommand } from './cli/export.js';
import type { Command } from './cli/command.js';

const COMMANDS: Record<string, Command> = { serve: serveCommand, load: loadCommand, extract: extractCommand, export: exportCommand };

const USAGE = `kg: a knowledge-graph explorer for documents

Usage: kg <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)}${c.summary}`).join('\n')}

Run "kg <command> --help" for a command's options.
The store is Neo4j when NEO4J_URI is set, otherwise embedded Kuzu in KG_DATA_DIR (./data).`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`kg: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    console.error(`kg ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
