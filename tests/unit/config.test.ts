import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadConfig } from '../../server/config.js';

describe('configuration', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, KG_DATA_DIR: './data' });
    expect(DEFAULT_LIMITS).toMatchObject({ maxHops: 6, maxPaths: 10, queryRows: { default: 1000 }, queryTimeoutMs: { default: 5000 } });
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', KG_MAX_HOPS: '0', NEO4J_URI: 'not a uri' })).toThrow(/PORT.*KG_MAX_HOPS.*NEO4J_URI|PORT/);
    try {
      loadConfig({ PORT: 'eighty', KG_MAX_HOPS: '0' });
    } catch (error) {
      expect(String(error)).toContain('PORT');
      expect(String(error)).toContain('KG_MAX_HOPS');
    }
  });

  it('refuses a default above its maximum', () => {
    expect(() => loadConfig({ KG_QUERY_ROWS: '500', KG_QUERY_MAX_ROWS: '100' })).toThrow(/KG_QUERY_ROWS/);
  });

  it('ignores empty variables, as shells leave them', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });
});
