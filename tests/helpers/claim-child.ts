import { configSchema } from '../../src/config/schema.js';
import { prepareHome } from '../../src/fs/home.js';
import { createLogger } from '../../src/log/logger.js';
import { claimFile } from '../../src/service/claim-file.js';
import { openCaseStore } from '../../src/store/case-store.js';

// One claim in a process of its own, so a test can kill it with SIGKILL half-way through the copy: node --import tsx claim-child.ts HOME FILE
const [homeDir, file] = process.argv.slice(2);
const home = await prepareHome(homeDir!, configSchema.parse({}));
const store = openCaseStore(home.storeFile);
const logger = createLogger({ stateDir: home.state, stdout: false });
await claimFile(file!, 'referral', { home, store, logger }, new Date());
store.close();
