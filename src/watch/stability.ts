export type EntryKind = 'file' | 'symlink' | 'directory' | 'other';

export interface Observation {
  kind: EntryKind;
  size: number;
  mtimeMs: number;
  readable: boolean;
}

export interface ArrivalState {
  seen: Observation;
  changedAt: number;
  reported: boolean;
}

export type Verdict = { kind: 'wait'; ms: number } | { kind: 'ready' } | { kind: 'done' };

// A file that cannot be judged (empty, unreadable, never "looks complete") is handed on after this many quiet periods.
export const PATIENCE_FACTOR = 10;

// Any change in type, size or mtime is a new arrival (clock restarts, not yet reported); an unchanged file keeps its history.
export function recordObservation(state: ArrivalState | undefined, seen: Observation, now: number): ArrivalState {
  if (state && sameObservation(state.seen, seen)) return state;
  return { seen, changedAt: now, reported: false };
}

// Report only after the file has been quiet long enough; empty or unreadable files must stay quiet much longer.
export function judgeArrival(state: ArrivalState, now: number, stableMs: number): Verdict {
  if (state.reported) return { kind: 'done' };
  const needed = state.seen.size === 0 || !state.seen.readable ? stableMs * PATIENCE_FACTOR : stableMs;
  const quiet = now - state.changedAt;
  return quiet >= needed ? { kind: 'ready' } : { kind: 'wait', ms: Math.ceil(needed - quiet) };
}

// A file that never passes the content check is reported eventually, so it lands in manual review instead of being stranded.
export function hasOutwaitedPatience(state: ArrivalState, now: number, stableMs: number): boolean {
  return now - state.changedAt >= stableMs * PATIENCE_FACTOR;
}

function sameObservation(a: Observation, b: Observation): boolean {
  return a.kind === b.kind && a.size === b.size && a.mtimeMs === b.mtimeMs && a.readable === b.readable;
}
