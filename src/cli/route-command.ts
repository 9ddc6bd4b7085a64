import path from 'node:path';
import { InputRejectedError, UsageError } from '../errors.js';
import { readInputFile } from '../fs/read-input.js';
import { ocrPoolOptions, withOcrPool } from '../ocr/ocr-pool.js';
import type { Config } from '../config/schema.js';
import type { HomePaths } from '../fs/home.js';
import { routeOversizedReply, routeReply, type RouteOutcome } from '../route/index.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';
import { EXIT_MANUAL_REVIEW, EXIT_OK } from './exit-codes.js';
import { message } from '../messages.js';

// `reservfax route SCAN`: match one faxed report to its case and file it, or send it to manual review.
export async function runRoute(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (positionals.length !== 1) throw new UsageError(message('cli.route-one-file'));
  const { config, home } = await openHome(values);
  const outcome = await routeFile(positionals[0]!, config, home);
  process.stdout.write(values.json ? `${JSON.stringify(toJson(outcome))}\n` : describe(outcome));
  return outcome.status === 'matched' ? EXIT_OK : EXIT_MANUAL_REVIEW;
}

// A file over the size limit goes to manual review as it is, like any other unreadable scan; one that cannot be opened
// at all stays where it is (exit 3), for the person who typed the command to check.
async function routeFile(file: string, config: Config, home: HomePaths): Promise<RouteOutcome> {
  const maxMegabytes = config.limits.maxFileMegabytes;
  let scan: Uint8Array;
  try {
    scan = await readInputFile(file, maxMegabytes * 1e6, (megabytes) => message('scan.reply-too-large', { megabytes, maxMegabytes }));
  } catch (error) {
    if (error instanceof InputRejectedError) return routeOversizedReply({ file, home, detail: error.userMessage });
    throw new InputRejectedError('unreadable', message('scan.reply-unreadable'), error);
  }
  return withCaseStore(home, (store) => withOcrPool(ocrPoolOptions(config.anonymise), (ocr) => routeReply({ scan, home, config, ocr, store })));
}

function toJson(outcome: RouteOutcome) {
  return outcome.status === 'matched'
    ? { status: outcome.status, caseId: outcome.caseId, reason: null, kind: outcome.kind, evidence: outcome.evidence, files: outcome.files }
    : { status: outcome.status, caseId: null, reason: outcome.reason, caseIds: outcome.caseIds, files: outcome.files };
}

function describe(outcome: RouteOutcome): string {
  const files = outcome.files.map((file) => `  ${path.relative(process.cwd(), file) || file}\n`).join('');
  if (outcome.status === 'matched') {
    const filed = message(outcome.kind === 'reply' ? 'cli.route-filed-reply' : 'cli.route-filed-supplement', { caseId: outcome.caseId, pages: outcome.pages });
    return `${filed}\n${files}`;
  }
  return `${message('cli.route-to-review', { reason: outcome.reason })}\n${files}`;
}
