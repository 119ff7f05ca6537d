/**
 * schema.org JSON-LD, serialised so producer-written text cannot end the script
 * element: `<` (and the line separators JSON allows but JavaScript once did not)
 * are written as Unicode escapes, which JSON parsers read back unchanged.
 */
export type JsonLd = Record<string, unknown>;

export function jsonLdString(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
