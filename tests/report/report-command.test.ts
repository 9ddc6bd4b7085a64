import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runReport } from '../../src/cli/report-command.js';
import { EXIT_CODES } from '../../src/cli/exit-codes.js';
import { ConfigError, ReservfaxError, UsageError } from '../../src/errors.js';
import { countUndelivered } from '../../src/mail/index.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { seedHome } from '../../eval/route/seed-home.js';
import { caseId } from '../helpers/mail-fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { freePort, startSmtpSink } from '../helpers/smtp-sink.js';

const CASE = caseId('K7PX3');

// A home with one case faxed half an hour ago, and a config file that mails to `port` on loopback (or has no mail server).
async function homeWithCase(port?: number): Promise<string> {
  const root = await makeTempDir();
  await seedHome(root, [{ caseId: CASE, unit: 'Akutmottagningen NÄL', createdAt: new Date(Date.now() - 30 * 60_000) }]);
  const mail = port === undefined ? {} : { smtp: { host: '127.0.0.1', port, security: 'none' } };
  await writeFile(path.join(root, 'reservfax.config.json'), JSON.stringify({ mail }));
  return root;
}

// Run the command in this process and keep what it writes to stdout.
async function report(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  try {
    return { code: await runReport(args), stdout };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reservfax report', () => {
  it('prints the Swedish report of the last 24 hours without --send', async () => {
    const home = await homeWithCase();
    const { code, stdout } = await report(['--home', home]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Rapport från reservfax – Radiologisk mottagning NÄL\n/);
    expect(stdout).toContain(`${CASE}: faxad `);
    expect(stdout).toContain('Väntar fortfarande på svar (1)');
    const json = JSON.parse((await report(['--home', home, '--json', '--since', '2026-01-01'])).stdout) as { subject: string; sent: boolean };
    expect(json).toMatchObject({ subject: 'Reservfax NÄL: 1 remiss faxad, 1 svar saknas', sent: false });
  });

  it('refuses --send while mail.smtp.host is not configured, naming the key', async () => {
    const home = await homeWithCase();
    const failure = report(['--home', home, '--send']);
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(report(['--home', home, '--send'])).rejects.toThrow(/mail\.smtp\.host/);
  });

  it('mails the report with --send and says to whom', async () => {
    const sink = await startSmtpSink();
    try {
      const home = await homeWithCase(sink.port);
      const { code, stdout } = await report(['--home', home, '--send']);
      expect(code).toBe(0);
      expect(stdout).toBe('Rapporten skickades till nu.radiologen.administratorer@vgregion.se.\n');
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]!.parsed.subject).toBe('Reservfax NÄL: 1 remiss faxad, 1 svar saknas');
    } finally {
      await sink.close();
    }
  });

  it('exits 5 and keeps the report queued when the mail server cannot be reached', async () => {
    const home = await homeWithCase(await freePort());
    const error = await report(['--home', home, '--send']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReservfaxError);
    expect((error as ReservfaxError).code).toBe('MAIL_FAILED');
    expect(EXIT_CODES.MAIL_FAILED).toBe(5);
    expect((error as ReservfaxError).userMessage).toMatch(/ligger kvar i utkorgen/);
    const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
    expect(countUndelivered(store)).toBe(1);
    store.close();
  });

  it('rejects a --since that is not a time', async () => {
    const home = await homeWithCase();
    await expect(report(['--home', home, '--since', 'igår'])).rejects.toBeInstanceOf(UsageError);
    await expect(report(['--home', home, '--since', '2026-02-30'])).rejects.toBeInstanceOf(UsageError);
  });
});
