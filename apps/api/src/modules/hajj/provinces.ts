/**
 * Province names as people and files write them: Arabic yeh and kaf become Persian, zero-width
 * non-joiners and runs of spaces collapse, so «كرمان» and «کرمان» are one province.
 */
export function normalizeProvince(name: string): string {
  return name
    .replace(/\u064A/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\u200c\s]+/g, ' ')
    .trim();
}
