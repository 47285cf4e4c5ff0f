import { Pencil } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { AdminPlace } from "@/lib/places/types";

/** The gazetteer: each place's name in the reader's language, its other names and point. */
export async function PlaceTable({ rows, locale }: { rows: AdminPlace[]; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("admin.places"), getFormatter()]);
  const degrees = (value: number) => format.number(Math.abs(value), { maximumFractionDigits: 4 });
  const head = "px-3 py-2 text-left font-semibold";
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface shadow-xs">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-line bg-canvas">
          <tr>
            <th scope="col" className={head}>
              {t("columns.name")}
            </th>
            <th scope="col" className={head}>
              {t("columns.otherNames")}
            </th>
            <th scope="col" className={head}>
              {t("columns.country")}
            </th>
            <th scope="col" className={head}>
              {t("columns.kind")}
            </th>
            <th scope="col" className={head}>
              {t("columns.point")}
            </th>
            <th scope="col" className={head}>
              {t("columns.projects")}
            </th>
            <th scope="col" className={head}>
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((place) => {
            const name = place.names[locale];
            const others = [place.names.nb, place.names.ru, place.names.en, place.names.se]
              .filter((n): n is string => !!n && n !== name)
              .concat(place.aliases);
            return (
              <tr key={place.id} className="align-top">
                <th scope="row" lang={locale} className="px-3 py-2 text-left font-medium">
                  {name}
                </th>
                <td className="min-w-48 px-3 py-2 text-muted">
                  {[...new Set(others)].join(" · ")}
                </td>
                <td className="px-3 py-2">
                  {place.country ? t(`countries.${place.country}`) : null}
                </td>
                <td className="px-3 py-2">{t(`kinds.${place.kind}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                  {place.latitude === null || place.longitude === null
                    ? t("noPoint")
                    : t("point", {
                        lat: degrees(place.latitude),
                        ns: place.latitude < 0 ? "s" : "n",
                        lon: degrees(place.longitude),
                        ew: place.longitude < 0 ? "w" : "e",
                      })}
                </td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                  {t("projects", { count: place.projects })}
                </td>
                <td className="px-3 py-2">
                  <Link
                    href={`/admin/places?edit=${place.id}#edit-place`}
                    aria-label={t("editLabel", { name })}
                    className="inline-flex items-center gap-1 text-accent-strong hover:underline"
                  >
                    <Pencil aria-hidden className="size-4" />
                    {t("edit")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
