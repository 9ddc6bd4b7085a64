/** A unit of the hospital that sends referrals, as configured under `units`. */
export interface ConfiguredUnit {
  name: string;
  /** The unit's folder under `remitterande/`. */
  folder: string;
  /** What referrals print for the unit besides its name. */
  aliases: readonly string[];
}

/**
 * Where in the referral the unit was read, strongest first; `text`: a configured unit named only in the running text
 * (the unit gets its copy, but never one with the patient's identity); `set-by-hand` is `reservfax cases set-unit`.
 */
export type UnitEvidence = 'field' | 'header' | 'sender' | 'signature' | 'text' | 'set-by-hand';

export interface FoundUnit {
  /** The configured unit's name, or the printed value of a labelled field that matched no configured unit. */
  unit: string;
  /** The configured unit's folder; absent for a printed value that matched none. */
  folder?: string;
  evidence: Exclude<UnitEvidence, 'set-by-hand'>;
}
