"use client";

import { useLocale } from "next-intl";
import { type Locale, toAppLocale } from "./locales";

export function useAppLocale(): Locale {
  return toAppLocale(useLocale());
}
