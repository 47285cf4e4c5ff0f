CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name_nb" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"name_se" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"country" text,
	"region" text,
	"kind" text DEFAULT 'other' NOT NULL,
	"source" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_key_format" CHECK ("places"."key" ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
	CONSTRAINT "places_point" CHECK (("places"."latitude" is null) = ("places"."longitude" is null) and coalesce("places"."latitude" between -90 and 90, true) and coalesce("places"."longitude" between -180 and 180, true)),
	CONSTRAINT "places_kind" CHECK ("places"."kind" in ('town', 'village', 'crossing', 'capital', 'other')),
	CONSTRAINT "places_source" CHECK ("places"."source" in ('gazetteer', 'admin', 'migrated')),
	CONSTRAINT "places_country" CHECK ("places"."country" is null or "places"."country" in ('NO', 'RU', 'FI'))
);
--> statement-breakpoint
CREATE TABLE "project_places" (
	"project_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "project_places_project_id_place_id_pk" PRIMARY KEY("project_id","place_id")
);
--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_places" ADD CONSTRAINT "project_places_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_places" ADD CONSTRAINT "project_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "places_key_key" ON "places" USING btree ("key");--> statement-breakpoint
CREATE INDEX "project_places_place_idx" ON "project_places" USING btree ("place_id","project_id");--> statement-breakpoint
-- The gazetteer (db/seed/gazetteer.ts, written out by scripts/gazetteer-sql.ts).
INSERT INTO "places" (key, name_nb, name_ru, name_en, name_se, aliases, latitude, longitude, country, region, kind, source) VALUES
  ('kirkenes', 'Kirkenes', 'Киркенес', 'Kirkenes', 'Girkonjárga', ARRAY['Sør-Varanger', 'Сёр-Варангер']::text[], 69.7271, 30.0452, 'NO', 'finnmark', 'town', 'gazetteer'),
  ('vadso', 'Vadsø', 'Вадсё', 'Vadsø', 'Čáhcesuolu', ARRAY['Vesisaari']::text[], 70.0744, 29.7487, 'NO', 'finnmark', 'town', 'gazetteer'),
  ('vardo', 'Vardø', 'Вардё', 'Vardø', 'Várggát', '{}'::text[], 70.3705, 31.1107, 'NO', 'finnmark', 'town', 'gazetteer'),
  ('hammerfest', 'Hammerfest', 'Хаммерфест', 'Hammerfest', 'Hámmárfeasta', '{}'::text[], 70.6634, 23.6821, 'NO', 'finnmark', 'town', 'gazetteer'),
  ('alta', 'Alta', 'Альта', 'Alta', 'Áltá', '{}'::text[], 69.9689, 23.2716, 'NO', 'finnmark', 'town', 'gazetteer'),
  ('honningsvag', 'Honningsvåg', 'Хоннингсвог', 'Honningsvåg', NULL, ARRAY['Nordkapp', 'Нордкап']::text[], 70.9827, 25.9704, 'NO', 'finnmark', 'town', 'gazetteer'),
  ('karasjok', 'Karasjok', 'Карасйок', 'Karasjok', 'Kárášjohka', '{}'::text[], 69.4719, 25.5112, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('kautokeino', 'Kautokeino', 'Каутокейно', 'Kautokeino', 'Guovdageaidnu', '{}'::text[], 69.0125, 23.0412, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('tana', 'Tana bru', 'Тана-Бру', 'Tana Bru', 'Deanušaldi', ARRAY['Tana', 'Deatnu', 'Тана']::text[], 70.1975, 28.1862, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('batsfjord', 'Båtsfjord', 'Батсфьорд', 'Båtsfjord', 'Báhcavuotna', '{}'::text[], 70.634, 29.7181, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('berlevag', 'Berlevåg', 'Берлевог', 'Berlevåg', NULL, '{}'::text[], 70.8575, 29.0864, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('lakselv', 'Lakselv', 'Лаксэльв', 'Lakselv', 'Leavdnja', ARRAY['Porsanger', 'Porsáŋgu', 'Порсангер']::text[], 70.051, 24.971, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('mehamn', 'Mehamn', 'Мехамн', 'Mehamn', NULL, ARRAY['Gamvik']::text[], 71.0352, 27.8491, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('kjollefjord', 'Kjøllefjord', 'Кьёллефьорд', 'Kjøllefjord', NULL, ARRAY['Lebesby']::text[], 70.9457, 27.3484, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('havoysund', 'Havøysund', 'Хавёйсунн', 'Havøysund', NULL, ARRAY['Måsøy']::text[], 70.9963, 24.6622, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('hasvik', 'Hasvik', 'Хасвик', 'Hasvik', NULL, '{}'::text[], 70.4858, 22.1497, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('oksfjord', 'Øksfjord', 'Эксфьорд', 'Øksfjord', NULL, ARRAY['Loppa']::text[], 70.2393, 22.3513, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('nesseby', 'Nesseby', 'Нессебю', 'Nesseby', 'Unjárga', '{}'::text[], 70.1667, 28.55, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('neiden', 'Neiden', 'Нейден', 'Neiden', 'Njávdán', ARRAY['Näätämö']::text[], 69.6992, 29.3936, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('bugoynes', 'Bugøynes', 'Бюгёйнес', 'Bugøynes', 'Buođggáidnjárga', ARRAY['Pykeija']::text[], 69.9711, 29.6497, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('svanvik', 'Svanvik', 'Сванвик', 'Svanvik', NULL, ARRAY['Pasvik', 'Пасвик']::text[], 69.4553, 30.0431, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('grense-jakobselv', 'Grense Jakobselv', 'Гренсе-Якобсэльв', 'Grense Jakobselv', NULL, '{}'::text[], 69.7878, 30.8023, 'NO', 'finnmark', 'village', 'gazetteer'),
  ('tromso', 'Tromsø', 'Тромсё', 'Tromsø', 'Romsa', ARRAY['Tromso']::text[], 69.6496, 18.956, 'NO', 'troms', 'town', 'gazetteer'),
  ('harstad', 'Harstad', 'Харстад', 'Harstad', 'Hárstták', '{}'::text[], 68.7983, 16.5417, 'NO', 'troms', 'town', 'gazetteer'),
  ('finnsnes', 'Finnsnes', 'Финнснес', 'Finnsnes', NULL, ARRAY['Senja']::text[], 69.2296, 17.9811, 'NO', 'troms', 'town', 'gazetteer'),
  ('storslett', 'Storslett', 'Сторслетт', 'Storslett', NULL, ARRAY['Nordreisa', 'Ráisa']::text[], 69.7675, 21.0303, 'NO', 'troms', 'village', 'gazetteer'),
  ('skjervoy', 'Skjervøy', 'Шервёй', 'Skjervøy', NULL, '{}'::text[], 70.0336, 20.9747, 'NO', 'troms', 'village', 'gazetteer'),
  ('lyngseidet', 'Lyngseidet', 'Люнгсейдет', 'Lyngseidet', NULL, ARRAY['Lyngen']::text[], 69.5764, 20.2183, 'NO', 'troms', 'village', 'gazetteer'),
  ('olderdalen', 'Olderdalen', 'Олдердален', 'Olderdalen', NULL, ARRAY['Kåfjord', 'Gáivuotna']::text[], 69.6036, 20.5306, 'NO', 'troms', 'village', 'gazetteer'),
  ('skibotn', 'Skibotn', 'Скиботн', 'Skibotn', 'Ivgobahta', ARRAY['Storfjord', 'Omasvuotna']::text[], 69.3906, 20.2708, 'NO', 'troms', 'village', 'gazetteer'),
  ('bardufoss', 'Bardufoss', 'Бардуфосс', 'Bardufoss', NULL, ARRAY['Målselv']::text[], 69.0656, 18.5153, 'NO', 'troms', 'village', 'gazetteer'),
  ('setermoen', 'Setermoen', 'Сетермуэн', 'Setermoen', NULL, ARRAY['Bardu']::text[], 68.8608, 18.3497, 'NO', 'troms', 'village', 'gazetteer'),
  ('bodo', 'Bodø', 'Будё', 'Bodø', 'Bådåddjo', ARRAY['Bodo']::text[], 67.2804, 14.4049, 'NO', 'nordland', 'town', 'gazetteer'),
  ('narvik', 'Narvik', 'Нарвик', 'Narvik', 'Áhkanjárga', '{}'::text[], 68.4385, 17.4272, 'NO', 'nordland', 'town', 'gazetteer'),
  ('mo-i-rana', 'Mo i Rana', 'Му-и-Рана', 'Mo i Rana', NULL, ARRAY['Rana']::text[], 66.3128, 14.1428, 'NO', 'nordland', 'town', 'gazetteer'),
  ('mosjoen', 'Mosjøen', 'Мушёэн', 'Mosjøen', NULL, ARRAY['Vefsn']::text[], 65.8368, 13.1913, 'NO', 'nordland', 'town', 'gazetteer'),
  ('sandnessjoen', 'Sandnessjøen', 'Саннессшёэн', 'Sandnessjøen', NULL, ARRAY['Alstahaug']::text[], 66.0217, 12.6315, 'NO', 'nordland', 'town', 'gazetteer'),
  ('bronnoysund', 'Brønnøysund', 'Брённёйсунн', 'Brønnøysund', NULL, ARRAY['Brønnøy']::text[], 65.4742, 12.212, 'NO', 'nordland', 'town', 'gazetteer'),
  ('svolvaer', 'Svolvær', 'Свольвер', 'Svolvær', NULL, ARRAY['Vågan']::text[], 68.2342, 14.5683, 'NO', 'nordland', 'town', 'gazetteer'),
  ('leknes', 'Leknes', 'Лекнес', 'Leknes', NULL, ARRAY['Vestvågøy']::text[], 68.1475, 13.6117, 'NO', 'nordland', 'town', 'gazetteer'),
  ('stokmarknes', 'Stokmarknes', 'Стокмаркнес', 'Stokmarknes', NULL, ARRAY['Hadsel']::text[], 68.5647, 14.9081, 'NO', 'nordland', 'town', 'gazetteer'),
  ('sortland', 'Sortland', 'Сортланн', 'Sortland', 'Suortá', '{}'::text[], 68.6962, 15.4133, 'NO', 'nordland', 'town', 'gazetteer'),
  ('andenes', 'Andenes', 'Анденес', 'Andenes', NULL, ARRAY['Andøy']::text[], 69.3139, 16.1195, 'NO', 'nordland', 'town', 'gazetteer'),
  ('fauske', 'Fauske', 'Фауске', 'Fauske', 'Fuossko', '{}'::text[], 67.2589, 15.3918, 'NO', 'nordland', 'town', 'gazetteer'),
  ('murmansk', 'Murmansk', 'Мурманск', 'Murmansk', NULL, '{}'::text[], 68.9707, 33.0749, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('nikel', 'Nikel', 'Никель', 'Nikel', NULL, ARRAY['Nickel']::text[], 69.41, 30.2217, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('zapolyarny', 'Zapoljarnyj', 'Заполярный', 'Zapolyarny', NULL, ARRAY['Zapolyarnyy', 'Zapoljarny']::text[], 69.4153, 30.7982, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('pechenga', 'Petsjenga', 'Печенга', 'Pechenga', NULL, ARRAY['Petsamo']::text[], 69.5486, 31.2153, 'RU', 'murmansk', 'village', 'gazetteer'),
  ('severomorsk', 'Severomorsk', 'Североморск', 'Severomorsk', NULL, '{}'::text[], 69.0692, 33.4167, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('polyarny', 'Poljarnyj', 'Полярный', 'Polyarny', NULL, ARRAY['Polyarnyy']::text[], 69.1983, 33.4561, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('kola', 'Kola', 'Кола', 'Kola', NULL, '{}'::text[], 68.8786, 33.0222, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('teriberka', 'Teriberka', 'Териберка', 'Teriberka', NULL, '{}'::text[], 69.1656, 35.1431, 'RU', 'murmansk', 'village', 'gazetteer'),
  ('olenegorsk', 'Olenegorsk', 'Оленегорск', 'Olenegorsk', NULL, '{}'::text[], 68.1422, 33.2669, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('monchegorsk', 'Montsjegorsk', 'Мончегорск', 'Monchegorsk', NULL, '{}'::text[], 67.9386, 32.9156, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('lovozero', 'Lovozero', 'Ловозеро', 'Lovozero', NULL, ARRAY['Lujávri']::text[], 68.0058, 35.0117, 'RU', 'murmansk', 'village', 'gazetteer'),
  ('apatity', 'Apatity', 'Апатиты', 'Apatity', NULL, '{}'::text[], 67.5681, 33.3931, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('kirovsk', 'Kirovsk', 'Кировск', 'Kirovsk', NULL, '{}'::text[], 67.6153, 33.67, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('kovdor', 'Kovdor', 'Ковдор', 'Kovdor', NULL, '{}'::text[], 67.5661, 30.4753, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('polyarnye-zori', 'Poljarnyje Zori', 'Полярные Зори', 'Polyarnye Zori', NULL, '{}'::text[], 67.3661, 32.4983, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('kandalaksha', 'Kandalaksja', 'Кандалакша', 'Kandalaksha', NULL, '{}'::text[], 67.1567, 32.4125, 'RU', 'murmansk', 'town', 'gazetteer'),
  ('umba', 'Umba', 'Умба', 'Umba', NULL, '{}'::text[], 66.6817, 34.3408, 'RU', 'murmansk', 'village', 'gazetteer'),
  ('arkhangelsk', 'Arkhangelsk', 'Архангельск', 'Arkhangelsk', NULL, ARRAY['Archangel', 'Arkangelsk']::text[], 64.5393, 40.5187, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('severodvinsk', 'Severodvinsk', 'Северодвинск', 'Severodvinsk', NULL, '{}'::text[], 64.5635, 39.8302, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('novodvinsk', 'Novodvinsk', 'Новодвинск', 'Novodvinsk', NULL, '{}'::text[], 64.4136, 40.8208, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('onega', 'Onega', 'Онега', 'Onega', NULL, '{}'::text[], 63.9167, 38.0833, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('mezen', 'Mezen', 'Мезень', 'Mezen', NULL, '{}'::text[], 65.8398, 44.267, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('solovetsky', 'Solovetskij', 'Соловецкий', 'Solovetsky', NULL, ARRAY['Solovki', 'Соловки']::text[], 65.0247, 35.71, 'RU', 'arkhangelsk', 'village', 'gazetteer'),
  ('mirny', 'Mirnyj', 'Мирный', 'Mirny', NULL, ARRAY['Plesetsk']::text[], 62.7644, 40.3361, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('kargopol', 'Kargopol', 'Каргополь', 'Kargopol', NULL, '{}'::text[], 61.5067, 38.9456, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('nyandoma', 'Njandoma', 'Няндома', 'Nyandoma', NULL, '{}'::text[], 61.6667, 40.2, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('velsk', 'Velsk', 'Вельск', 'Velsk', NULL, '{}'::text[], 61.0667, 42.1, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('kotlas', 'Kotlas', 'Котлас', 'Kotlas', NULL, '{}'::text[], 61.2528, 46.6333, 'RU', 'arkhangelsk', 'town', 'gazetteer'),
  ('naryan-mar', 'Narjan-Mar', 'Нарьян-Мар', 'Naryan-Mar', NULL, '{}'::text[], 67.638, 53.0069, 'RU', 'nenets', 'town', 'gazetteer'),
  ('iskateley', 'Iskatelej', 'Искателей', 'Iskateley', NULL, '{}'::text[], 67.6803, 53.1512, 'RU', 'nenets', 'village', 'gazetteer'),
  ('amderma', 'Amderma', 'Амдерма', 'Amderma', NULL, '{}'::text[], 69.7583, 61.66, 'RU', 'nenets', 'village', 'gazetteer'),
  ('petrozavodsk', 'Petrozavodsk', 'Петрозаводск', 'Petrozavodsk', NULL, '{}'::text[], 61.7849, 34.3469, 'RU', 'karelia', 'town', 'gazetteer'),
  ('kostomuksha', 'Kostomuksja', 'Костомукша', 'Kostomuksha', NULL, '{}'::text[], 64.5711, 30.5767, 'RU', 'karelia', 'town', 'gazetteer'),
  ('kalevala', 'Kalevala', 'Калевала', 'Kalevala', NULL, ARRAY['Uhtua']::text[], 65.2, 31.1667, 'RU', 'karelia', 'village', 'gazetteer'),
  ('kem', 'Kem', 'Кемь', 'Kem', NULL, '{}'::text[], 64.9547, 34.5794, 'RU', 'karelia', 'town', 'gazetteer'),
  ('belomorsk', 'Belomorsk', 'Беломорск', 'Belomorsk', NULL, '{}'::text[], 64.5233, 34.7664, 'RU', 'karelia', 'town', 'gazetteer'),
  ('segezha', 'Segezja', 'Сегежа', 'Segezha', NULL, '{}'::text[], 63.7437, 34.3126, 'RU', 'karelia', 'town', 'gazetteer'),
  ('medvezhyegorsk', 'Medvezjegorsk', 'Медвежьегорск', 'Medvezhyegorsk', NULL, '{}'::text[], 62.9127, 34.4569, 'RU', 'karelia', 'town', 'gazetteer'),
  ('kondopoga', 'Kondopoga', 'Кондопога', 'Kondopoga', NULL, '{}'::text[], 62.2053, 34.2683, 'RU', 'karelia', 'town', 'gazetteer'),
  ('pudozh', 'Pudozj', 'Пудож', 'Pudozh', NULL, '{}'::text[], 61.8064, 36.5327, 'RU', 'karelia', 'town', 'gazetteer'),
  ('suoyarvi', 'Suojarvi', 'Суоярви', 'Suoyarvi', NULL, ARRAY['Suojärvi']::text[], 62.0833, 32.35, 'RU', 'karelia', 'town', 'gazetteer'),
  ('sortavala', 'Sortavala', 'Сортавала', 'Sortavala', NULL, '{}'::text[], 61.7036, 30.6911, 'RU', 'karelia', 'town', 'gazetteer'),
  ('olonets', 'Olonets', 'Олонец', 'Olonets', NULL, ARRAY['Aunus']::text[], 60.9833, 32.9667, 'RU', 'karelia', 'town', 'gazetteer'),
  ('storskog-borisoglebsky', 'Storskog–Borisoglebskij', 'Борисоглебский — Стурскуг', 'Storskog–Borisoglebsky', NULL, ARRAY['Storskog', 'Стурскуг', 'Borisoglebsky', 'Borisoglebskij', 'Борисоглебский']::text[], 69.6686, 30.1294, 'NO', 'finnmark', 'crossing', 'gazetteer'),
  ('lotta-raja-jooseppi', 'Lotta–Raja-Jooseppi', 'Лотта — Райя-Йоосеппи', 'Lotta–Raja-Jooseppi', NULL, ARRAY['Lotta', 'Лотта', 'Raja-Jooseppi']::text[], 68.48, 28.325, 'RU', 'murmansk', 'crossing', 'gazetteer'),
  ('salla-kelloselka', 'Salla–Kelloselkä', 'Салла — Келлоселькя', 'Salla–Kelloselkä', NULL, ARRAY['Salla', 'Салла', 'Kelloselkä']::text[], 66.9644, 29.1617, 'RU', 'murmansk', 'crossing', 'gazetteer'),
  ('vartius-lytta', 'Vartius–Lytta', 'Люття — Вартиус', 'Vartius–Lyttä', NULL, ARRAY['Vartius', 'Вартиус', 'Lyttä', 'Люття']::text[], 64.4908, 29.9944, 'RU', 'karelia', 'crossing', 'gazetteer'),
  ('oslo', 'Oslo', 'Осло', 'Oslo', NULL, '{}'::text[], 59.9139, 10.7522, 'NO', 'oslo', 'capital', 'gazetteer'),
  ('moscow', 'Moskva', 'Москва', 'Moscow', NULL, ARRAY['Moskau']::text[], 55.7558, 37.6173, 'RU', 'moscow', 'capital', 'gazetteer')
ON CONFLICT (key) DO UPDATE SET name_nb = excluded.name_nb, name_ru = excluded.name_ru, name_en = excluded.name_en, name_se = excluded.name_se, aliases = excluded.aliases, latitude = excluded.latitude, longitude = excluded.longitude, country = excluded.country, region = excluded.region, kind = excluded.kind, updated_at = now()
  WHERE "places".source = 'gazetteer';
--> statement-breakpoint
-- Projects named their places as free text. Each name now points at a place of the gazetteer
-- when it is one of that place's names or aliases in any script and spelling (folded as the
-- search folds them), or its key; a name that matches none becomes a place of its own, without
-- a point on the map until an administrator gives it one. Nothing typed is lost.
-- The search text is rebuilt from the places' names at the end.
ALTER TABLE "projects" DROP COLUMN "search_text";--> statement-breakpoint
CREATE FUNCTION pg_temp.workplan_place_slug(name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN slug = '' THEN 'place-' || left(md5(workplan_fold(btrim(name))), 8)
    WHEN length(slug) > 56 THEN btrim(left(slug, 47), '-') || '-' || left(md5(slug), 8)
    ELSE slug END
  FROM (SELECT btrim(regexp_replace(workplan_fold(btrim(name)), '[^a-z0-9]+', '-', 'g'), '-') AS slug) AS s
$$;
--> statement-breakpoint
CREATE FUNCTION pg_temp.workplan_place_of(name text) RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT pl.id FROM places pl
  WHERE workplan_fold(btrim(name)) IN (workplan_fold(pl.name_nb), workplan_fold(pl.name_ru), workplan_fold(pl.name_en), workplan_fold(pl.name_se))
     OR workplan_fold(btrim(name)) IN (SELECT workplan_fold(a) FROM unnest(pl.aliases) AS a)
     OR pl.key = pg_temp.workplan_place_slug(name)
  ORDER BY pl.source = 'gazetteer' DESC, pl.key
  LIMIT 1
$$;
--> statement-breakpoint
INSERT INTO "places" (key, name_nb, name_ru, name_en, kind, source, created_at)
SELECT DISTINCT ON (slug) slug, name, name, name, 'other', 'migrated', first_seen
FROM (
  SELECT btrim(u.name) AS name, pg_temp.workplan_place_slug(u.name) AS slug, min(p.created_at) AS first_seen
  FROM projects p, unnest(p.places) AS u(name)
  WHERE btrim(u.name) <> '' AND pg_temp.workplan_place_of(u.name) IS NULL
  GROUP BY btrim(u.name), pg_temp.workplan_place_slug(u.name)
) AS unmatched
ORDER BY slug, first_seen, name;--> statement-breakpoint
INSERT INTO "project_places" (project_id, place_id, position)
SELECT project_id, place_id, (row_number() OVER (PARTITION BY project_id ORDER BY min(ord)) - 1)::smallint
FROM (
  SELECT p.id AS project_id, pg_temp.workplan_place_of(u.name) AS place_id, u.ord
  FROM projects p, unnest(p.places) WITH ORDINALITY AS u(name, ord)
  WHERE btrim(u.name) <> ''
) AS named
WHERE place_id IS NOT NULL
GROUP BY project_id, place_id;--> statement-breakpoint
DROP FUNCTION pg_temp.workplan_place_of(text);--> statement-breakpoint
DROP FUNCTION pg_temp.workplan_place_slug(text);--> statement-breakpoint
ALTER TABLE "projects" RENAME COLUMN "places" TO "place_names";--> statement-breakpoint
-- The same names, in the same order, as lib/places/writes.ts writes them.
UPDATE "projects" p SET place_names = coalesce((
  SELECT array_agg(x.name ORDER BY pp.position, x.n)
  FROM project_places pp
  JOIN places pl ON pl.id = pp.place_id
  CROSS JOIN LATERAL unnest(ARRAY[pl.name_nb, pl.name_ru, pl.name_en, pl.name_se] || pl.aliases) WITH ORDINALITY AS x(name, n)
  WHERE pp.project_id = p.id AND x.name IS NOT NULL
), '{}'::text[])
WHERE p.place_names <> '{}'::text[];--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "search_text" text GENERATED ALWAYS AS (workplan_project_search_text(code, title_nb, title_ru, title_en, summary_nb, summary_ru, summary_en, lead_org_no, lead_org_ru, place_names, partners)) STORED;--> statement-breakpoint
CREATE INDEX "projects_search_idx" ON "projects" USING gin ("search_text" gin_trgm_ops);
