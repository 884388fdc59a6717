// A minimal PNG encoder and decoder on node's zlib, enough for the app icons:
// the encoder writes 8-bit RGBA; the decoder reads 8-bit grey, RGB, palette, grey+alpha and RGBA
// images without interlacing (what image editors write for small icons) and returns RGBA.
import * as zlib from 'zlib';

/** An image as straight (not premultiplied) 8-bit RGBA, rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  /** width * height * 4 bytes: R, G, B, A. */
  data: Uint8Array;
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as used by PNG and ZIP. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out, 4, 8 + body.length), 8 + body.length);
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Encodes RGBA pixels as a PNG, choosing a filter per row (minimum sum of absolute differences). */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`Bad PNG size ${width}x${height}`);
  }
  if (data.length !== width * height * 4) {
    throw new Error(`Expected ${width * height * 4} bytes of RGBA, got ${data.length}`);
  }
  const bpp = 4;
  const stride = width * bpp;
  const raw = Buffer.alloc((stride + 1) * height);
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = y * stride;
    const prev = row - stride;
    let bestFilter = 0;
    let bestScore = Infinity;
    let best = Buffer.alloc(stride);
    for (let filter = 0; filter <= 4; filter++) {
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const x = data[row + i]!;
        const a = i >= bpp ? data[row + i - bpp]! : 0;
        const b = y > 0 ? data[prev + i]! : 0;
        const c = i >= bpp && y > 0 ? data[prev + i - bpp]! : 0;
        let v: number;
        switch (filter) {
          case 0: v = x; break;
          case 1: v = x - a; break;
          case 2: v = x - b; break;
          case 3: v = x - ((a + b) >> 1); break;
          default: v = x - paeth(a, b, c); break;
        }
        v &= 0xff;
        candidate[i] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) {
        bestScore = score;
        bestFilter = filter;
        best = Buffer.from(candidate);
      }
    }
    raw[y * (stride + 1)] = bestFilter;
    best.copy(raw, y * (stride + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Buffer): Chunk[] {
  if (png.length < SIGNATURE.length || !png.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error('not a PNG file (bad signature)');
  }
  const chunks: Chunk[] = [];
  let pos = SIGNATURE.length;
  while (pos < png.length) {
    if (pos + 12 > png.length) throw new Error('truncated PNG chunk');
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const end = pos + 8 + length;
    if (end + 4 > png.length) throw new Error(`truncated PNG chunk ${type}`);
    if (png.readUInt32BE(end) !== crc32(png, pos + 4, end)) throw new Error(`bad CRC in PNG chunk ${type}`);
    chunks.push({ type, data: png.subarray(pos + 8, end) });
    pos = end + 4;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('PNG does not start with IHDR');
  return chunks;
}

function parseHeader(ihdr: Buffer): PngHeader {
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8]!,
    colorType: ihdr[9]!,
    interlace: ihdr[12]!,
  };
}

/** Reads only the header (size, bit depth, colour type) of a PNG. */
export function readPngHeader(png: Buffer): PngHeader {
  return parseHeader(readChunks(png)[0]!.data);
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Decodes a non-interlaced 8-bit PNG of any colour type into RGBA. */
export function decodePng(png: Buffer): RgbaImage {
  const chunks = readChunks(png);
  const header = parseHeader(chunks[0]!.data);
  const { width, height, bitDepth, colorType, interlace } = header;
  const channels = CHANNELS[colorType];
  if (channels === undefined) throw new Error(`unknown PNG colour type ${colorType}`);
  if (bitDepth !== 8) throw new Error(`PNG bit depth ${bitDepth} is not supported (only 8)`);
  if (interlace !== 0) throw new Error('interlaced PNGs are not supported');
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  const transparency = chunks.find((c) => c.type === 'tRNS')?.data;
  if (colorType === 3 && !palette) throw new Error('palette PNG without PLTE chunk');

  const raw = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const bpp = channels;
  const stride = width * bpp;
  if (raw.length < (stride + 1) * height) throw new Error('PNG image data is too short');
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const x = raw[src + i]!;
      const a = i >= bpp ? pixels[row + i - bpp]! : 0;
      const b = y > 0 ? pixels[row - stride + i]! : 0;
      const c = i >= bpp && y > 0 ? pixels[row - stride + i - bpp]! : 0;
      let v: number;
      switch (filter) {
        case 0: v = x; break;
        case 1: v = x + a; break;
        case 2: v = x + b; break;
        case 3: v = x + ((a + b) >> 1); break;
        case 4: v = x + paeth(a, b, c); break;
        default: throw new Error(`bad PNG filter type ${filter} in row ${y}`);
      }
      pixels[row + i] = v & 0xff;
    }
  }

  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const s = p * bpp;
    const d = p * 4;
    switch (colorType) {
      case 0: {
        const g = pixels[s]!;
        data[d] = data[d + 1] = data[d + 2] = g;
        data[d + 3] = transparency && transparency.length >= 2 && transparency.readUInt16BE(0) === g ? 0 : 255;
        break;
      }
      case 2: {
        const [r, g, b] = [pixels[s]!, pixels[s + 1]!, pixels[s + 2]!];
        data[d] = r;
        data[d + 1] = g;
        data[d + 2] = b;
        const keyed = transparency && transparency.length >= 6 &&
          transparency.readUInt16BE(0) === r && transparency.readUInt16BE(2) === g && transparency.readUInt16BE(4) === b;
        data[d + 3] = keyed ? 0 : 255;
        break;
      }
      case 3: {
        const index = pixels[s]!;
        if (index * 3 + 2 >= palette!.length) throw new Error(`palette index ${index} out of range`);
        data[d] = palette![index * 3]!;
        data[d + 1] = palette![index * 3 + 1]!;
        data[d + 2] = palette![index * 3 + 2]!;
        data[d + 3] = transparency && index < transparency.length ? transparency[index]! : 255;
        break;
      }
      case 4:
        data[d] = data[d + 1] = data[d + 2] = pixels[s]!;
        data[d + 3] = pixels[s + 1]!;
        break;
      default:
        data[d] = pixels[s]!;
        data[d + 1] = pixels[s + 1]!;
        data[d + 2] = pixels[s + 2]!;
        data[d + 3] = pixels[s + 3]!;
    }
  }
  return { width, height, data };
}
