// PNG encoding and decoding on pngjs, in the shapes the icon and package scripts use: straight
// 8-bit RGBA pixels, and a PNG's header (size, bit depth, colour type, interlacing).
import { PNG } from 'pngjs';

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

/** Encodes RGBA pixels as an 8-bit RGBA PNG. */
export function encodePng(image: RgbaImage): Buffer {
  if (image.data.length !== image.width * image.height * 4) throw new Error('RGBA data does not match the image size');
  const png = new PNG({ width: image.width, height: image.height, colorType: 6, inputHasAlpha: true });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return PNG.sync.write(png, { colorType: 6 });
}

/** pngjs's result of a read, with the header fields it reports beside the pixels. */
type Read = PNG & { depth: number; colorType: number; interlace: boolean };

function read(png: Buffer): Read {
  return PNG.sync.read(png) as Read;
}

/** The header (size, bit depth, colour type) of a PNG; throws on anything that is not a valid PNG. */
export function readPngHeader(png: Buffer): PngHeader {
  const image = read(png);
  return { width: image.width, height: image.height, bitDepth: image.depth, colorType: image.colorType, interlace: image.interlace ? 1 : 0 };
}

/** Decodes a PNG of any colour type, bit depth or interlacing into 8-bit RGBA. */
export function decodePng(png: Buffer): RgbaImage {
  const image = read(png);
  return { width: image.width, height: image.height, data: new Uint8Array(image.data) };
}
