import { Pencil } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/lib/i18n/locales";
import type { AdminPlace } from "@/lib/places/types";

/** The gazetteer: each place's name in the reader's language, its other names and point. */
export async function PlaceTable({ rows, locale }: { rows: AdminPlace[]; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("admin.places"), getFormatter()]);
  const degrees = (value: number) => format.number(Math.abs(value), { maximumFractionDigits: 4 });
  return (
    <DataTable
      caption={t("caption")}
      columns={[
        { key: "name", label: t("columns.name") },
        { key: "otherNames", label: t("columns.otherNames") },
        { key: "country", label: t("columns.country") },
        { key: "kind", label: t("columns.kind") },
        { key: "point", label: t("columns.point") },
        { key: "projects", label: t("columns.projects") },
        { key: "actions", label: t("columns.actions"), hiddenLabel: true },
      ]}
    >
      {rows.map((place) => {
        const name = place.names[locale];
        const others = [place.names.nb, place.names.ru, place.names.en, place.names.se]
          .filter((n): n is string => !!n && n !== name)
          .concat(place.aliases);
        return (
          <tr key={place.id}>
            <th scope="row" lang={locale} className="px-3 py-2 text-left align-top font-medium">
              {name}
            </th>
            <td className="min-w-48 text-muted">{[...new Set(others)].join(" · ")}</td>
            <td>{place.country ? t(`countries.${place.country}`) : null}</td>
            <td>{t(`kinds.${place.kind}`)}</td>
            <td className="whitespace-nowrap tabular-nums">
              {place.latitude === null || place.longitude === null
                ? t("noPoint")
                : t("point", {
                    lat: degrees(place.latitude),
                    ns: place.latitude < 0 ? "s" : "n",
                    lon: degrees(place.longitude),
                    ew: place.longitude < 0 ? "w" : "e",
                  })}
            </td>
            <td className="whitespace-nowrap tabular-nums">
              {t("projects", { count: place.projects })}
            </td>
            <td>
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
    </DataTable>
  );
}
