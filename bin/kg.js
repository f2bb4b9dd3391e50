#!/usr/bin/env node
// The `kg` command: registers the TypeScript loader, then hands over to server/cli.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli.ts');
process.exitCode = await main(process.argv.slice(2));
