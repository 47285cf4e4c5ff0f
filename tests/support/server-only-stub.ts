// Vitest runs outside React's server environment; "server-only" is a bundler guard only.
export {};
