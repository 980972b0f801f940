import { invalid, unsupported } from '../errors.ts';
import { sanitizeFileName } from './sanitizeFileName.ts';

/** An upload as it will be stored: type from the bytes, images re-encoded without metadata. */
export interface InspectedUpload {
  name: string;
  contentType: string;
  content: Uint8Array;
  width: number | null;
  height: number | null;
  /** A small WebP preview, for images. */
  thumb: Uint8Array | null;
}

/** Types recognised by their magic numbers, with the extension a stored name gets. */
const BINARY_TYPES: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
  'audio/mpeg': 'mp3',
  'video/mp4': 'mp4',
};

/** Text has no magic number: accepted only as valid UTF-8 under one of these names. */
const TEXT_TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  svg: 'image/svg+xml',
};

const RASTER_IMAGES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
/** Larger images are refused rather than decoded (a decompression bomb is a few KiB). */
const MAX_INPUT_PIXELS = 60_000_000;
const THUMB_SIZE = 480;

/**
 * Finds the type in the bytes (magic numbers; text only as UTF-8 with a text extension), refuses
 * what is not allowed (415) and re-encodes images: orientation applied, EXIF/GPS/XMP dropped.
 */
export async function inspectUpload(rawName: string, bytes: Uint8Array): Promise<InspectedUpload> {
  if (bytes.byteLength === 0) throw invalid('The file is empty');
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(bytes);
  const binaryExt = detected ? BINARY_TYPES[detected.mime] : undefined;
  if (detected && binaryExt) {
    const name = sanitizeFileName(rawName, binaryExt);
    if (RASTER_IMAGES.has(detected.mime)) return { name, ...(await reencodeImage(detected.mime, bytes)) };
    return { name, contentType: detected.mime, content: bytes, width: null, height: null, thumb: null };
  }
  const claimed = rawName.split('.').pop()?.toLowerCase() ?? '';
  const textType = TEXT_TYPES[claimed];
  if ((!detected || detected.mime === 'application/xml') && textType && isText(bytes, claimed)) {
    const name = sanitizeFileName(rawName, claimed);
    return { name, contentType: textType, content: bytes, width: null, height: null, thumb: null };
  }
  throw unsupported(
    detected
      ? `Files of type ${detected.mime} cannot be shared here`
      : 'The content of this file does not match its name or is of a type that cannot be shared here',
  );
}

function isText(bytes: Uint8Array, ext: string): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  if (text.includes('\u0000')) return false;
  return ext === 'svg' ? /<svg[\s>]/i.test(text) : true;
}

async function reencodeImage(mime: string, bytes: Uint8Array): Promise<Omit<InspectedUpload, 'name'>> {
  const { default: sharp } = await import('sharp');
  const animated = mime === 'image/gif';
  try {
    // No withMetadata(): sharp writes none of the input's EXIF, GPS, XMP or comments.
    const pipeline = sharp(bytes, { animated, limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const encoded =
      mime === 'image/jpeg'
        ? pipeline.jpeg({ quality: 85, mozjpeg: true })
        : mime === 'image/png'
          ? pipeline.png()
          : mime === 'image/webp'
            ? pipeline.webp({ quality: 85 })
            : pipeline.gif();
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const thumb = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS })
      .resize({ width: THUMB_SIZE, height: THUMB_SIZE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    return {
      contentType: mime,
      content: new Uint8Array(data),
      width: info.width,
      height: info.pageHeight ?? info.height,
      thumb: new Uint8Array(thumb),
    };
  } catch (err) {
    throw invalid(`The image cannot be read: ${(err as Error).message}`);
  }
}
