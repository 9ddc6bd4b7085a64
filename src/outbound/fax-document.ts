import type { RedactedPage } from '../anonymise/index.js';
import type { Config } from '../config/schema.js';
import { renderCoverSheet } from '../cover-sheet/index.js';
import { buildFaxPdf } from '../fax-pdf/index.js';
import { fillTemplate } from '../fs/templates.js';
import { FAX_DPI } from '../layout/fax-sheet.js';
import { formatSwedishTime } from '../util/swedish-time.js';

// The fax as it goes out: the Swedish cover sheet with the case ID, then the anonymised pages, as one image-only PDF.
export async function composeFax(config: Config, caseId: string, sentAt: Date, pages: RedactedPage[]): Promise<{ pdf: Uint8Array; pages: number }> {
  const totalPages = pages.length + 1;
  const coverText = await fillTemplate('cover-sheet.sv.txt', coverValues(config, caseId, sentAt, totalPages));
  const cover = await renderCoverSheet({ text: coverText, dpi: FAX_DPI, caseId });
  return { pdf: await buildFaxPdf({ caseId, cover, pages }), pages: totalPages };
}

function coverValues(config: Config, caseId: string, sentAt: Date, totalPages: number): Record<string, string | number> {
  return {
    caseId,
    teleconsultName: config.teleconsult.name,
    teleconsultFax: config.teleconsult.fax,
    teleconsultCoordinatorPhone: config.teleconsult.coordinatorPhone,
    teleconsultEmail: config.teleconsult.email,
    teleconsultReservePhones: config.teleconsult.reservePhones.join(', '),
    senderUnit: config.sender.unit,
    senderOrganisation: config.sender.organisation,
    senderFax: config.sender.fax,
    senderPhone: config.sender.phone,
    sentAt: formatSwedishTime(sentAt),
    totalPages,
    routineDocumentId: config.routine.documentId,
    routineVersion: config.routine.version,
  };
}
