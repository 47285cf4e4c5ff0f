import type { MessageNamespaces } from "./page-frame";

/**
 * The namespaces every page of one project hands its client components (the project's fields and
 * their values, the forms' words); each page adds its own.
 */
export const PROJECT_MESSAGES: MessageNamespaces = [
  "projects",
  "fields",
  "status",
  "health",
  "validation",
  "errors",
  "languages",
  "sides",
  "content",
];
