import { z } from 'zod';
import { checkUnits } from '../units/check-units.js';
import { DEFAULT_SITES, DEFAULT_UNITS } from '../units/default-units.js';
import { message } from '../messages.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message('config.expect-date'));
const text = z.string().min(1);
const folderName = z
  .string()
  .regex(/^[^/\\.][^/\\]*$/, message('config.expect-folder-name'));
const email = z.email({ error: message('config.expect-email') });
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, message('config.expect-clock-time'));
const timeZone = z.string().refine(isTimeZone, message('config.expect-time-zone'));
// A referring unit: its name, its folder under remitterande/, and what referrals print for it.
const unit = z.object({ name: text, folder: folderName, aliases: z.array(text).default([]) }).strict();

// The complete internal config; defaults carry the facts of routine NU10095-1819752655-434.
export const configSchema = z
  .object({
    routine: z
      .object({
        documentId: text.default('NU10095-1819752655-434'),
        version: text.default('8.0'),
        validFrom: isoDate.default('2026-01-15'),
        validUntil: isoDate.default('2027-05-30'),
        /** Ways to get the images to the reviewer when the link is down, each with its current note. */
        imageTransfer: z
          .array(z.object({ name: text, note: text.optional() }).strict())
          .default([
            { name: message('config.default-transfer-modality') },
            { name: message('config.default-transfer-pacs') },
            { name: message('config.default-transfer-syngo'), note: message('config.default-transfer-syngo-note') },
            { name: message('config.default-transfer-bfr') },
          ]),
        onCall: text.default(message('config.default-on-call')),
        /** Further people to call, printed on the routine card (role and number). */
        contacts: z.array(z.object({ role: text, phone: text }).strict()).default([]),
      })
      .strict()
      .prefault({}),
    sender: z
      .object({
        unit: text.default(message('config.default-sender-unit')),
        organisation: text.default(message('config.default-sender-organisation')),
        fax: text.default(message('config.default-sender-fax')),
        phone: text.default(message('config.default-sender-phone')),
      })
      .strict()
      .prefault({}),
    teleconsult: z
      .object({
        name: text.default('Teleconsult'),
        fax: text.default('+46 31 745 96 10'),
        coordinatorPhone: text.default('+46 81 235 01 90'),
        email: email.default('urgent@teleconsult.net'),
        reservePhones: z.array(text).default(['+46 31 373 77 95', '+62 81 338 773 651']),
      })
      .strict()
      .prefault({}),
    reviewCopy: z
      .object({ enabled: z.boolean().default(false), folder: folderName.default('intern-granskning') })
      .strict()
      .prefault({}),
    folders: z
      .object({
        referralsIn: folderName.default('akutskriv'),
        faxOut: folderName.default('att-faxa'),
        faxIn: folderName.default('inkommande-fax'),
        inbox: folderName.default('ris-admin'),
        referringUnits: folderName.default('remitterande'),
        manualReview: folderName.default('manuell-granskning'),
        archive: folderName.default('arkiv'),
      })
      .strict()
      .prefault({}),
    units: z.array(unit).default(() => DEFAULT_UNITS.map((u) => ({ ...u, aliases: [...u.aliases] }))),
    sites: z.array(text).default(() => [...DEFAULT_SITES]),
    replies: z
      .object({ allowSupplements: z.boolean().default(false), maxPages: z.int().min(1).max(200).default(30), identifiedCopies: z.boolean().default(true) })
      .strict()
      .prefault({}),
    watch: z
      .object({
        stableSeconds: z.number().min(0.1).max(600).default(2),
        polling: z.boolean().default(false),
        pollIntervalMs: z.int().min(50).max(60_000).default(1000),
        rescanSeconds: z.number().min(1).max(3600).default(60),
        duplicateWindowMinutes: z.number().min(0).max(7 * 24 * 60).default(60),
      })
      .strict()
      .prefault({}),
    service: z
      .object({
        concurrency: z.int().min(1).max(16).optional(),
        jobProcesses: z.int().min(1).max(16).default(1),
        shutdownGraceSeconds: z.number().min(0).max(3600).default(120),
        jobTimeoutSeconds: z.number().min(5).max(24 * 3600).default(300),
      })
      .strict()
      .prefault({}),
    print: z
      .object({ printer: text.optional(), copies: z.int().min(1).max(9).default(1) })
      .strict()
      .prefault({}),
    admins: z
      .object({ email: email.default('nu.radiologen.administratorer@vgregion.se') })
      .strict()
      .prefault({}),
    mail: z
      .object({
        smtp: z
          .object({
            host: text.optional(),
            port: z.int().min(1).max(65_535).default(25),
            security: z.enum(['none', 'starttls', 'tls'], { error: message('config.expect-smtp-security') }).default('starttls'),
            auth: z.object({ user: text, pass: text }).strict().optional(),
            rejectUnauthorized: z.boolean().default(true),
          })
          .strict()
          .prefault({}),
        from: email.default('reservfax@localhost.localdomain'),
        to: z.array(email).min(1).optional(),
        reportTime: clockTime.default('07:00'),
        timeZone: timeZone.default('Europe/Stockholm'),
        alertAfterMinutes: z.int().min(1).max(7 * 24 * 60).default(60),
        alertMinIntervalMinutes: z.int().min(0).max(24 * 60).default(30),
        /** Mail the administrators at once when someone records a problem in the incident log (the report follows at reportTime). */
        incidentMail: z.boolean().default(true),
        retry: z
          .object({
            firstDelaySeconds: z.int().min(1).max(3600).default(30),
            maxDelaySeconds: z.int().min(1).max(24 * 3600).default(1800),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    web: z
      .object({
        enabled: z.boolean().default(true),
        host: text.default('127.0.0.1'),
        port: z.int().min(0).max(65_535).default(8470),
        /** Seconds between the page's own reloads. */
        refreshSeconds: z.int().min(5).max(3600).default(30),
        /** Required when host is not a loopback address: names with scrypt hashes from `reservfax web-user NAME`. */
        users: z.array(z.object({ name: z.string().regex(/^[\p{L}\p{N}._-]{1,40}$/u, message('config.expect-user-name')), hash: z.string().regex(/^scrypt\$/, message('config.expect-user-hash')) }).strict()).default([]),
        /** Serve HTTPS with these PEM files (recommended off the loopback: passwords cross the network). */
        tls: z.object({ certFile: text, keyFile: text }).strict().optional(),
      })
      .strict()
      .prefault({}),
    limits: z
      .object({
        maxFileMegabytes: z.number().min(1).max(2000).default(100),
        maxPagePixels: z.int().min(1_000_000).max(1_000_000_000).default(40_000_000),
        maxDocumentPixels: z.int().min(1_000_000).max(100_000_000_000).default(600_000_000),
        maxImagePixels: z.int().min(1_000_000).max(1_000_000_000).default(60_000_000),
      })
      .strict()
      .prefault({}),
    anonymise: z
      .object({
        maxPages: z.int().min(1).max(500).default(30),
        minOcrConfidence: z.number().min(0).max(100).default(55),
        maxUnexplainedInk: z.number().min(0).max(1).default(0.005),
        ocrWorkers: z.int().min(1).max(16).optional(),
        ocrLanguages: z.array(z.enum(['swe', 'eng'])).min(1).default(['swe']),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((config, ctx) => {
    for (const problem of checkUnits(config.units, config.sender.unit)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.expected, input: problem.value });
    }
  });

export type Config = Readonly<z.infer<typeof configSchema>>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('sv-SE', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
