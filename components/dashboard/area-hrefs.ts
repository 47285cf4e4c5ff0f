/**
 * Where each figure of the area table leads, built on the server by the same functions as the
 * project list's filters (lib/dashboard/rules.ts) with AREA_PLACEHOLDER standing for an
 * area's id; `group` for the group's totals row. Shared by server and client code.
 */
export interface FigureHrefs {
  area: Record<string, string>;
  group: Record<string, string>;
}

export const AREA_PLACEHOLDER = "AREA";
