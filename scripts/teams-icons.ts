/**
 * Draws the Teams app icons: `npm run teams:icons` rewrites manifest/teams/color.png (192x192,
 * the mark in white on the app colour) and outline.png (32x32, white on transparent, as Teams
 * requires). The mark is a minutes page with a tick: an action followed up.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng, type Image } from './png.ts';

export const ACCENT = '#1F4E79';

type Rgba = readonly [number, number, number, number];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const hex = (h: string): Rgba => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
  255,
];

/** Is the point (in 0..1 units) on the mark? A page outline, three lines, and a tick. */
function onMark(x: number, y: number, stroke: number): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= stroke / 2;
  const page =
    (near(x, 0.22) || near(x, 0.78)) && y >= 0.14 && y <= 0.86
      ? true
      : (near(y, 0.14) || near(y, 0.86)) && x >= 0.22 && x <= 0.78;
  const lines = [0.32, 0.44].some((ly) => near(y, ly) && x >= 0.33 && x <= 0.67);
  // The tick: two segments, (0.36,0.64)->(0.46,0.74)->(0.66,0.54).
  const segment = (x1: number, y1: number, x2: number, y2: number) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= stroke / 2;
  };
  const tick = segment(0.36, 0.64, 0.46, 0.74) || segment(0.46, 0.74, 0.66, 0.54);
  return page || lines || tick;
}

function draw(size: number, background: Rgba, stroke: number): Image {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1)
    for (let x = 0; x < size; x += 1) {
      const colour = onMark((x + 0.5) / size, (y + 0.5) / size, stroke) ? WHITE : background;
      pixels.set(colour, (y * size + x) * 4);
    }
  return { width: size, height: size, pixels };
}

export const colourIcon = (): Image => draw(192, hex(ACCENT), 0.045);
export const outlineIcon = (): Image => draw(32, CLEAR, 0.07);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../manifest/teams/', import.meta.url);
  writeFileSync(new URL('color.png', dir), encodePng(colourIcon()));
  writeFileSync(new URL('outline.png', dir), encodePng(outlineIcon()));
  process.stdout.write('Wrote manifest/teams/color.png and outline.png\n');
}
