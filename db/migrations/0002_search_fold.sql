-- Cross-script search: a "fold" maps Norwegian, English and Russian spellings of the same
-- word onto one Latin skeleton, so "Мурманск" finds "Murmansk" and "Kirkenes" finds "Киркенес".
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE FUNCTION workplan_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS $$
  SELECT regexp_replace(
    translate(
      replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
        -- Explicit case folding: lower() alone depends on the database's LC_CTYPE.
        lower(translate(input,
          'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯÆØÅÄÖÜÉÈÊËÁÀÂÓÒÔÍÌÎÚÙÛÇÑ',
          'абвгдеёжзийклмнопрстуфхцчшщъыьэюяæøåäöüéèêëáàâóòôíìîúùûçñ')),
        'щ', 'shch'), 'ш', 'sh'), 'ч', 'ch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'),
        'ю', 'yu'), 'я', 'ya'), 'æ', 'ae'), 'ß', 'ss'),
      'абвгдезийклмнопрстуфыэёøåäöüéèêëáàâóòôíìîúùûçñjywьъ',
      'abvgdeziiklmnoprstufieooaaoueeeeaaaoooiiiuuucniiv'
    ),
    '([a-z])\1+', '\1', 'g')
$$;
--> statement-breakpoint
CREATE FUNCTION workplan_project_search_text(
  code text, title_nb text, title_ru text, title_en text,
  summary_nb text, summary_ru text, summary_en text,
  lead_org_no text, lead_org_ru text, places text[], partners text[]
) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT workplan_fold(
    coalesce(code, '') || ' ' || coalesce(title_nb, '') || ' ' || coalesce(title_ru, '') || ' ' ||
    coalesce(title_en, '') || ' ' || coalesce(summary_nb, '') || ' ' || coalesce(summary_ru, '') || ' ' ||
    coalesce(summary_en, '') || ' ' || coalesce(lead_org_no, '') || ' ' || coalesce(lead_org_ru, '') || ' ' ||
    coalesce(array_to_string(places, ' '), '') || ' ' || coalesce(array_to_string(partners, ' '), '')
  )
$$;
