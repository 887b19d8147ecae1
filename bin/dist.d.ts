// Types for bin/dist.js (plain JavaScript: it runs before any TypeScript loader).
export declare const ROOT: string;
/** The source folders compiled by default: src, adapters, migrations. */
export declare const CODE: readonly string[];
export interface BuildPlace {
  /** The project root (default: this repository). */
  readonly root?: string;
  /** Where the build goes (default: <root>/dist). */
  readonly outDir?: string;
  /** Source folders to compile (default: CODE). */
  readonly code?: readonly string[];
}
export declare function fingerprint(place?: Pick<BuildPlace, 'root' | 'code'>): string;
export declare function isFresh(place?: BuildPlace): boolean;
export declare function build(place?: BuildPlace & { readonly quiet?: boolean }): Promise<{
  readonly files: number;
}>;
export declare function compiled(
  file: string,
  options?: { readonly compile?: boolean },
): Promise<string | undefined>;
