// Entry of an extraction worker thread (see pool.ts). Worker threads start as
// plain Node without the parent's TypeScript loader, so this file, plain
// JavaScript, registers tsx first and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
