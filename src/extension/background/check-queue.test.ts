import { describe, expect, it } from 'vitest';
import { CheckQueue } from './check-queue';

/** A job that runs in `pauses` steps, noting what it did, and stops early when superseded. */
function job(log: string[], name: string, pauses: number) {
  return async (superseded: () => boolean) => {
    log.push(`${name} start`);
    for (let i = 0; i < pauses; i++) {
      await Promise.resolve();
      if (superseded()) return void log.push(`${name} stopped`);
    }
    log.push(`${name} done`);
  };
}

describe('CheckQueue', () => {
  it('runs checks one at a time, in the order their sources asked', async () => {
    const q = new CheckQueue();
    const log: string[] = [];
    q.request('a', job(log, 'a', 3));
    q.request('b', job(log, 'b', 1));
    await q.idle();
    expect(log).toEqual(['a start', 'a done', 'b start', 'b done']);
  });

  it('stops a running check when a newer one of the same source is asked for, and runs the newer one', async () => {
    const q = new CheckQueue();
    const log: string[] = [];
    q.request('a', job(log, 'a1', 5));
    q.request('a', job(log, 'a2', 1));
    await q.idle();
    expect(log).toEqual(['a1 start', 'a1 stopped', 'a2 start', 'a2 done']);
  });

  it('keeps only the newest waiting check of a source, and leaves other sources alone', async () => {
    const q = new CheckQueue();
    const log: string[] = [];
    q.request('b', job(log, 'b', 2));
    q.request('a', job(log, 'a1', 1));
    q.request('a', job(log, 'a2', 1));
    q.request('c', job(log, 'c', 1));
    await q.idle();
    expect(log).toEqual(['b start', 'b done', 'a2 start', 'a2 done', 'c start', 'c done']);
  });

  it('goes on after a check that fails', async () => {
    const q = new CheckQueue();
    const log: string[] = [];
    q.request('a', () => Promise.reject(new Error('broken')));
    q.request('b', job(log, 'b', 1));
    await q.idle();
    expect(log).toEqual(['b start', 'b done']);
  });
});
