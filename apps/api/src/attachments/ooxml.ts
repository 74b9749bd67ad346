import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** The main part an OOXML package of each accepted type must declare and contain. */
const MAIN_PART_TYPES: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
};

// A real document has tens of parts; a [Content_Types].xml of more than this is not one.
const MAX_ENTRIES = 5_000;
const MAX_CONTENT_TYPES_BYTES = 256 * 1024;

/** True for the media types checked as OOXML packages. */
export function isOoxmlType(type: string): boolean {
  return type in MAIN_PART_TYPES;
}

function open(body: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(body, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip),
    ),
  );
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_CONTENT_TYPES_BYTES) stream.destroy(new Error('part too large'));
        else chunks.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    }),
  );
}

/** The entries' names and the text of [Content_Types].xml, or undefined when the zip is unreadable. */
async function listPackage(body: Buffer): Promise<{ names: Set<string>; contentTypes?: string } | undefined> {
  let zip: ZipFile;
  try {
    zip = await open(body);
  } catch {
    return undefined;
  }
  return new Promise((resolve) => {
    const names = new Set<string>();
    let contentTypes: string | undefined;
    const fail = () => {
      zip.close();
      resolve(undefined);
    };
    zip.on('error', fail);
    zip.on('end', () => resolve({ names, contentTypes }));
    zip.on('entry', (entry: Entry) => {
      names.add(entry.fileName);
      if (names.size > MAX_ENTRIES) return fail();
      if (entry.fileName !== '[Content_Types].xml') return zip.readEntry();
      if (entry.uncompressedSize > MAX_CONTENT_TYPES_BYTES) return fail();
      readEntry(zip, entry).then((text) => {
        contentTypes = text.toString('utf8');
        zip.readEntry();
      }, fail);
    });
    zip.readEntry();
  });
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name = '', , double, single] of tag.matchAll(/([A-Za-z:]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    found[name] = double ?? single ?? '';
  }
  return found;
}

/**
 * True when `body` is a readable ZIP whose [Content_Types].xml declares the main part of `type`
 * (the Word document or the Excel workbook, not a macro-enabled variant) and the package really
 * contains that part. A renamed ZIP of anything else starts with the same two bytes; this is not
 * fooled by that.
 */
export async function isOoxmlPackage(body: Buffer, type: string): Promise<boolean> {
  const mainType = MAIN_PART_TYPES[type];
  if (!mainType) return false;
  const pkg = await listPackage(body);
  if (!pkg?.contentTypes || !/<Types[\s>]/.test(pkg.contentTypes)) return false;
  const overrides = [...pkg.contentTypes.matchAll(/<Override\b[^>]*>/g)].map((m) => attributes(m[0]));
  return overrides.some(
    (o) =>
      o.ContentType === mainType &&
      typeof o.PartName === 'string' &&
      o.PartName.startsWith('/') &&
      pkg.names.has(decodeURIComponent(o.PartName.slice(1))),
  );
}
