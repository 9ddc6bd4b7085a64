import { expect, it } from 'vitest';
import { checkInTurn } from '../../src/web/login-limits.js';

it('lets at most two password checks run at once, so a burst of logins cannot take the memory of the service', async () => {
  let running = 0;
  let most = 0;
  const check = () =>
    checkInTurn(async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running--;
      return true;
    });
  expect(await Promise.all(Array.from({ length: 6 }, check))).toEqual(Array(6).fill(true));
  expect(most).toBe(2);
});
