/** Name of the fingerprint file inside a dist directory. */
export declare const SOURCES_FILE: string;
/** sha256 over the sorted relative paths and contents of src/ (tests excluded). */
export declare function hashSources(root: string): string;
