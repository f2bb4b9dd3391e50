// Work put off until the page is idle: only the newest request runs, and a cancelled one never does.
import { describe, expect, it } from 'vitest';
import { IdleTask } from '../../../client/src/core/idle.js';

function fakeIdle() {
  const queue: Array<{ run: () => void; cancelled: boolean; timeoutMs: number }> = [];
  const idle = (run: () => void, timeoutMs: number) => {
    const job = { run, cancelled: false, timeoutMs };
    queue.push(job);
    return { cancel: () => { job.cancelled = true; } };
  };
  const runAll = () => { for (const job of queue.splice(0)) if (!job.cancelled) job.run(); };
  return { idle, runAll, queue };
}

describe('IdleTask', () => {
  it('runs only the newest of the requests made before the page was idle, within its time limit', () => {
    const { idle, runAll, queue } = fakeIdle();
    const task = new IdleTask(250, idle);
    const ran: string[] = [];
    task.schedule(() => ran.push('older'));
    task.schedule(() => ran.push('newer'));
    expect(queue.map((j) => j.timeoutMs)).toEqual([250, 250]);
    runAll();
    expect(ran).toEqual(['newer']);
  });

  it('never runs what was cancelled, and takes new work after running', () => {
    const { idle, runAll } = fakeIdle();
    const task = new IdleTask(100, idle);
    const ran: string[] = [];
    task.schedule(() => ran.push('dropped'));
    task.cancel();
    runAll();
    task.schedule(() => ran.push('later'));
    runAll();
    expect(ran).toEqual(['later']);
  });
});
