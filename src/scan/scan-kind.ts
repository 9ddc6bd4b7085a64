/** The file types an incoming fax or scanner file may have. */
export type ScanKind = 'pdf' | 'tiff' | 'png' | 'jpeg';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const TIFF_SIGNATURES = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x49, 0x49, 0x2b, 0x00],
  [0x4d, 0x4d, 0x00, 0x2b],
];

// Why: the type comes from the first bytes, never from the file name, which a fax server or a person may have got
// wrong. Kept apart from the decoders so the service's watcher can ask without loading the PDF and image engines.
export function detectScanKind(data: Uint8Array): ScanKind | undefined {
  const startsWith = (signature: number[]): boolean => signature.every((byte, i) => data[i] === byte);
  if (TIFF_SIGNATURES.some(startsWith)) return 'tiff';
  if (startsWith(PNG_SIGNATURE)) return 'png';
  if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg';
  if (Buffer.from(data.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return 'pdf';
  return undefined;
}
