import { describe, expect, it } from 'vitest';
import {
  APP_PALETTE,
  HEAT_MIX,
  heatFill,
  mixHex,
  pointRadius,
  PRINT_PALETTE,
  type ChartPalette,
} from '../../../src/shared/tracker/chartStyle';

const colours = (palette: ChartPalette): string[] => [
  palette.valueLine,
  palette.point,
  palette.averageLine,
  palette.gridLine,
  palette.axisText,
  palette.emptyCell,
  ...palette.heat,
];

describe('chart palettes', () => {
  it('gives the export concrete #rrggbb colours only', () => {
    for (const colour of colours(PRINT_PALETTE)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives the app theme variables, each with a concrete fallback', () => {
    for (const colour of colours(APP_PALETTE)) expect(colour).toMatch(/var\(--[a-z]+, #[0-9a-f]{6}\)/);
  });

  it('uses no red: no printed colour leans toward red', () => {
    for (const colour of colours(PRINT_PALETTE)) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [
        number,
        number,
        number,
      ];
      expect(r - Math.max(g, b), colour).toBeLessThan(16);
    }
  });

  it('deepens the heat levels steadily from light to the accent', () => {
    expect(PRINT_PALETTE.heat[4]).toBe('#5a7d6c');
    const lightness = PRINT_PALETTE.heat.map(
      (c) => parseInt(c.slice(1, 3), 16) + parseInt(c.slice(3, 5), 16),
    );
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1] ?? 0);
    expect(HEAT_MIX).toHaveLength(5);
  });

  it('mixes hex colours by percent', () => {
    expect(mixHex('#000000', '#ffffff', 0)).toBe('#ffffff');
    expect(mixHex('#000000', '#ffffff', 100)).toBe('#000000');
    expect(mixHex('#000000', '#ffffff', 50)).toBe('#808080');
    expect(mixHex('#5a7d6c', '#ffffff', 22)).toBe('#dbe2df'); // 0.22·(90,125,108) + 0.78·255;
  });

  it('fills a day without a check-in with the neutral colour, never a level', () => {
    expect(heatFill(null, PRINT_PALETTE)).toBe(PRINT_PALETTE.emptyCell);
    expect(PRINT_PALETTE.heat).not.toContain(PRINT_PALETTE.emptyCell);
    expect(heatFill(0, PRINT_PALETTE)).toBe(PRINT_PALETTE.heat[0]);
    expect(heatFill(4, APP_PALETTE)).toBe(APP_PALETTE.heat[4]);
  });
});

describe('pointRadius', () => {
  it('shrinks the dots as the days crowd together, within bounds', () => {
    expect(pointRadius(30, 672)).toBe(3.5);
    expect(pointRadius(365, 672)).toBe(1.25);
    expect(pointRadius(90, 672)).toBeCloseTo(3.02, 2);
    expect(pointRadius(1, 672)).toBe(3.5);
  });
});
