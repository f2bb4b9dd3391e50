// npx tsx bench/ui-tasks.ts [nodes] [edges]: for each action a person takes on a large view (BENCH_ACTIONS,
// default click,pan,drag,filter; the others in bench/ui-actions.ts), BENCH_RUNS times on a fresh page left BENCH_SETTLE_MS (800) to settle: the page's main-thread
// tasks longer than a frame (16.7 ms), read from a light Chromium trace ('toplevel' only, no sampling profiler),
// and the frames that came late (gaps over 20 ms between animation frames). The Long Tasks API in the page
// sees only tasks over 50 ms; a frame is a third of that. Each run also sums all the main thread's tasks.
import { plan, settled, toAction } from './ui-actions.js';
import { runDiagnostic } from './ui-diagnostic.js';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; /** The thread's own CPU time in the event. */ tdur?: number; pid: number; tid: number; args?: { name?: string } }

const FRAME_MS = 1000 / 60;

void runDiagnostic(async ({ browser, nodes, edges, openLargeView }) => {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const actions = (process.env.BENCH_ACTIONS ?? 'click,pan,drag,filter').split(',').map(toAction);
  for (const action of actions) {
    const rows: string[] = [];
    let over = 0;
    let worst = 0;
    let late = 0;
    let busyTotal = 0;
    let cpuOver = 0;
    const cpuTimes: string[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await openLargeView(Number(process.env.BENCH_SETTLE_MS ?? 800));
      const act = await plan(page, action);
      await browser.startTracing(page, { categories: ['toplevel'] });
      await page.evaluate(() => {
        const w = window as unknown as { __gaps: number[] };
        w.__gaps = [];
        let last = performance.now();
        const tick = (now: number) => { w.__gaps.push(now - last); last = now; if (w.__gaps.length < 400) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      });
      await act();
      // Until the screen shows the result (an expansion's layout and fit take longer than a click), and 1.5 s more.
      await settled(page);
      await page.waitForTimeout(1500);
      const gaps = await page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps.slice(1));
      const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
      const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      // The trace spans the action and the 1.5 s after it (and the few ms before, hooking the frames).
      const runTasks = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.name === 'ThreadControllerImpl::RunTask');
      const all = runTasks.map((e) => (e.dur ?? 0) / 1000);
      const long = runTasks.filter((e) => (e.dur ?? 0) / 1000 > FRAME_MS);
      const tasks = long.map((e) => e.dur! / 1000);
      // Of those, the ones whose own CPU time was over a frame too: the rest were long because the thread was
      // made to wait (2 cores shared with the browser's compositor and raster threads, the server and this bench).
      const cpuMs = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
      cpuOver += long.filter((e) => cpuMs(e) > FRAME_MS).length;
      const start = Math.min(...runTasks.map((e) => e.ts));
      cpuTimes.push(...long.map((e) => `${cpuMs(e).toFixed(1)} (at ${Math.round((e.ts - start) / 1000)} ms)`));
      // All the main thread's work in the trace: less at the mercy of where a frame's boundary falls than the count over a frame.
      const busy = all.reduce((sum, ms) => sum + ms, 0);
      busyTotal += busy;
      const lateFrames = gaps.filter((g) => g > 20).map(Math.round);
      over += tasks.length;
      worst = Math.max(worst, ...tasks, 0);
      late += lateFrames.length;
      rows.push(`run ${run}: ${tasks.length ? `tasks over a frame ${tasks.map((t) => t.toFixed(1)).join(', ')} ms` : 'no task over a frame'}; late frames ${lateFrames.length ? lateFrames.join(', ') : 'none'} (worst gap ${Math.round(Math.max(...gaps))} ms); main thread busy ${Math.round(busy)} ms`);
      await page.close();
    }
    console.log(`${nodes}/${edges} ${action}: ${over} tasks over a frame in ${runs} runs (longest ${worst.toFixed(1)} ms; ${cpuOver} of them over a frame in the thread's own CPU time${cpuTimes.length ? `: ${cpuTimes.join(', ')} ms` : ''}), ${late} late frames, main thread busy ${Math.round(busyTotal / runs)} ms a run`);
    for (const row of rows) console.log(`  ${row}`);
  }
});
