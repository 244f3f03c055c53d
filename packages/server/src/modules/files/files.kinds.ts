// The kinds of document Köprü accepts, each with the media type it is served as and the file name
// extensions that may name it. Anything else (HTML, SVG, scripts, executables, archives) is refused.

export type FileKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'webp'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'text'
  | 'csv';

interface KindInfo {
  readonly mediaType: string;
  /** Lower-case extensions without the dot; the first is added to a name that has none of them. */
  readonly extensions: readonly string[];
}

export const FILE_KINDS: Readonly<Record<FileKind, KindInfo>> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  png: { mediaType: 'image/png', extensions: ['png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  webp: { mediaType: 'image/webp', extensions: ['webp'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  odp: { mediaType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'] },
  text: { mediaType: 'text/plain; charset=utf-8', extensions: ['txt'] },
  csv: { mediaType: 'text/csv; charset=utf-8', extensions: ['csv'] },
};

/** The kinds whose content is the same (UTF-8 text): the name's extension tells them apart. */
export const TEXT_KINDS: readonly FileKind[] = ['text', 'csv'];

/** The kind a file name's extension claims, if it is one of ours. */
export function kindOfExtension(name: string): FileKind | undefined {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!ext) return undefined;
  return (Object.keys(FILE_KINDS) as FileKind[]).find((k) => FILE_KINDS[k].extensions.includes(ext));
}
