import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { jobWorkerShares } from '../../src/service/job-workers.js';

describe('how the service spreads its jobs over worker processes', () => {
  it('runs all jobs in one process by default, sharing its OCR workers one page per worker', () => {
    const config = parseConfig({ anonymise: { ocrWorkers: 2 } });
    expect(jobWorkerShares(config, 2)).toEqual({ count: 1, jobsEach: 2, ocrWorkersEach: 2, pagesPerJob: 1 });
  });

  it('gives each of several processes its share of the jobs and of the OCR workers', () => {
    const config = parseConfig({ anonymise: { ocrWorkers: 4 }, service: { jobProcesses: 2 } });
    expect(jobWorkerShares(config, 2)).toEqual({ count: 2, jobsEach: 1, ocrWorkersEach: 2, pagesPerJob: 2 });
  });

  it('never starts more processes than jobs may run, nor a process without an OCR worker', () => {
    const config = parseConfig({ anonymise: { ocrWorkers: 1 }, service: { jobProcesses: 4 } });
    expect(jobWorkerShares(config, 3)).toEqual({ count: 3, jobsEach: 1, ocrWorkersEach: 1, pagesPerJob: 1 });
  });
});
