// Types for bin/dist.js (plain JavaScript: it runs before any TypeScript loader).
export declare const ROOT: string;
/** The source folders fingerprinted by default: src, adapters, migrations. */
export declare const CODE: readonly string[];
/** The bundles built by default, output name below dist/ (`app/main`) to source file. */
export declare const ENTRIES: Readonly<Record<string, string>>;
export interface BuildPlace {
  /** The project root (default: this repository). */
  readonly root?: string;
  /** Where the build goes (default: <root>/dist). */
  readonly outDir?: string;
  /** Source folders whose files decide freshness (default: CODE). */
  readonly code?: readonly string[];
}
export declare function fingerprint(place?: Pick<BuildPlace, 'root' | 'code'>): string;
export declare function isFresh(place?: BuildPlace): boolean;
export declare function build(
  place?: BuildPlace & {
    /** The bundles to build (default: ENTRIES); every migration is built beside them. */
    readonly entries?: Readonly<Record<string, string>>;
    readonly quiet?: boolean;
  },
): Promise<{ readonly files: number }>;
/** The bundle `entry` (a key of ENTRIES) as a file URL when fresh (or built), else undefined. */
export declare function compiled(
  entry: string,
  options?: { readonly compile?: boolean },
): Promise<string | undefined>;
