import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configSchema } from '../../src/config/schema.js';
import { prepareHome, type HomePaths } from '../../src/fs/home.js';
import { openCaseStore } from '../../src/store/case-store.js';

// A home with the given cases already faxed (the real store, as the outbound path leaves it), for return-path tests.
export async function seedHome(root: string, cases: { caseId: string; unit?: string; createdAt?: Date }[]): Promise<HomePaths> {
  const home = await prepareHome(root, configSchema.parse({}));
  const store = openCaseStore(home.storeFile);
  try {
    for (const { caseId, unit, createdAt } of cases) {
      const originalPath = path.join(home.archive, `${caseId}-original.pdf`);
      await writeFile(originalPath, '%PDF-1.7 placeholder for the retained original');
      store.insertCase({
        caseId,
        createdAt: createdAt ?? new Date(),
        status: 'awaiting-reply',
        referringUnit: unit,
        accessionNumber: unit ? `RAD-${caseId.slice(3)}` : undefined,
        pages: 2,
        redactionCounts: { name: 2, personnummer: 1 },
        originalPath,
        outputPath: path.join(root, 'att-faxa', `${caseId}.pdf`),
      });
    }
  } finally {
    store.close();
  }
  return home;
}
