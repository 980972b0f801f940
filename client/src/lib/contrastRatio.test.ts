import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrastRatio.ts';

const css = readFileSync(new URL('../styles/app.css', import.meta.url), 'utf8');

function cssVar(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match?.[1]) throw new Error(`app.css has no --${name}`);
  return match[1];
}

describe('contrastRatio', () => {
  it('matches the WCAG extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  // WCAG 1.4.11: the focus ring and form borders against every surface they are drawn on.
  it.each([
    ['focus-ring', 'surface'],
    ['focus-ring', 'bg'],
    ['focus-ring', 'accent-soft'],
    ['field-border', 'surface'],
    ['field-border', 'bg'],
  ])('--%s on --%s is at least 3:1', (fg, bg) => {
    expect(contrastRatio(cssVar(fg), cssVar(bg))).toBeGreaterThanOrEqual(3);
  });
});
