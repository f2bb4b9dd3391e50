// npx tsx bench/ui-trace.ts [nodes] [edges]: records a Chromium trace while a person acts on a large view
// (BENCH_ACTION=click|pan|drag|filter|layout, bench/ui-actions.ts; or apply: the view itself put on an empty page) and prints, for every main-thread task over
// 50 ms (BENCH_TASK_MS), where its time went: self time per trace event (script, style, layout, paint, …), with the
// event type of dispatched events and the page function of script. Finds what a long task is made of
// when the CPU profile shows only part of it (the browser's own rendering work is not in it).
import { actionFromEnv, plan } from './ui-actions.js';
import { functionTimes, sourceOf, startProfile } from './cpu-profile.js';
import { runDiagnostic } from './ui-diagnostic.js';
import { syntheticView } from './ui-data.js';
import { injectView } from './ui-page.js';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: { type?: string; functionName?: string; url?: string; lineNumber?: number; columnNumber?: number } } }

function label(e: TraceEvent): string {
  const d = e.args?.data;
  if (e.name === 'EventDispatch' && d?.type) return `EventDispatch ${d.type}`;
  if (e.name === 'FunctionCall' && d?.lineNumber !== undefined && d.url?.endsWith('.js')) return `FunctionCall ${d.functionName ?? ''} ${sourceOf(d.lineNumber, d.columnNumber ?? 0)}`;
  return e.name;
}

/** Self time (ms) per label of the complete events nested in `task`, on its thread. */
function breakdown(task: TraceEvent, events: TraceEvent[]): Array<[string, number]> {
  const end = task.ts + task.dur!;
  const inside = events.filter((e) => e !== task && e.tid === task.tid && e.pid === task.pid && e.ph === 'X' && e.dur !== undefined && e.ts >= task.ts && e.ts + e.dur <= end)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; child: number }> = [{ e: task, child: 0 }];
  const pop = () => {
    const top = stack.pop()!;
    self.set(label(top.e), (self.get(label(top.e)) ?? 0) + (top.e.dur! - top.child) / 1000);
    if (stack.length) stack[stack.length - 1]!.child += top.e.dur!;
  };
  for (const e of inside) {
    while (stack.length > 1 && e.ts >= stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur!) pop();
    stack.push({ e, child: 0 });
  }
  while (stack.length) pop();
  return [...self].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]);
}

void runDiagnostic(async ({ browser, nodes, edges, openPage, openLargeView }) => {
  const applying = process.env.BENCH_ACTION === 'apply';
  const action = applying ? 'apply' : actionFromEnv();
  // BENCH_TASK_MS: the task length to break down (default 50, a long task).
  const overMs = Number(process.env.BENCH_TASK_MS ?? 50);
  const page = applying ? await openPage() : await openLargeView(800);
  const act = action === 'apply' ? undefined : await plan(page, action);
  // Started first: starting the profiler is itself a long task.
  // BENCH_PROFILE=0 leaves the sampling profiler off (it slows script down by a fair share).
  const stop = process.env.BENCH_PROFILE === '0' ? undefined : await startProfile(page);
  await browser.startTracing(page, { categories: (process.env.BENCH_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc,gpu,v8.execute,toplevel').split(',') });
  if (act) await act();
  else await injectView(page, syntheticView(nodes, edges));
  await page.waitForTimeout(1500);
  const profile = await stop?.();
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // BENCH_CPU=1: only tasks whose own CPU time is over BENCH_TASK_MS (not the ones long because the thread waited).
  const cpu = process.env.BENCH_CPU === '1';
  const tasks = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && ((cpu ? e.tdur : undefined) ?? e.dur ?? 0) > overMs * 1000
    && e.name === 'ThreadControllerImpl::RunTask');
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  for (const task of tasks) {
    console.log(`task at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(1)} ms (the thread's own CPU time ${((task.tdur ?? task.dur!) / 1000).toFixed(1)} ms)`);
    for (const [name, ms] of breakdown(task, events).slice(0, 14)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    if (!profile) continue;
    const script = functionTimes(profile, task.ts, task.ts + task.dur!);
    console.log('  script, inclusive:');
    for (const [name, ms] of script.inclusive.slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    console.log('  script, self:');
    for (const [name, ms] of script.self.slice(0, 12)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
  if (!tasks.length) console.log(`no main-thread task over ${overMs} ms after ${action}`);
});
