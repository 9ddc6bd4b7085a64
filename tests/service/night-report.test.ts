import { describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startServiceProcess, waitFor, writeServiceConfig } from '../helpers/service-process.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';

describe('the running service and its e-mail', () => {
  it('mails the night report by itself once the report time has passed, and only once across a restart', async () => {
    const sink = await startSmtpSink();
    try {
      const home = await makeTempDir();
      const caseId = generateCaseId();
      await seedHome(home, [{ caseId, unit: 'Akutmottagningen NÄL', createdAt: new Date(Date.now() - 3600_000) }]);
      const mail = { smtp: { host: '127.0.0.1', port: sink.port, security: 'none' }, reportTime: localTime(new Date(Date.now() - 2 * 60_000)), alertAfterMinutes: 10_080 };
      await writeServiceConfig(home, { mail });
      for (let run = 0; run < 2; run++) {
        const service = await startServiceProcess(home);
        await waitFor(() => sink.received.length > 0, 60_000, 'the night report');
        await new Promise((resolve) => setTimeout(resolve, 1500));
        service.child.kill('SIGTERM');
        expect(await service.exited).toBe(0);
      }
      expect(sink.received).toHaveLength(1);
      const [report] = sink.received;
      expect(report!.envelopeTo).toEqual(['nu.radiologen.administratorer@vgregion.se']);
      expect(report!.parsed.subject).toMatch(/^Reservfax NÄL: /);
      expect(report!.parsed.text).toContain(caseId);
    } finally {
      await sink.close();
    }
  }, 180_000);
});

// "HH:MM" in Stockholm, the way the config states the report time.
function localTime(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}
