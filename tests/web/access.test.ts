import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { checkWebAccess, isLoopback } from '../../src/web/access.js';
import { hashPassword, verifyPassword } from '../../src/web/password.js';

const web = (value: object) => configSchema.parse({ web: value }).web;

describe('who may reach the night page', () => {
  it('treats only loopback addresses and localhost as the workstation itself', () => {
    for (const host of ['127.0.0.1', '127.8.9.10', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.1.2.3', '192.168.0.5', 'reservfax.example.org', '128.0.0.1', '::ffff:10.0.0.1']) expect(isLoopback(host), host).toBe(false);
  });

  it('refuses an address other machines can reach unless users are configured, and then requires a login everywhere', async () => {
    expect(checkWebAccess(web({}))).toEqual({ loginRequired: false });
    expect(() => checkWebAccess(web({ host: '0.0.0.0' }))).toThrow(/web\.users/);
    const users = [{ name: 'admin', hash: await hashPassword('ett-långt-lösenord') }];
    expect(checkWebAccess(web({ host: '0.0.0.0', users }))).toEqual({ loginRequired: true });
    expect(checkWebAccess(web({ users }))).toEqual({ loginRequired: true });
  });

  it('accepts only the password a hash was made from, and never a malformed or weakened hash', async () => {
    const hash = await hashPassword('korrekt-häst');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('korrekt-häst', hash)).toBe(true);
    expect(await verifyPassword('korrekt-hast', hash)).toBe(false);
    expect(await verifyPassword('korrekt-häst', hash.replace('$131072$', '$1024$'))).toBe(false);
    expect(await verifyPassword('korrekt-häst', 'scrypt$garbage')).toBe(false);
    expect(await verifyPassword('', hash.slice(0, -4))).toBe(false);
  });

  it('names the key when a user entry is not a hash from reservfax web-user', () => {
    expect(() => configSchema.parse({ web: { users: [{ name: 'admin', hash: 'hunter2' }] } })).toThrow(/reservfax web-user/);
  });
});
