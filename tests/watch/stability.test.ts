import { describe, expect, it } from 'vitest';
import { hasOutwaitedPatience, judgeArrival, recordObservation, type Observation } from '../../src/watch/stability.js';

const file = (size: number, mtimeMs = 1000, readable = true): Observation => ({ kind: 'file', size, mtimeMs, readable });

describe('arrival stability', () => {
  it('waits the rest of the quiet period after the first sighting, then is ready', () => {
    const state = recordObservation(undefined, file(10), 0);
    expect(judgeArrival(state, 120, 300)).toEqual({ kind: 'wait', ms: 180 });
    expect(judgeArrival(recordObservation(state, file(10), 300), 300, 300)).toEqual({ kind: 'ready' });
  });

  it('restarts the clock when the size or the mtime changes', () => {
    const first = recordObservation(undefined, file(10), 0);
    expect(recordObservation(first, file(20), 250).changedAt).toBe(250);
    expect(recordObservation(first, file(10, 2000), 250).changedAt).toBe(250);
    expect(recordObservation(first, file(10), 250)).toBe(first);
  });

  it('keeps a reported file reported until it changes', () => {
    const state = recordObservation(undefined, file(10), 0);
    state.reported = true;
    expect(judgeArrival(recordObservation(state, file(10), 5000), 5000, 300)).toEqual({ kind: 'done' });
    expect(recordObservation(state, file(11), 5000).reported).toBe(false);
  });

  it('makes empty and unreadable files wait ten quiet periods', () => {
    for (const seen of [file(0), file(10, 1000, false)]) {
      const state = recordObservation(undefined, seen, 0);
      expect(judgeArrival(state, 2999, 300).kind).toBe('wait');
      expect(judgeArrival(state, 3000, 300)).toEqual({ kind: 'ready' });
    }
  });

  it('gives up on the content check only after ten quiet periods', () => {
    const state = recordObservation(undefined, file(10), 0);
    expect(hasOutwaitedPatience(state, 2999, 300)).toBe(false);
    expect(hasOutwaitedPatience(state, 3000, 300)).toBe(true);
  });
});
