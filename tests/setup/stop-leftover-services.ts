import { afterAll } from 'vitest';
import { stopLeftoverServices } from '../helpers/service-process.js';

// Each test file stops the services its failed tests left running (see tests/helpers/service-process.ts).
afterAll(stopLeftoverServices);
