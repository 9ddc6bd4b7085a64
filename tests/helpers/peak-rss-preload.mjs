// Loaded with `node --import` where GNU time is missing: writes this process's peak RSS (kB, as GNU time's %M) at exit.
import { writeFileSync } from 'node:fs';

const target = process.env.RESERVFAX_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, `${process.resourceUsage().maxRSS}\n`));
