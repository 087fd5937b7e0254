import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageDimensions } from '@/lib/content/images';

const publicDir = path.resolve(__dirname, '../../fixtures/public');
const where = 'content/a.md';

describe('imageDimensions', () => {
  it('reads the width and height of an image under /images/', () => {
    expect(imageDimensions('/images/fixtures/greenhouse.jpg', where, publicDir)).toEqual({
      width: 1600,
      height: 1000,
    });
    expect(imageDimensions('/images/fixtures/library.png', where, publicDir)).toEqual({
      width: 640,
      height: 400,
    });
  });

  it('fails naming the article and the path when the file is missing', () => {
    expect(() => imageDimensions('/images/fixtures/gone.jpg', where, publicDir)).toThrow(
      'content/a.md: image /images/fixtures/gone.jpg is missing: no file public/images/fixtures/gone.jpg',
    );
  });

  it('refuses images elsewhere: other hosts, other folders, climbing out', () => {
    for (const src of [
      'https://example.com/a.jpg',
      '//example.com/a.jpg',
      '/public/a.jpg',
      'images/a.jpg',
      '/images/a.jpg?w=1',
    ]) {
      expect(() => imageDimensions(src, where, publicDir), src).toThrow(
        `content/a.md: image ${src} must be a file under /images/`,
      );
    }
    expect(() => imageDimensions('/images/../../package.json', where, publicDir)).toThrow(
      'must stay inside public/images/',
    );
    expect(() => imageDimensions('/images/%E0%A4%A', where, publicDir)).toThrow(
      'is not a valid path',
    );
  });

  it('refuses files that are not images the optimiser serves (SVG included)', () => {
    expect(() => imageDimensions('/images/logo.svg', where, publicDir)).toThrow(
      'is not a jpg, jpeg, png, webp, avif, gif file',
    );
  });
});
