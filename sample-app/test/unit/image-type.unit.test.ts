// @module-tag unit
import { describe, expect, it } from 'vitest';
import { detectImageType } from '../../src/lib/image-type.js';
import { GIF_BYTES, JPEG_BYTES, PNG_BYTES } from '../helper.js';

describe('detectImageType (magic bytes)', () => {
  it('recognises PNG and JPEG by their first bytes', () => {
    expect(detectImageType(PNG_BYTES)).toEqual({ ext: 'png', mime: 'image/png' });
    expect(detectImageType(JPEG_BYTES)).toEqual({ ext: 'jpg', mime: 'image/jpeg' });
  });

  it('rejects other formats, truncated headers and text pretending to be an image', () => {
    expect(detectImageType(GIF_BYTES)).toBeNull();
    expect(detectImageType(PNG_BYTES.subarray(0, 4))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
    expect(detectImageType(Buffer.from('<?php echo "not a png"; ?>'))).toBeNull();
  });
});
