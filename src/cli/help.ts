import { readTemplateSync } from '../fs/templates.js';

// What `reservfax help` prints: every command and the exit codes, from templates/ like every other Swedish text.
export const HELP_TEXT = readTemplateSync('cli-help.sv.txt');
