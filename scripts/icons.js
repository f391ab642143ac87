#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png … icon-80.png): a white target on a green
 * rounded square. Drawn by code so every size is sharp and the icons can be regenerated.
 * Run: node scripts/icons.js
 */
const fs = require("fs");
const path = require("path");
const { encodePng } = require("./png");

const SIZES = [16, 32, 64, 80];
const GREEN = [0x1b, 0x6e, 0x45];
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 4;

/** Signed distance of (x, y) from a rounded square filling the unit box with corner radius r. */
function roundedSquare(x, y, r) {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return Math.hypot(dx, dy) - r;
}

/** Colour at a point of the unit box: background, ring, dot or transparent. */
function shade(x, y) {
  if (roundedSquare(x, y, 0.18) > 0) return null;
  const d = Math.hypot(x - 0.5, y - 0.5);
  const onRing = d > 0.25 && d < 0.36;
  const onDot = d < 0.12;
  return onRing || onDot ? WHITE : GREEN;
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = shade((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
      }
      rgba[i + 3] = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return encodePng(size, size, rgba);
}

const assets = path.join(__dirname, "..", "assets");
fs.mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = path.join(assets, `icon-${size}.png`);
  fs.writeFileSync(file, drawIcon(size));
  process.stdout.write(`${path.relative(process.cwd(), file)} ${size}×${size}\n`);
}
