import { findIdentifiersInFreeText, type FreeTextAllowance } from '../detect/screen-free-text.js';
import type { Config } from '../config/schema.js';

// The routine's own numbers, addresses and words may stand in a note; everything else that looks like a person may not.
export function routineAllowance(config: Config, vocabulary: readonly string[]): FreeTextAllowance {
  const { teleconsult, sender, routine } = config;
  return {
    phones: [teleconsult.fax, teleconsult.coordinatorPhone, ...teleconsult.reservePhones, sender.fax, sender.phone, ...routine.contacts.map((c) => c.phone)],
    emails: [teleconsult.email, config.admins.email, ...(config.mail.to ?? [])],
    words: [
      teleconsult.name,
      sender.unit,
      sender.organisation,
      routine.onCall,
      ...routine.contacts.map((c) => c.role),
      ...routine.imageTransfer.flatMap((t) => [t.name, t.note ?? '']),
      ...config.units.flatMap((u) => [u.name, ...u.aliases]),
      ...config.sites,
      ...vocabulary,
    ],
  };
}

// Why: free text is stored only when the detector finds nothing in it that could name or number a person.
export function holdsPatientData(text: string, allowance: FreeTextAllowance): boolean {
  return findIdentifiersInFreeText(text, allowance).length > 0;
}
