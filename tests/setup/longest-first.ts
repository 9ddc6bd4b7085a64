import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Longest file first, whichever project it belongs to, so no core idles at the end behind one long file. Durations
 * come from vitest's cache of the last run; without one (a fresh checkout) the end-to-end files, the long ones, go first.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cached = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${path.relative(this.ctx.config.root, spec.moduleId)}`)?.duration;
    const rank = (spec: TestSpecification) => cached(spec) ?? (spec.project.name === 'e2e' ? Number.MAX_SAFE_INTEGER : 0);
    return [...(await super.sort(files))].sort((a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(b) - rank(a));
  }
}
