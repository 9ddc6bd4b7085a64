import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { errnoCode, observeEntry } from './observe-entry.js';
import { hasOutwaitedPatience, judgeArrival, recordObservation, type ArrivalState } from './stability.js';

export interface ArrivalHandlers {
  stableMs: number;
  looksComplete?: (file: string) => Promise<boolean>;
  report: (file: string) => Promise<void>;
  fail: (error: unknown, event: string) => void;
}

interface Tracked {
  state?: ArrivalState;
  timer?: NodeJS.Timeout;
  checking: boolean;
}

const SETTLE_MS = 50;
const GONE = new Set(['ENOENT', 'ENOTDIR']);
const NOT_YET = new Set(['EACCES', 'EPERM', 'EBUSY']);
const RETRY = new Set(['EBUSY', 'ELOOP']);

// One timer and one history per path: decides when an arrival is complete and reports it exactly once.
export class ArrivalTracker {
  private readonly tracked = new Map<string, Tracked>();
  private closed = false;

  constructor(private readonly handlers: ArrivalHandlers) {}

  // Something happened at the path (event, rescan, vanished): look again shortly; the check itself decides.
  touch(file: string): void {
    if (this.closed) return;
    let entry = this.tracked.get(file);
    if (!entry) this.tracked.set(file, (entry = { checking: false }));
    this.schedule(file, entry, Math.min(SETTLE_MS, this.handlers.stableMs));
  }

  // Paths we still hold but a listing no longer shows are checked once more (and forgotten if really gone).
  recheckMissing(folder: string, present: Set<string>): void {
    for (const file of this.tracked.keys()) if (path.dirname(file) === folder && !present.has(file)) this.touch(file);
  }

  // Files seen but not yet reported: for health checks and tests.
  pending(): number {
    return [...this.tracked.values()].filter((entry) => !entry.state?.reported).length;
  }

  // After close no timer is left and no late check may report anything.
  close(): void {
    this.closed = true;
    for (const entry of this.tracked.values()) clearTimeout(entry.timer);
    this.tracked.clear();
  }

  private schedule(file: string, entry: Tracked, ms: number): void {
    clearTimeout(entry.timer);
    if (!this.isCurrent(file, entry)) return;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.check(file, entry);
    }, ms);
  }

  private forget(file: string, entry: Tracked): void {
    if (this.tracked.get(file) !== entry) return;
    clearTimeout(entry.timer);
    this.tracked.delete(file);
  }

  private isCurrent(file: string, entry: Tracked): boolean {
    return !this.closed && this.tracked.get(file) === entry;
  }

  private async check(file: string, entry: Tracked): Promise<void> {
    if (entry.checking) return this.schedule(file, entry, SETTLE_MS);
    entry.checking = true;
    try {
      await this.inspect(file, entry);
    } catch (error) {
      this.handlers.fail(error, 'check');
    } finally {
      entry.checking = false;
    }
  }

  private async inspect(file: string, entry: Tracked): Promise<void> {
    const state = await this.observe(file, entry);
    if (!state) return;
    const verdict = judgeArrival(state, performance.now(), this.handlers.stableMs);
    if (verdict.kind === 'wait') this.schedule(file, entry, verdict.ms);
    if (verdict.kind !== 'ready') return;
    if (state.seen.kind === 'other') {
      state.reported = true;
      this.handlers.fail(new Error('not a regular file, symlink or folder: left in place'), 'unsupported-entry');
      return;
    }
    if (!(await this.confirm(file, entry, state))) return;
    if (!this.isCurrent(file, entry) || entry.state !== state || state.reported) return;
    state.reported = true;
    await this.handlers.report(file);
  }

  private async observe(file: string, entry: Tracked): Promise<ArrivalState | undefined> {
    try {
      const seen = await observeEntry(file);
      if (!this.isCurrent(file, entry)) return undefined;
      if (seen.kind === 'directory') {
        this.forget(file, entry);
        return undefined;
      }
      entry.state = recordObservation(entry.state, seen, performance.now());
      return entry.state;
    } catch (error) {
      if (!this.isCurrent(file, entry)) return undefined;
      const code = errnoCode(error);
      if (code && GONE.has(code)) this.forget(file, entry);
      else if (code && RETRY.has(code)) this.schedule(file, entry, this.handlers.stableMs);
      else this.handlers.fail(error, 'stat');
      return undefined;
    }
  }

  // The optional content check, then one more look: the file must not have changed while it was being read.
  private async confirm(file: string, entry: Tracked, state: ArrivalState): Promise<boolean> {
    const { looksComplete, stableMs } = this.handlers;
    if (!looksComplete || state.seen.kind !== 'file' || !state.seen.readable) return true;
    let complete = false;
    try {
      complete = await looksComplete(file);
    } catch (error) {
      const code = errnoCode(error);
      if (code && GONE.has(code)) {
        this.forget(file, entry);
        return false;
      }
      if (!code || !NOT_YET.has(code)) this.handlers.fail(error, 'looks-complete');
    }
    if (!this.isCurrent(file, entry)) return false;
    if (!complete && !hasOutwaitedPatience(state, performance.now(), stableMs)) {
      this.schedule(file, entry, stableMs);
      return false;
    }
    const after = await this.observe(file, entry);
    if (after === state) return true;
    if (after) this.schedule(file, entry, stableMs);
    return false;
  }
}
