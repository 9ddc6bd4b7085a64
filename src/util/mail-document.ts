import { fillPlaceholders } from '../messages.js';

export interface MailSection {
  heading: string;
  rows: string[];
  /** Shown instead of the rows when there are none ("Inga."). */
  empty: string;
}

/** An e-mail as plain lines of Swedish text; rendering adds no words of its own. */
export interface MailDocument {
  title: string;
  intro: string[];
  sections: MailSection[];
  footer: string[];
}

// One source for both versions of a mail, so the plain text and the HTML can never say different things.
export function renderMailDocument(doc: MailDocument): { text: string; html: string } {
  return { text: renderText(doc), html: renderHtml(doc) };
}

// The phrase for a count: [one, many], "{n}" filled in.
export function countPhrase(forms: readonly [string, string], n: number): string {
  return fillPlaceholders(n === 1 ? forms[0] : forms[1], { n });
}

// Every value that goes into HTML passes through here: no markup can come from the data.
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderText(doc: MailDocument): string {
  const lines = [doc.title, '='.repeat(doc.title.length), '', ...doc.intro];
  for (const section of doc.sections) {
    lines.push('', section.heading, '-'.repeat(section.heading.length));
    lines.push(...(section.rows.length > 0 ? section.rows.map((row) => `- ${row}`) : [section.empty]));
  }
  lines.push('', ...doc.footer);
  return `${lines.join('\n')}\n`;
}

function renderHtml(doc: MailDocument): string {
  const parts = [
    '<!DOCTYPE html>',
    '<html lang="sv"><head><meta charset="utf-8"><title>' + escapeHtml(doc.title) + '</title></head>',
    '<body style="font-family: Arial, sans-serif; font-size: 14px; color: #111;">',
    `<h2>${escapeHtml(doc.title)}</h2>`,
    ...doc.intro.map((line) => `<p>${escapeHtml(line)}</p>`),
  ];
  for (const section of doc.sections) {
    parts.push(`<h3>${escapeHtml(section.heading)}</h3>`);
    if (section.rows.length === 0) parts.push(`<p>${escapeHtml(section.empty)}</p>`);
    else parts.push('<ul>', ...section.rows.map((row) => `<li>${escapeHtml(row)}</li>`), '</ul>');
  }
  parts.push(...doc.footer.map((line) => `<p style="color: #555; font-size: 12px;">${escapeHtml(line)}</p>`), '</body></html>');
  return `${parts.join('\n')}\n`;
}
