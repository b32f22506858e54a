// Types of scripts/changelog-section.mjs, so the TypeScript test imports it typed.

/** The body of one version's section (without its heading), trimmed; throws when missing or empty. */
export function extractSection(text: string, version: string): string;

/** Turns "Unreleased" into `## [version] - date` under a new empty "Unreleased"; moves compare links. */
export function promoteUnreleased(text: string, version: string, date: string): string;
