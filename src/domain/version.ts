/**
 * The document format's version. 2 added the lifecycle of state ties (`stages`, `reservations`);
 * files of version 1 still open and are converted on load. Kept apart from the schema so that
 * modules needing only the number do not load the schema library.
 */
export const SCHEMA_VERSION = 2;
