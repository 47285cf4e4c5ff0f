"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { type FieldSource, FormField } from "@/components/forms/form-field";
import { SubmitButton, SubmitRow } from "@/components/forms/submit";
import { useForm } from "@/components/forms/use-form";
import { ClickMap } from "@/components/places/click-map";
import { Input, Options, Select, Textarea } from "@/components/ui/input";
import { useAppLocale } from "@/lib/i18n/client";
import { invertPoint, onMap, projectPoint } from "@/lib/map/rules";
import { createPlaceAction, updatePlaceAction } from "@/lib/places/form-actions";
import { PLACE_LIMITS } from "@/lib/places/rules";
import type { AdminPlace, PlacePicker } from "@/lib/places/types";
import { PLACE_COUNTRIES, PLACE_KINDS } from "@/lib/vocabulary";

const NAME_FIELDS = [
  ["nameNb", "nb"],
  ["nameRu", "ru"],
  ["nameEn", "en"],
  ["nameSe", "se"],
] as const;

const FIELDS = [
  "key",
  ...NAME_FIELDS.map(([field]) => field),
  "aliases",
  "latitude",
  "longitude",
  "kind",
  "country",
] as const;

/** What the form starts from: the place as it is, or empty for a new one. */
function initialValues(place: AdminPlace | null): Record<(typeof FIELDS)[number], string> {
  return {
    key: "",
    nameNb: place?.names.nb ?? "",
    nameRu: place?.names.ru ?? "",
    nameEn: place?.names.en ?? "",
    nameSe: place?.names.se ?? "",
    aliases: place?.aliases.join("\n") ?? "",
    latitude: place?.latitude === null || !place ? "" : String(place.latitude),
    longitude: place?.longitude === null || !place ? "" : String(place.longitude),
    kind: place?.kind ?? "town",
    country: place?.country ?? "",
  };
}

/**
 * Adds a place to the gazetteer (its fields empty again for the next one), or corrects one:
 * its names in each language, other spellings, its coordinates as numbers, kind and country.
 */
/** The point of typed coordinates on the map, if they are numbers and on it. */
function spotOf(latitude: string, longitude: string) {
  const lat = Number(latitude.replace(",", "."));
  const lon = Number(longitude.replace(",", "."));
  if (!latitude.trim() || !longitude.trim() || !Number.isFinite(lat) || !Number.isFinite(lon))
    return null;
  const [x, y] = projectPoint(lon, lat);
  return onMap(x, y) ? { x, y } : null;
}

export function PlaceForm({
  place,
  base,
}: {
  place: AdminPlace | null;
  /** The base map: with it, a click on the map sets the coordinates. */
  base?: PlacePicker["base"];
}) {
  const t = useTranslations("admin");
  const locale = useAppLocale();
  const form = useForm(place ? updatePlaceAction : createPlaceAction);
  const initial = initialValues(place);
  // After a success the fields show the place as saved; after a refusal what was typed.
  const value = (field: (typeof FIELDS)[number]) =>
    form.state.status === "success" && !place ? initial[field] : form.value(field, initial[field]);
  // A field of the form: its name, label, value and errors.
  const source: FieldSource = {
    value: (field) => value(field as (typeof FIELDS)[number]),
    errors: form.errors,
  };
  const bind = (field: (typeof FIELDS)[number]) => ({
    form: source,
    name: field,
    label: t(`places.fields.${field}`),
  });
  const prefix = place ? "edit-place" : "new-place";
  const id = (field: string) => `${prefix}-${field}`;
  const headingId = `${prefix}-heading`;
  const latitude = useRef<HTMLInputElement>(null);
  const longitude = useRef<HTMLInputElement>(null);
  const [spot, setSpot] = useState(() => spotOf(value("latitude"), value("longitude")));
  const [announcement, setAnnouncement] = useState("");
  const follow = () =>
    setSpot(spotOf(latitude.current?.value ?? "", longitude.current?.value ?? ""));
  const pick = (x: number, y: number) => {
    const point = invertPoint(x, y);
    if (!point || !latitude.current || !longitude.current) return;
    latitude.current.value = String(point.latitude);
    longitude.current.value = String(point.longitude);
    setSpot({ x, y });
    setAnnouncement(t("places.pointSet", point));
  };
  return (
    <form action={form.action} noValidate aria-labelledby={headingId} className="space-y-4">
      {/* Room on the right for the page's Close link. */}
      <h2
        id={headingId}
        className={place ? "pr-20 text-base font-semibold" : "text-base font-semibold"}
      >
        {place ? t("places.editHeading", { name: place.names[locale] }) : t("places.addHeading")}
      </h2>
      {place ? <input type="hidden" name="placeId" value={place.id} /> : null}
      <FormFeedback
        state={form.state}
        saved={place ? t("saved") : t("places.added")}
        fields={FIELDS}
        focus
      />
      <div key={form.key} className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {NAME_FIELDS.map(([field, lang]) => (
            <FormField
              key={field}
              {...bind(field)}
              hint={field === "nameSe" ? t("places.fields.nameSeHint") : undefined}
            >
              <Input
                id={id(field)}
                lang={lang}
                required={field !== "nameSe"}
                maxLength={PLACE_LIMITS.name}
              />
            </FormField>
          ))}
        </div>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {(
            [
              ["latitude", latitude],
              ["longitude", longitude],
            ] as const
          ).map(([field, ref]) => (
            <FormField key={field} {...bind(field)} hint={t(`places.fields.${field}Hint`)}>
              <Input
                id={id(field)}
                ref={ref}
                onChange={follow}
                inputMode="decimal"
                autoComplete="off"
                required
              />
            </FormField>
          ))}
          <FormField {...bind("kind")}>
            <Select id={id("kind")}>
              <Options values={PLACE_KINDS} label={(kind) => t(`places.kinds.${kind}`)} />
            </Select>
          </FormField>
          <FormField {...bind("country")}>
            <Select id={id("country")}>
              <option value="">{t("places.fields.noCountry")}</option>
              <Options
                values={PLACE_COUNTRIES}
                label={(country) => t(`places.countries.${country}`)}
              />
            </Select>
          </FormField>
        </div>
        {base ? (
          <div className="max-w-xl">
            <ClickMap
              base={base}
              caption={t("places.mapCaption")}
              onPick={pick}
              dots={spot ? [{ key: "point", x: spot.x, y: spot.y, strong: true }] : []}
            />
            <p role="status" className="sr-only">
              {announcement}
            </p>
          </div>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField {...bind("aliases")} hint={t("places.fields.aliasesHint")}>
            <Textarea id={id("aliases")} rows={3} />
          </FormField>
          {place ? null : (
            <FormField {...bind("key")} hint={t("places.fields.keyHint")}>
              <Input
                id={id("key")}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={PLACE_LIMITS.key}
                className="font-mono"
              />
            </FormField>
          )}
        </div>
      </div>
      <SubmitRow>
        <SubmitButton
          pending={form.pending}
          busy={place ? t("saving") : t("places.adding")}
          icon={place ? undefined : Plus}
        >
          {place ? t("save") : t("places.add")}
        </SubmitButton>
      </SubmitRow>
    </form>
  );
}
