/** An image format the avatar endpoint accepts. */
export interface ImageType {
  /** File extension used in the storage key. */
  ext: 'jpg' | 'png';
  /** Content type stored with the object. */
  mime: 'image/jpeg' | 'image/png';
}

const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Detects JPEG and PNG by their magic bytes. The client's file name and Content-Type are not
 * trusted: a renamed executable is still an executable.
 */
export function detectImageType(bytes: Buffer): ImageType | null {
  if (bytes.subarray(0, JPEG_MAGIC.length).equals(JPEG_MAGIC)) return { ext: 'jpg', mime: 'image/jpeg' };
  if (bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) return { ext: 'png', mime: 'image/png' };
  return null;
}
