import { X } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PlaceForm } from "@/components/admin/place-form";
import { PlaceTable } from "@/components/admin/place-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/access";
import { getAppLocale } from "@/lib/i18n/server";
import { baseMap } from "@/lib/map/base";
import { listPlacesForAdmin } from "@/lib/places/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.places"))("title") };
}

export default async function AdminPlacesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin();
  const [query, t, locale, rows] = await Promise.all([
    searchParams,
    getTranslations("admin.places"),
    getAppLocale(),
    listPlacesForAdmin(getDb()),
  ]);
  const editing = rows.find((place) => place.id === query.edit) ?? null;
  const base = baseMap();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} descriptionClassName="max-w-3xl" />
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
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-center text-muted">
          {t("empty")}
        </p>
      )}
      <Card>
        <PlaceForm place={null} base={base} />
      </Card>
    </div>
  );
}
