import { describe, expect, it } from 'vitest';
import { findInterruptions } from '../../src/report/service-downtime.js';
import type { ServiceRun } from '../../src/store/service-runs.js';
import { at } from '../helpers/mail-fixtures.js';

const since = at('2026-11-25T17:00');
const until = at('2026-11-26T06:00');

function run(startedAt: string, heartbeatAt: string, stoppedAt?: string): ServiceRun {
  return { runId: 0, pid: 1, startedAt: at(startedAt), heartbeatAt: at(heartbeatAt), stoppedAt: stoppedAt ? at(stoppedAt) : undefined };
}

describe('service down-time in the report', () => {
  it('is none while one run beats through the whole period', () => {
    expect(findInterruptions([run('2026-11-20T08:00', '2026-11-26T05:59')], since, until)).toEqual([]);
  });

  it('ignores a stop and start within three minutes but reports a longer stop', () => {
    const quick = [run('2026-11-20T08:00', '2026-11-26T01:00', '2026-11-26T01:00'), run('2026-11-26T01:02', '2026-11-26T05:59')];
    expect(findInterruptions(quick, since, until)).toEqual([]);
    const long = [run('2026-11-20T08:00', '2026-11-26T01:00', '2026-11-26T01:00'), run('2026-11-26T01:10', '2026-11-26T05:59')];
    expect(findInterruptions(long, since, until)).toEqual([{ from: at('2026-11-26T01:00'), to: at('2026-11-26T01:10'), crashed: false }]);
  });

  it('reports a crash (heartbeats stopped without a stop time) even when the restart was quick', () => {
    const runs = [run('2026-11-20T08:00', '2026-11-26T01:00'), run('2026-11-26T01:01', '2026-11-26T05:59')];
    expect(findInterruptions(runs, since, until)).toEqual([{ from: at('2026-11-26T01:00'), to: at('2026-11-26T01:01'), crashed: true }]);
  });

  it('reports a service still down at the end of the period, and nothing that ended before it began', () => {
    const runs = [run('2026-11-20T08:00', '2026-11-24T01:00', '2026-11-24T01:00'), run('2026-11-24T02:00', '2026-11-26T03:00', '2026-11-26T03:00')];
    expect(findInterruptions(runs, since, until)).toEqual([{ from: at('2026-11-26T03:00'), to: undefined, crashed: false }]);
  });
});
