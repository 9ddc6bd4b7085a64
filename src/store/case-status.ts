/** A faxed case waits for its reply until one is filed under it. */
export type CaseStatus = 'awaiting-reply' | 'reply-received';
