import type { CaseStore } from './case-store.js';

// Each stage is handed only the part of the case store its work needs, so a reader (and the compiler) can see what
// a stage may change: the report only reads, the inbox only marks replies handled, and so on.

/** The outbound path: a case ID, the case with its identity reading, and the print bookkeeping of its fax. */
export type OutboundStore = Pick<CaseStore, 'allocateCaseId' | 'insertCase' | 'getCase' | 'recordPrintIntent' | 'recordPrint'>;

/** The return path: the case a reply names, the reply's claim and release, and the identity behind the unit's copy. */
export type RouteStore = Pick<CaseStore, 'getCase' | 'listReplies' | 'claimReply' | 'releaseReply' | 'setUnitCopy' | 'getIdentity'>;

/** Clearing the administrators' inbox: the replies waiting there and who cleared them. */
export type InboxStore = Pick<CaseStore, 'getCase' | 'listReplies' | 'markHandled'>;

/** The morning report: what the night left in the store, read only. */
export type ReportStore = Pick<CaseStore, 'listCases' | 'listReplies' | 'listIncidents' | 'listJobs' | 'listRuns'>;

/** E-mail: the outbox, the facts an alert or report is built from, and the incident being reported. */
export type MailStore = ReportStore &
  Pick<
    CaseStore,
    | 'alertedItems'
    | 'currentIncident'
    | 'enqueueMail'
    | 'getMail'
    | 'latestMail'
    | 'latestReportEnd'
    | 'listDueMails'
    | 'claimMail'
    | 'markMailSent'
    | 'markMailFailed'
    | 'countUnsentMails'
  >;
