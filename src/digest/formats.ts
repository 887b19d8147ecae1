/**
 * The document formats a digest comes in. On its own so the command line can list the choices
 * in its help without loading the renderers (docx is heavy).
 */
export const DIGEST_FORMATS = ['md', 'html', 'docx', 'csv'] as const;
export type DigestFormat = (typeof DIGEST_FORMATS)[number];
