import { X } from "lucide-react";
import Link from "next/link";
import { PlaceForm } from "@/components/admin/place-form";
import { PlaceTable } from "@/components/admin/place-table";
import { EmptyState } from "@/components/page/empty-state";
import { PageFrame } from "@/components/page/page-frame";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/access";
import { baseMap } from "@/lib/map/base";
import { openPage, pageTitle, type SearchParams } from "@/lib/pages/page";
import { listPlacesForAdmin } from "@/lib/places/queries";

export const generateMetadata = pageTitle("admin.places.title");

export default async function AdminPlacesPage({ searchParams }: { searchParams: SearchParams }) {
  const { t, locale, db } = await openPage(requireAdmin(), "admin.places");
  const [query, rows] = await Promise.all([searchParams, listPlacesForAdmin(db)]);
  const editing = rows.find((place) => place.id === query.edit) ?? null;
  const base = baseMap();
  return (
    <PageFrame
      className="space-y-6"
      header={{ title: t("title"), description: t("intro"), descriptionClassName: "max-w-3xl" }}
    >
      {editing ? (
        <Card id="edit-place" className="relative scroll-mt-4">
          <Link
            href="/admin/places"
            className="absolute top-4 right-4 inline-flex items-center gap-1 text-sm text-accent-strong hover:underline"
          >
            <X aria-hidden className="size-4" />
            {t("close")}
          </Link>
          {/* A new key per place: the form starts again from the place chosen. */}
          <PlaceForm key={editing.id} place={editing} base={base} />
        </Card>
      ) : null}
      {rows.length ? (
        <PlaceTable rows={rows} locale={locale} />
      ) : (
        <EmptyState>{t("empty")}</EmptyState>
      )}
      <Card>
        <PlaceForm place={null} base={base} />
      </Card>
    </PageFrame>
  );
}
