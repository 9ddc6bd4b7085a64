import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { containsIdentifier } from '../../eval/check/text-match.js';
import type { FixtureCase } from '../../fixtures/generate.js';
import { configSchema } from '../../src/config/schema.js';
import { InputRejectedError, RedactionUnverifiedError } from '../../src/errors.js';
import { prepareHome } from '../../src/fs/home.js';
import { deliverOutbox, enqueueReport } from '../../src/mail/index.js';
import { ocrPoolOptions, withOcrPool } from '../../src/ocr/ocr-pool.js';
import { buildNightReport, type NightReport } from '../../src/report/index.js';
import { sendReferral } from '../../src/outbound/index.js';
import { openCaseStore, type CaseStore } from '../../src/store/case-store.js';
import { at, mailConfig } from '../helpers/mail-fixtures.js';
import { referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startSmtpSink, type ReceivedMail } from '../helpers/smtp-sink.js';

const REFERRALS = ['text-ris-export', 'scanned-referral', 'text-with-label', 'landscape-two-up', 'unreadable-scan'];
const start = at('2026-11-26T01:00');

let fixtures: FixtureCase[];
let report: NightReport;
let mail: ReceivedMail;

// The fixture referrals and bad inputs run through the real outbound path as the service would, each one a job row whose
// claim path still carries the input's file name; then the night report is built and mailed through a real SMTP server.
beforeAll(async () => {
  fixtures = (await referralFixtures()).filter((f) => f.kind === 'bad-input' || REFERRALS.includes(f.id));
  const sink = await startSmtpSink();
  const config = mailConfig(sink.port);
  const home = await prepareHome(await makeTempDir(), config);
  const store = openCaseStore(home.storeFile);
  try {
    await withOcrPool(ocrPoolOptions(config.anonymise), async (ocr) => {
      for (const [index, fixture] of fixtures.entries()) {
        const now = new Date(start.getTime() + index * 10 * 60_000);
        await runAsJob(store, `J${index}`, fixture.file, now, async () => (await sendReferral({ referral: fixture.file, store, home, config, ocr, now })).caseId);
      }
    });
    const first = store.listCases({})[0]!;
    store.claimReply({ caseId: first.caseId, receivedAt: new Date(start.getTime() + 90 * 60_000), kind: 'reply', pages: 1, inboxPath: fixtures[0]!.file, unitCopyPath: fixtures[0]!.file }, ['awaiting-reply'], 1);
    const now = at('2026-11-26T06:00');
    report = await buildNightReport({ store, config, since: at('2026-11-25T17:00'), now });
    enqueueReport(store, config, report, 'report:2026-11-26', now);
    await deliverOutbox({ store, config, now });
    mail = sink.received[0]!;
  } finally {
    store.close();
    await sink.close();
  }
}, 600_000);

async function runAsJob(store: CaseStore, jobId: string, file: string, now: Date, run: () => Promise<string>): Promise<void> {
  store.insertJob({ jobId, kind: 'referral', receivedAt: now, contentHash: jobId, claimPath: file });
  store.startJob(jobId, now);
  try {
    store.setJobCase(jobId, await run());
    store.finishJob(jobId, 'done', 'faxed', undefined, now);
  } catch (error) {
    if (error instanceof InputRejectedError) store.finishJob(jobId, 'failed', 'rejected', error.reason, now);
    else if (error instanceof RedactionUnverifiedError) store.finishJob(jobId, 'failed', 'refused', error.reason, now);
    else store.finishJob(jobId, 'failed', 'error', error instanceof Error ? error.name : 'unknown', now);
  }
}

describe('the night report after the fixture corpus', () => {
  it('covers every fixture: the good referrals faxed, the unreadable scan refused, the bad inputs rejected', () => {
    const goodOnes = REFERRALS.length - 1;
    const bad = fixtures.filter((f) => f.kind === 'bad-input').length;
    expect(report.facts.faxed).toHaveLength(goodOnes);
    expect(report.facts.failures.map((f) => f.outcome).sort()).toEqual(['refused', ...Array<string>(bad).fill('rejected')]);
    expect(report.subject).toBe(`Reservfax NÄL: ${goodOnes} remisser faxade, 1 svar mottaget, ${goodOnes - 1} svar saknas, ${bad + 1} fel`);
    expect(mail.parsed.subject).toBe(report.subject);
  });

  it('contains none of the fixtures\' identifiers and no input file name, in the plain text or the HTML', () => {
    const versions = { text: mail.parsed.text ?? '', html: String(mail.parsed.html), subject: mail.parsed.subject ?? '' };
    expect(versions.text).toContain('Faxade remisser (4)');
    const units = fixtures.flatMap((f) => f.keep.filter((keep) => keep.kind === 'unit' && REFERRALS.includes(f.id)).map((keep) => keep.value));
    const configured = configSchema.parse({}).units;
    // A printed unit that is one of the configured units' names or aliases is reported under the configured name.
    const reportedAs = (printed: string) => configured.find((u) => [u.name, ...u.aliases].some((alias) => printed.toLowerCase().includes(alias.toLowerCase())))?.name ?? printed;
    for (const unit of units) expect(versions.text).toContain(reportedAs(unit));
    for (const [version, content] of Object.entries(versions)) {
      for (const fixture of fixtures) {
        const found = (value: string, inside: string) => inside.includes(value) || containsIdentifier(inside, value);
        const leaked = fixture.identifiers.filter((identifier) => found(identifier.value, content));
        for (const identifier of fixture.identifiers) expect(found(identifier.value, `${content}\n${identifier.value}`)).toBe(true);
        expect({ version, fixture: fixture.id, leaked }).toEqual({ version, fixture: fixture.id, leaked: [] });
        expect(content).not.toContain(path.basename(fixture.file));
        expect(content).not.toContain(fixture.id);
        expect(content).not.toContain(path.dirname(fixture.file));
      }
    }
  });
});
