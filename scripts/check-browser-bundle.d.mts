/** Types of ./check-browser-bundle.mjs (a plain script, so that `npm test` runs it without tsx). */
export declare const SERVER_MARKERS: Record<string, string>;
export declare function serverCodeIn(dir: string): { file: string; libraries: string[] }[];
