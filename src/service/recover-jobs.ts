import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CaseStore } from '../store/case-store.js';
import type { HomePaths } from '../fs/home.js';
import { pathExists } from '../fs/path-exists.js';
import { CLAIM_TEMP } from './claim-across-devices.js';
import { registerClaim } from './claim-file.js';

// After a crash: the IDs of jobs to run again (unfinished, or claimed but never recorded); finished jobs' leftovers and half-made copies are removed.
export async function recoverJobs(home: HomePaths, store: CaseStore, now: Date): Promise<{ resume: string[]; lost: string[]; tempsRemoved: number }> {
  const resume: string[] = [];
  const lost: string[] = [];
  let tempsRemoved = 0;
  const known = new Set<string>();
  for (const job of store.listJobs({})) {
    known.add(job.claimPath);
    const present = await pathExists(job.claimPath);
    if (job.status === 'done' || job.status === 'failed') {
      if (present) await rm(job.claimPath, { force: true });
    } else if (present) {
      resume.push(job.jobId);
    } else {
      store.finishJob(job.jobId, 'failed', 'error', 'claimed-file-missing', now);
      lost.push(job.jobId);
    }
  }
  for (const name of await readdir(home.processing)) {
    const file = path.join(home.processing, name);
    if (CLAIM_TEMP.test(name)) {
      await rm(file, { force: true });
      tempsRemoved++;
      continue;
    }
    if (known.has(file) || name.startsWith('.')) continue;
    const job = await registerClaim(file, store, now);
    if (job) resume.push(job.jobId);
  }
  for (const claim of store.listSourceClaims()) if (!store.getJob(claim.jobId)) store.releaseSourceClaim(claim.jobId);
  return { resume, lost, tempsRemoved };
}
