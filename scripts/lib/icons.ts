// The app's icons, drawn in code so they can be regenerated and reviewed like any other source.
// Design: three interlocking rings (the purchase channels a customer's subscriptions can come
// from, linked into one view). Every pair of rings crosses twice, over at one crossing and under
// at the other, like chain links. The colour icon puts them on a rounded blue tile; the outline
// icon draws them in white on a transparent background, as Teams requires.
import type { RgbaImage } from './png';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** The tile's main colour; also the manifest's accentColor. */
export const ACCENT_COLOR = '#4457D9';

type Rgb = readonly [number, number, number];
type Rgba = readonly [number, number, number, number];

interface Ring {
  cx: number;
  cy: number;
  radius: number;
  width: number;
  color: Rgb;
}

interface Scene {
  size: number;
  rings: Ring[];
  /** Width of the cut that separates a ring from the ring passing under it. */
  gap: number;
  /** The colour at a point when no ring covers it (the tile, or transparency). */
  background(x: number, y: number): Rgba;
}

/** Three rings whose centres sit on a circle of `spread` around the middle, first one on top. */
function threeRings(size: number, spread: number, radius: number, width: number, colors: readonly Rgb[], dy = 0): Ring[] {
  return colors.map((color, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / colors.length;
    return {
      cx: size / 2 + spread * Math.cos(angle),
      cy: size / 2 + dy + spread * Math.sin(angle),
      radius,
      width,
      color,
    };
  });
}

/**
 * Whether ring a lies over ring b at (x, y): a is on top at the crossing to the left of the line
 * from a's centre to b's, and under at the other one, so each pair interlocks like two links.
 */
function isOver(a: Ring, b: Ring, x: number, y: number): boolean {
  return (b.cx - a.cx) * (y - a.cy) - (b.cy - a.cy) * (x - a.cx) > 0;
}

/** Colour of one sample point: background, then rings from the lowest to the topmost at this point. */
function shade(scene: Scene, x: number, y: number): Rgba {
  let color = scene.background(x, y);
  const near = scene.rings
    .map((ring) => ({ ring, distance: Math.abs(Math.hypot(x - ring.cx, y - ring.cy) - ring.radius) }))
    .filter(({ ring, distance }) => distance <= ring.width / 2 + scene.gap);
  if (near.length === 0) return color;
  // A ring's height here is how many of the other nearby rings it lies over.
  const ordered = near.map((n) => ({ ...n, height: near.filter((o) => o !== n && isOver(n.ring, o.ring, x, y)).length })).sort((p, q) => p.height - q.height);
  for (const { ring, distance } of ordered) {
    if (distance <= ring.width / 2) color = [...ring.color, 1];
    else if (ordered.length > 1) color = scene.background(x, y); // the cut around a ring on top
  }
  return color;
}

/** Renders a scene with `samples`×`samples` supersampling for smooth edges. */
function render(scene: Scene, samples: number): RgbaImage {
  const { size } = scene;
  const data = new Uint8Array(size * size * 4);
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour so edges against transparency do not darken.
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = shade(scene, px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        data[o] = Math.round(r / a);
        data[o + 1] = Math.round(g / a);
        data[o + 2] = Math.round(b / a);
      }
      data[o + 3] = Math.round((a / n) * 255);
    }
  }
  return { width: size, height: size, data };
}

function hex(color: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`bad colour ${color}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Signed distance from a point to a rounded square covering the whole canvas (negative inside). */
function roundedSquareDistance(size: number, radius: number, x: number, y: number): number {
  const half = size / 2;
  const qx = Math.abs(x - half) - (half - radius);
  const qy = Math.abs(y - half) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** 192×192 full-colour icon: rings in white, aqua and amber on a rounded blue tile. */
export function renderColorIcon(): RgbaImage {
  const size = COLOR_ICON_SIZE;
  const top = hex('#5B6FF0');
  const bottom = hex('#2F3DB0');
  const scene: Scene = {
    size,
    rings: threeRings(size, 25, 38, 13, [hex('#FFFFFF'), hex('#58D8E8'), hex('#FFC24B')], 3),
    gap: 4,
    background(x, y) {
      if (roundedSquareDistance(size, 40, x, y) > 0) return [0, 0, 0, 0];
      const t = Math.min(1, Math.max(0, (x + y) / (2 * size)));
      return [top[0] + (bottom[0] - top[0]) * t, top[1] + (bottom[1] - top[1]) * t, top[2] + (bottom[2] - top[2]) * t, 1];
    },
  };
  return render(scene, 8);
}

/** 32×32 outline icon: the same rings in pure white on a fully transparent background. */
export function renderOutlineIcon(): RgbaImage {
  const size = OUTLINE_ICON_SIZE;
  const white: Rgb = [255, 255, 255];
  const scene: Scene = {
    size,
    rings: threeRings(size, 5.6, 6.6, 2.2, [white, white, white], 1),
    gap: 1,
    background: () => [255, 255, 255, 0],
  };
  const image = render(scene, 8);
  // Only white and alpha: even fully transparent pixels carry white.
  for (let o = 0; o < image.data.length; o += 4) image.data[o] = image.data[o + 1] = image.data[o + 2] = 255;
  return image;
}
