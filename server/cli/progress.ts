// Load progress for people: a bar on a terminal, plain lines in logs and CI.
import type { LoadProgress, LoadReport } from '../load/index.js';
import type { StoreStats } from '../store/port.js';

export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  return (p: LoadProgress) => {
    if (!stream.isTTY) {
      if (p.status === 'failed' || p.total <= 50 || p.done % 100 === 0 || p.done === p.total) {
        stream.write(`[${p.done}/${p.total}] ${p.status} ${p.file}\n`);
      }
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    const rate = p.done / Math.max(seconds, 0.001);
    const left = rate > 0 ? (p.total - p.done) / rate : 0;
    const width = 24;
    const filled = Math.round((p.done / Math.max(p.total, 1)) * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    stream.write(`\r[${bar}] ${p.done}/${p.total} docs, ${p.relations} relations, ${rate.toFixed(1)} docs/s, ${left.toFixed(0)}s left `);
    if (p.done === p.total) stream.write('\n');
  };
}

export function printSummary(report: LoadReport, stats: StoreStats, out: (line: string) => void = console.log) {
  out(`loaded ${report.loaded.length} document(s), ${report.unchanged.length} unchanged, ${report.failed.length} failed in ${report.seconds.toFixed(1)}s`);
  out(`store now holds ${stats.documents} documents, ${stats.entities} entities, ${stats.relations} relations`);
  for (const f of report.failed) out(`  failed: ${f.path}: ${f.reason}`);
  for (const w of report.warnings) out(`  warning: ${w}`);
}
