import { inflateSync } from 'node:zlib';
import type { Locator } from '@playwright/test';

/**
 * How checkboxes and radios look, measured on the rendered page: the edge of a native control
 * is painted by the browser, so its contrast can only be read from pixels, and its alignment
 * with its words from the boxes the layout gave them.
 */

/** How far (CSS px) the centre of the control sits from the middle of its label's first line of words. */
export async function offsetFromWords(control: Locator): Promise<number> {
  return control.evaluate((input) => {
    const label = input.closest('label');
    if (label === null) throw new Error('the control has no label around it');
    const range = document.createRange();
    range.selectNodeContents(label);
    const lines = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    const box = input.getBoundingClientRect();
    // The words' first line: the first text rectangle that is not the control itself.
    const words = lines.find((rect) => rect.left >= box.right - 0.5);
    if (words === undefined) throw new Error('the label has no words beside its control');
    return Math.abs(box.top + box.height / 2 - (words.top + words.height / 2));
  });
}

const luminance = ([r, g, b]: readonly number[]): number => {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
};

export const contrastRatio = (one: readonly number[], other: readonly number[]): number => {
  const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

/**
 * The weakest contrast of the control's edge against `background`, all the way round: along
 * 24 rays from the centre, the strongest pixel across the edge; the answer is the weakest ray.
 * A hairline that fades to nothing on some side gives a low answer, as a person would see it.
 */
export async function edgeContrast(
  control: Locator,
  background: readonly number[],
  shape: 'round' | 'square',
): Promise<number> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (box === null) throw new Error('the control is not on screen');
  const pad = 5;
  const clip = { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad };
  const page = control.page();
  // Decoded here, not in the page: the app's CSP (rightly) refuses data: images.
  const pixels = decodePng(await page.screenshot({ clip, scale: 'css' }));
  const at = (x: number, y: number): number[] => {
    const [column, row] = [Math.round(x), Math.round(y)];
    if (column < 0 || row < 0 || column >= pixels.width || row >= pixels.height) return [...background];
    const i = (row * pixels.width + column) * pixels.channels;
    return [pixels.data[i] ?? 0, pixels.data[i + 1] ?? 0, pixels.data[i + 2] ?? 0];
  };
  const [cx, cy, radius] = [pad + box.width / 2, pad + box.height / 2, box.width / 2];
  let weakest = Infinity;
  for (let ray = 0; ray < 24; ray += 1) {
    const angle = (ray / 24) * 2 * Math.PI;
    let strongest = 1;
    // Only across the edge (from just inside to just outside), never as far as the label's words.
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const edge = shape === 'round' ? radius : radius / Math.max(Math.abs(cos), Math.abs(sin));
    for (let distance = edge - 2; distance <= edge + 2.5; distance += 0.5) {
      const pixel = at(cx + cos * distance, cy + sin * distance);
      strongest = Math.max(strongest, contrastRatio(pixel, background));
    }
    weakest = Math.min(weakest, strongest);
  }
  return weakest;
}

/** The computed background colour of an element, as [r, g, b]. */
export async function backgroundOf(element: Locator): Promise<number[]> {
  const colour = await element.evaluate((node) => getComputedStyle(node).backgroundColor);
  const parts = colour.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
  if (parts.length < 3) throw new Error(`cannot read the colour ${colour}`);
  return parts.slice(0, 3);
}

/** The 8-bit RGB or RGBA, non-interlaced PNG a Chromium screenshot is, as rows of pixels. */
export function decodePng(png: Buffer): {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
} {
  let offset = 8;
  let [width, height, channels] = [0, 0, 0];
  const compressed: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      const [depth, colour, interlace] = [body[8], body[9], body[12]];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0)
        throw new Error('unexpected PNG kind');
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') compressed.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= channels ? (data[y * stride + x - channels] ?? 0) : 0;
      const up = y > 0 ? (data[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= channels && y > 0 ? (data[(y - 1) * stride + x - channels] ?? 0) : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predicted =
        filter === 1
          ? left
          : filter === 2
            ? up
            : filter === 3
              ? (left + up) >> 1
              : filter === 4
                ? paeth()
                : 0;
      data[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, channels, data };
}
