import type { FastifyInstance, FastifyRequest } from 'fastify';
import pLimit from 'p-limit';

/** The error a refused login attempt raises; the app's error handler answers it with the login form's notice. */
export const LOGIN_LIMITED = 'RESERVFAX_LOGIN_LIMITED';
const WINDOW = '15 minutes';
/** Attempts at one name from one address, and at any names from one address (a shared Citrix address included). */
const PER_NAME = 10;
const PER_ADDRESS = 100;
/** Password checks at once: each scrypt check holds about 128 MiB. */
const CHECKS_AT_ONCE = 2;

const attemptedName = (request: FastifyRequest) => String((request.body as Record<string, unknown> | undefined)?.namn ?? '').trim().toLowerCase();

// Why: guessing passwords on the night page is slowed to a handful of tries per name and address, counted after the
// form is read (the name is part of the key) and before any password is checked. Both counts are kept by
// @fastify/rate-limit; its route option runs one limit per request, so the two are checked here in turn.
export function loginAttemptLimit(app: FastifyInstance): (request: FastifyRequest) => Promise<void> {
  const limits = [
    app.createRateLimit({ timeWindow: WINDOW, max: PER_NAME, keyGenerator: (request) => `${request.ip}|${attemptedName(request)}` }),
    app.createRateLimit({ timeWindow: WINDOW, max: PER_ADDRESS, keyGenerator: (request) => request.ip }),
  ];
  return async (request) => {
    for (const limit of limits) {
      const result = await limit(request);
      if (!result.isAllowed && result.isExceeded) throw Object.assign(new Error('too many login attempts'), { statusCode: 429, code: LOGIN_LIMITED });
    }
  };
}

const checks = pLimit(CHECKS_AT_ONCE);

// Why: a burst of logins must not take the memory of the service (each check is a memory-hard scrypt): at most two run
// at once, the others wait their turn.
export function checkInTurn<T>(check: () => Promise<T>): Promise<T> {
  return checks(check);
}
