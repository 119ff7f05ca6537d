/**
 * The sectors' colours in src/layouts/site.css keep WCAG 2.2 AA contrast
 * everywhere they are used: captions and pictograms in the sector's ink on its
 * tint (cards without a photo, the sector tiles, a listing's title), the site's
 * text and muted text on the tint (tile names and counts), and the ink as a
 * card's top rule on white.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../../src/domain/taxonomy.ts';

const css = readFileSync('src/layouts/site.css', 'utf8');

function customProperty(block: string, name: string): string {
  const value = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1];
  if (!value) throw new Error(`no ${name} in ${block}`);
  return value;
}

const root = /:root \{([^}]*)\}/.exec(css)![1]!;

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('sector colours', () => {
  it.each(SECTORS.map((s) => s.key))('sector %s has an ink and a tint that read as AA text together and with the site text', (key) => {
    const block = new RegExp(`\\[data-sector="${key}"\\] \\{([^}]*)\\}`).exec(css)?.[1];
    expect(block, `site.css has no colours for sector ${key}`).toBeDefined();
    const ink = customProperty(block!, '--sector-ink');
    const tint = customProperty(block!, '--sector-tint');
    expect(contrast(ink, tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(customProperty(root, '--ink'), tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(customProperty(root, '--muted'), tint)).toBeGreaterThanOrEqual(4.5);
    // A card's top rule: a graphic on white, 3:1.
    expect(contrast(ink, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('gives each sector its own ink', () => {
    const inks = SECTORS.map((s) => customProperty(new RegExp(`\\[data-sector="${s.key}"\\] \\{([^}]*)\\}`).exec(css)![1]!, '--sector-ink'));
    expect(new Set(inks).size).toBe(SECTORS.length);
  });
});
