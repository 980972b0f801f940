/** Longest side an image keeps when it is shrunk before upload. */
const MAX_SIDE = 2048;
/** Above this a photo is shrunk on any connection; on a slow one, always. */
const LARGE_BYTES = 3 * 1024 * 1024;

interface NetworkInformationLike {
  effectiveType?: string;
  saveData?: boolean;
}

function isWeakConnection(): boolean {
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
  if (!connection) return false;
  return connection.saveData === true || /(^|-)2g$|^3g$/.test(connection.effectiveType ?? '');
}

/**
 * A photo made smaller in the browser when the connection is weak or the file is large (longest
 * side 2048 px, JPEG/WebP re-encoded), so a phone photo does not take minutes to send. GIFs
 * (animations) and images that are already small go as they are.
 */
export async function prepareImage(file: Blob): Promise<Blob> {
  if (!/^image\/(jpeg|png|webp)$/.test(file.type)) return file;
  if (file.size < LARGE_BYTES && !isWeakConnection()) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && file.size < LARGE_BYTES) {
    bitmap.close();
    return file;
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
  const smaller = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.85));
  return smaller && smaller.size < file.size ? smaller : file;
}
