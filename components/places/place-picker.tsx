"use client";

import { MapPin, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { FieldErrors } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAppLocale } from "@/lib/i18n/client";
import type { Locale } from "@/lib/i18n/locales";
import { findPlaces, matchedAlias, PLACE_LIMITS } from "@/lib/places/rules";
import type { PlacePicker as PickerData, PickerPlace, PlaceOption } from "@/lib/places/types";
import { ClickMap } from "./click-map";

/** How near (in map units) a click must fall to a place to choose it. */
const NEAR = 24;

const RESULTS = 8;

/**
 * The place's other names (the other languages, the Sámi one), to tell places apart, and the
 * alias it was found by when no name explains why it is offered.
 */
function otherNames(place: PlaceOption, locale: Locale, query: string): string {
  const own = place.names[locale];
  const others = [place.names.nb, place.names.ru, place.names.en, place.names.se];
  const alias = matchedAlias(place, query);
  return [...new Set([...others, alias].filter((n): n is string => !!n && n !== own))].join(" · ");
}

/**
 * Chooses a project's places: a combobox that finds places by any of their names in any
 * script and spelling (lib/places/rules.ts `findPlaces`), and the chosen ones as chips, each
 * with a button that removes it. The form gets the keys, one per line, in the hidden `name`.
 */
export function PlacePicker({
  id,
  name,
  label,
  places,
  initial,
  errors,
  base,
}: {
  /** The text box's id (the error summary links to it). */
  id: string;
  name: string;
  label: string;
  places: readonly (PlaceOption | PickerPlace)[];
  /** The chosen places' keys, in order. */
  initial: readonly string[];
  errors?: string[];
  /** The base map: with it, a click near a place on the map chooses it too. */
  base?: PickerData["base"];
}) {
  const t = useTranslations("projectForm.placePicker");
  const locale = useAppLocale();
  const uid = useId();
  const listId = `${uid}-list`;
  const hintId = `${uid}-hint`;
  const errorId = errors?.length ? `${uid}-error` : undefined;
  const optionId = (key: string) => `${uid}-option-${key}`;
  const input = useRef<HTMLInputElement>(null);

  const byKey = useMemo(() => new Map(places.map((p) => [p.key, p])), [places]);
  const [chosen, setChosen] = useState<string[]>(() => [...new Set(initial)]);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState("");

  const full = chosen.length >= PLACE_LIMITS.perProject;
  const resultsFor = (value: string) =>
    full || !value.trim()
      ? []
      : findPlaces(
          places.filter((p) => !chosen.includes(p.key)),
          value,
          locale,
          RESULTS,
        );
  const results = resultsFor(query);
  const expanded = open && results.length > 0;
  const current = expanded ? results[Math.min(active, results.length - 1)] : undefined;
  const nameOf = (key: string) => byKey.get(key)?.names[locale] ?? key;

  useEffect(() => {
    if (current)
      document.getElementById(optionId(current.key))?.scrollIntoView({ block: "nearest" });
  });

  function search(value: string) {
    setQuery(value);
    setActive(0);
    setOpen(true);
    setAnnouncement(value.trim() && !full ? t("found", { count: resultsFor(value).length }) : "");
  }

  function choose(place: PlaceOption) {
    setChosen((keys) => (keys.includes(place.key) ? keys : [...keys, place.key]));
    setQuery("");
    setOpen(false);
    setActive(0);
    setAnnouncement(t("added", { name: place.names[locale] }));
    input.current?.focus();
  }

  /** A click on the map chooses the nearest place within reach, if any. */
  function pick(x: number, y: number) {
    let nearest: PickerPlace | null = null;
    let best = NEAR;
    for (const place of places) {
      if (!("x" in place) || place.x === null || place.y === null) continue;
      const distance = Math.hypot(place.x - x, place.y - y);
      if (distance < best) {
        best = distance;
        nearest = place;
      }
    }
    if (nearest) choose(nearest);
    else setAnnouncement(t("mapNothingNear"));
  }

  function remove(key: string) {
    setChosen((keys) => keys.filter((k) => k !== key));
    setAnnouncement(t("removed", { name: nameOf(key) }));
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(0);
        } else setActive((i) => Math.min(i + 1, results.length - 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        if (expanded) setActive((i) => Math.max(i - 1, 0));
        break;
      case "Enter":
        // Enter chooses; it never submits the whole form from the middle of a search.
        if (query.trim()) event.preventDefault();
        if (current) choose(current);
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        break;
      case "Tab":
        setOpen(false);
        break;
    }
  }

  const describedBy = [hintId, errorId].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {chosen.length ? (
        <ul aria-label={t("chosen")} className="flex flex-wrap gap-2 pb-1">
          {chosen.map((key) => (
            <li
              key={key}
              lang={byKey.has(key) ? locale : undefined}
              className="inline-flex max-w-full items-center gap-1 rounded-full border border-accent/30 bg-accent-soft py-0.5 pr-0.5 pl-2.5 text-sm text-accent-strong"
            >
              <MapPin aria-hidden className="size-3.5 shrink-0" />
              <span className="truncate">
                {byKey.has(key) ? nameOf(key) : t("unknown", { key })}
              </span>
              <button
                type="button"
                onClick={() => remove(key)}
                aria-label={t("remove", { name: nameOf(key) })}
                className="inline-flex size-7 shrink-0 items-center justify-center rounded-full hover:bg-accent/15"
              >
                <X aria-hidden className="size-4" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">{t("none")}</p>
      )}
      <div className="relative">
        <Input
          ref={input}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={current ? optionId(current.key) : undefined}
          aria-describedby={describedBy}
          aria-invalid={errorId ? true : undefined}
          placeholder={full ? undefined : t("placeholder")}
          value={query}
          onChange={(event) => search(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        <div
          id={listId}
          role="listbox"
          aria-label={t("results")}
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-md border border-line bg-surface py-1 shadow-lg"
        >
          {results.map((place) => {
            const isActive = place.key === current?.key;
            const others = otherNames(place, locale, query);
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: the text box keeps the focus and handles the keys (aria-activedescendant)
              <div
                key={place.key}
                id={optionId(place.key)}
                role="option"
                aria-selected={isActive}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(place)}
                className={`cursor-pointer border-l-4 px-3 py-2 ${isActive ? "border-accent bg-accent-soft" : "border-transparent hover:bg-canvas"}`}
              >
                <span lang={locale} className="block font-medium text-ink">
                  {place.names[locale]}
                </span>
                {others ? <span className="block text-sm text-muted">{others}</span> : null}
              </div>
            );
          })}
        </div>
      </div>
      {open && query.trim() && !results.length && !full ? (
        <p className="text-sm text-muted">{t("noMatch", { query: query.trim() })}</p>
      ) : null}
      <p id={hintId} className="text-sm text-muted">
        {full ? t("full", { max: PLACE_LIMITS.perProject }) : t("hint")}
      </p>
      <FieldErrors id={errorId} messages={errors} />
      {base ? (
        <ClickMap
          base={base}
          caption={t("mapCaption")}
          onPick={pick}
          dots={places.flatMap((p) =>
            "x" in p && p.x !== null && p.y !== null
              ? [{ key: p.key, x: p.x, y: p.y, strong: chosen.includes(p.key) }]
              : [],
          )}
        />
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <input type="hidden" name={name} value={chosen.join("\n")} />
    </div>
  );
}
