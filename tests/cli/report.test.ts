import { describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

describe('reservfax report', () => {
  it('prints the Swedish summary of the night with the faxed case, and names the missing SMTP key for --send', async () => {
    const home = await makeTempDir();
    const caseId = generateCaseId();
    await seedHome(home, [{ caseId, unit: 'Akutmottagningen NÄL', createdAt: new Date(Date.now() - 2 * 3600_000) }]);
    const printed = await runCli(['report', '--home', home]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('Rapport från reservfax');
    expect(printed.stdout).toContain(caseId);
    const sent = await runCli(['report', '--send', '--home', home]);
    expect(sent.code).toBe(2);
    expect(sent.stderr).toContain('mail.smtp.host');
  }, 60_000);
});
