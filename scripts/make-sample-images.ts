/**
 * Makes the small product photos of the bundled sample registry
 * (content/sources/images/) and the sample stories' own photos
 * (content/stories/images/): flat illustrations drawn from SVG with sharp, a few
 * KB each, so the sample site has real images to lay out without shipping photos
 * of anyone's products. Deterministic: same script, same bytes.
 *
 *   node scripts/make-sample-images.ts
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const OUT = 'content/sources/images';
const STORIES_OUT = 'content/stories/images';

// File name (as the sample's Ảnh column writes it) → background, accent, a short label.
const IMAGES: Array<[file: string, background: string, accent: string, label: string]> = [
  ['ca-phe-rang-xay.jpg', '#4b2e1e', '#c8a27a', 'Cà phê'],
  ['ca-phe-dak-doa.jpg', '#3b2418', '#d9b38c', 'Cà phê'],
  ['mat-ong-rung.jpg', '#f2b705', '#8c5a03', 'Mật ong'],
  ['nuoc-mam-phu-quoc.jpg', '#7a3b12', '#f5d49b', 'Nước mắm'],
  ['duong-phen.webp', '#f4ede1', '#c9a66b', 'Đường phèn'],
  ['banh-gai.jpg', '#1f3d2b', '#7fb069', 'Bánh gai'],
  ['gom-men-lam.webp', '#f1f5fb', '#1d4e89', 'Gốm'],
  ['tra-o-long.webp', '#30523a', '#b7d3a8', 'Trà'],
  ['ho-tieu.jpg', '#2b2b2b', '#b03a2e', 'Hồ tiêu'],
  ['banh-trang.jpg', '#efe3c8', '#b08d57', 'Bánh tráng'],
  ['mien-dong.webp', '#d8d2c4', '#6b5b3e', 'Miến dong'],
  ['gao-st25.jpg', '#f7f3e3', '#9c8b3c', 'Gạo ST25'],
];
// File name (as a story's `photo: images/<file>` writes it) → the same.
const STORY_IMAGES: typeof IMAGES = [['dan-ong-khang-ninh.jpg', '#24502f', '#f2b705', 'Đàn ong Khang Ninh']];

function svg(background: string, accent: string, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360">
  <rect width="480" height="360" fill="${background}"/>
  <circle cx="240" cy="150" r="92" fill="${accent}" opacity="0.9"/>
  <ellipse cx="240" cy="150" rx="46" ry="70" fill="${background}" opacity="0.35"/>
  <rect x="0" y="290" width="480" height="70" fill="${accent}" opacity="0.55"/>
  <text x="240" y="336" font-family="sans-serif" font-size="34" font-weight="700" text-anchor="middle" fill="${background}">${label}</text>
</svg>`;
}

for (const [folder, images] of [
  [OUT, IMAGES],
  [STORIES_OUT, STORY_IMAGES],
] as const) {
  await mkdir(folder, { recursive: true });
  for (const [file, background, accent, label] of images) {
    const image = sharp(Buffer.from(svg(background, accent, label)));
    const target = path.join(folder, file);
    if (file.endsWith('.webp')) await image.webp({ quality: 60 }).toFile(target);
    else await image.jpeg({ quality: 60, mozjpeg: true }).toFile(target);
  }
  console.log(`wrote ${images.length} images to ${folder}`);
}
