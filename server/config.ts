// Settings from the environment, validated once at start so a typo fails
// loudly instead of silently falling back. Every option has a default here.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

export const ConfigSchema = z.object({
  /** Interface to listen on; loopback by default so a laptop never exposes the graph by accident. */
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  /** Folder of the embedded Kuzu database (used when NEO4J_URI is unset). */
  KG_DATA_DIR: z.string().min(1).default('./data'),
  /** Set to use Neo4j instead of the embedded store: bolt://, neo4j://, neo4j+s:// (Aura, clusters). */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  /** Database name on multi-database servers; the server's default database when unset. */
  NEO4J_DATABASE: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest page of search hits or neighbours one request may ask for. */
  KG_MAX_PAGE: z.coerce.number().int().min(1).max(10_000).default(200),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; throws an Error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid configuration: ${problems.join('; ')}`);
}
