// Where the project's own folders are, whatever the working directory.
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
export const CLIENT_DIR = fileURLToPath(new URL('../../client/', import.meta.url));
export const CLIENT_DIST = fileURLToPath(new URL('../../dist/client/', import.meta.url));
