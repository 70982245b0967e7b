import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** Set by contentlayer for a post (and by lib/pages.ts for a page): the file, relative to its folder. */
    rawDocumentData: { sourceFilePath?: string };
  }
}

/** The path of the post a vfile holds, relative to the posts' folder, when it says. */
export const sourceFilePathOf = (file: { data: VFile['data'] }): string | undefined =>
  file.data.rawDocumentData?.sourceFilePath;
