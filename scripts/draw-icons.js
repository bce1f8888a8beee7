#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16/32/64/80.png): a white report page with a folded corner,
// a green table grid on it and a red check mark over the lower right — "the annual report, checked".
// Pure Node (zlib) so anyone can redraw them; shapes are drawn at 4× and averaged for anti-aliasing.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const SS = 4; // supersampling factor

const PAGE = [255, 255, 255];
const PAGE_EDGE = [33, 115, 70]; // Excel green
const GRID = [33, 115, 70];
const HEADER = [198, 224, 180];
const CHECK = [196, 43, 28]; // 公文 red

/** Coverage shapes in unit coordinates (0..1), painted in order. */
function shapes() {
  const left = 0.14, right = 0.78, top = 0.06, bottom = 0.94, fold = 0.16;
  const inPage = (x, y) => x >= left && x <= right && y >= top && y <= bottom && !(x > right - fold && y < top + fold && x - (right - fold) > y - top);
  const pageEdge = (x, y, w) => inPage(x, y) && !inPage2(x, y, w);
  const inPage2 = (x, y, w) => x >= left + w && x <= right - w && y >= top + w && y <= bottom - w && !(x > right - fold - w && y < top + fold + w && x - (right - fold - w) > y - (top + w) - 0.0);
  const foldTri = (x, y) => x >= right - fold && y <= top + fold && x - (right - fold) <= y - top;
  // table area
  const tl = left + 0.09, tr = right - 0.09, tt = top + 0.24, tb = bottom - 0.1;
  const cols = [tl, tl + (tr - tl) * 0.4, tl + (tr - tl) * 0.7, tr];
  const rows = [tt, tt + (tb - tt) * 0.25, tt + (tb - tt) * 0.5, tt + (tb - tt) * 0.75, tb];
  const near = (v, list, w) => list.some((c) => Math.abs(v - c) <= w / 2);
  const inTable = (x, y) => x >= tl && x <= tr && y >= tt && y <= tb;
  // check mark: two thick strokes
  const seg = (x, y, ax, ay, bx, by, w) => {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    const px = ax + t * dx - x, py = ay + t * dy - y;
    return px * px + py * py <= (w / 2) * (w / 2);
  };
  return (x, y, size) => {
    const line = Math.max(1.2 / size, 0.035); // at least about one pixel
    let c = null;
    if (inPage(x, y)) c = PAGE;
    if (inTable(x, y) && y <= rows[1]) c = HEADER;
    if (inTable(x, y) && (near(x, cols, line) || near(y, rows, line))) c = GRID;
    if (pageEdge(x, y, line * 1.2)) c = PAGE_EDGE;
    if (foldTri(x, y)) c = HEADER;
    const w = Math.max(0.13, 2.4 / size);
    if (seg(x, y, 0.5, 0.7, 0.64, 0.86, w) || seg(x, y, 0.64, 0.86, 0.95, 0.46, w)) c = CHECK;
    return c;
  };
}

function render(size) {
  const paint = shapes();
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = paint((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size, size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a); px[i + 1] = Math.round(g / a); px[i + 2] = Math.round(b / a);
      }
      px[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return png(size, size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const out = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    fs.writeFileSync(path.join(out, `icon-${size}.png`), render(size));
    process.stdout.write(`assets/icon-${size}.png\n`);
  }
}

module.exports = { render, SIZES };
