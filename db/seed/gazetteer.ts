/**
 * The places of the region the working groups cover: the main towns and municipal centres of
 * Finnmark, Troms and Nordland, of Murmansk, Arkhangelsk, Karelia and Nenets, the border
 * crossings, and the two capitals. Names as used officially in each language (Norwegian bokmål,
 * Russian, English), with the official Sámi name where one exists (Northern Sámi; Lule Sámi in
 * Bodø and Fauske); other spellings people write (the municipality a town is the centre of, a
 * former or foreign name) as aliases, so a search or an import finds the place by them too.
 * Coordinates of the town centre (WGS 84, degrees). Compiled from public gazetteers
 * (Kartverket's place name register, Rosreestr, GeoNames) by the Workplan developers.
 *
 * Every installation gets these rows from migration 0012_places (scripts/gazetteer-sql.ts
 * writes its statements); tests/integration/places.test.ts checks the database against this file,
 * so a correction here needs a migration that applies it.
 */

import type { PlaceCountry, PlaceKind } from "../../lib/vocabulary";

export const PLACE_REGIONS = [
  "finnmark",
  "troms",
  "nordland",
  "oslo",
  "murmansk",
  "arkhangelsk",
  "nenets",
  "karelia",
  "moscow",
  "lapland",
] as const;
export type PlaceRegion = (typeof PLACE_REGIONS)[number];

export interface GazetteerPlace {
  /** Stable key (ASCII), used in links (`?place=`), the seed and tests. */
  key: string;
  nb: string;
  ru: string;
  en: string;
  /** The official Sámi name, where there is one. */
  se: string | null;
  country: PlaceCountry;
  region: PlaceRegion;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** Other names and spellings, found by search and import but never shown. */
  aliases: string[];
}

// key | nb | ru | en | Sámi | country | region | kind | lat | lon | aliases (";"-separated)
const ROWS = `
kirkenes | Kirkenes | Киркенес | Kirkenes | Girkonjárga | NO | finnmark | town | 69.7271 | 30.0452 | Sør-Varanger; Сёр-Варангер
vadso | Vadsø | Вадсё | Vadsø | Čáhcesuolu | NO | finnmark | town | 70.0744 | 29.7487 | Vesisaari
vardo | Vardø | Вардё | Vardø | Várggát | NO | finnmark | town | 70.3705 | 31.1107 |
hammerfest | Hammerfest | Хаммерфест | Hammerfest | Hámmárfeasta | NO | finnmark | town | 70.6634 | 23.6821 |
alta | Alta | Альта | Alta | Áltá | NO | finnmark | town | 69.9689 | 23.2716 |
honningsvag | Honningsvåg | Хоннингсвог | Honningsvåg | | NO | finnmark | town | 70.9827 | 25.9704 | Nordkapp; Нордкап
karasjok | Karasjok | Карасйок | Karasjok | Kárášjohka | NO | finnmark | village | 69.4719 | 25.5112 |
kautokeino | Kautokeino | Каутокейно | Kautokeino | Guovdageaidnu | NO | finnmark | village | 69.0125 | 23.0412 |
tana | Tana bru | Тана-Бру | Tana Bru | Deanušaldi | NO | finnmark | village | 70.1975 | 28.1862 | Tana; Deatnu; Тана
batsfjord | Båtsfjord | Батсфьорд | Båtsfjord | Báhcavuotna | NO | finnmark | village | 70.634 | 29.7181 |
berlevag | Berlevåg | Берлевог | Berlevåg | | NO | finnmark | village | 70.8575 | 29.0864 |
lakselv | Lakselv | Лаксэльв | Lakselv | Leavdnja | NO | finnmark | village | 70.051 | 24.971 | Porsanger; Porsáŋgu; Порсангер
mehamn | Mehamn | Мехамн | Mehamn | | NO | finnmark | village | 71.0352 | 27.8491 | Gamvik
kjollefjord | Kjøllefjord | Кьёллефьорд | Kjøllefjord | | NO | finnmark | village | 70.9457 | 27.3484 | Lebesby
havoysund | Havøysund | Хавёйсунн | Havøysund | | NO | finnmark | village | 70.9963 | 24.6622 | Måsøy
hasvik | Hasvik | Хасвик | Hasvik | | NO | finnmark | village | 70.4858 | 22.1497 |
oksfjord | Øksfjord | Эксфьорд | Øksfjord | | NO | finnmark | village | 70.2393 | 22.3513 | Loppa
nesseby | Nesseby | Нессебю | Nesseby | Unjárga | NO | finnmark | village | 70.1667 | 28.55 |
neiden | Neiden | Нейден | Neiden | Njávdán | NO | finnmark | village | 69.6992 | 29.3936 | Näätämö
bugoynes | Bugøynes | Бюгёйнес | Bugøynes | Buođggáidnjárga | NO | finnmark | village | 69.9711 | 29.6497 | Pykeija
svanvik | Svanvik | Сванвик | Svanvik | | NO | finnmark | village | 69.4553 | 30.0431 | Pasvik; Пасвик
grense-jakobselv | Grense Jakobselv | Гренсе-Якобсэльв | Grense Jakobselv | | NO | finnmark | village | 69.7878 | 30.8023 |
tromso | Tromsø | Тромсё | Tromsø | Romsa | NO | troms | town | 69.6496 | 18.956 | Tromso
harstad | Harstad | Харстад | Harstad | Hárstták | NO | troms | town | 68.7983 | 16.5417 |
finnsnes | Finnsnes | Финнснес | Finnsnes | | NO | troms | town | 69.2296 | 17.9811 | Senja
storslett | Storslett | Сторслетт | Storslett | | NO | troms | village | 69.7675 | 21.0303 | Nordreisa; Ráisa
skjervoy | Skjervøy | Шервёй | Skjervøy | | NO | troms | village | 70.0336 | 20.9747 |
lyngseidet | Lyngseidet | Люнгсейдет | Lyngseidet | | NO | troms | village | 69.5764 | 20.2183 | Lyngen
olderdalen | Olderdalen | Олдердален | Olderdalen | | NO | troms | village | 69.6036 | 20.5306 | Kåfjord; Gáivuotna
skibotn | Skibotn | Скиботн | Skibotn | Ivgobahta | NO | troms | village | 69.3906 | 20.2708 | Storfjord; Omasvuotna
bardufoss | Bardufoss | Бардуфосс | Bardufoss | | NO | troms | village | 69.0656 | 18.5153 | Målselv
setermoen | Setermoen | Сетермуэн | Setermoen | | NO | troms | village | 68.8608 | 18.3497 | Bardu
bodo | Bodø | Будё | Bodø | Bådåddjo | NO | nordland | town | 67.2804 | 14.4049 | Bodo
narvik | Narvik | Нарвик | Narvik | Áhkanjárga | NO | nordland | town | 68.4385 | 17.4272 |
mo-i-rana | Mo i Rana | Му-и-Рана | Mo i Rana | | NO | nordland | town | 66.3128 | 14.1428 | Rana
mosjoen | Mosjøen | Мушёэн | Mosjøen | | NO | nordland | town | 65.8368 | 13.1913 | Vefsn
sandnessjoen | Sandnessjøen | Саннессшёэн | Sandnessjøen | | NO | nordland | town | 66.0217 | 12.6315 | Alstahaug
bronnoysund | Brønnøysund | Брённёйсунн | Brønnøysund | | NO | nordland | town | 65.4742 | 12.212 | Brønnøy
svolvaer | Svolvær | Свольвер | Svolvær | | NO | nordland | town | 68.2342 | 14.5683 | Vågan
leknes | Leknes | Лекнес | Leknes | | NO | nordland | town | 68.1475 | 13.6117 | Vestvågøy
stokmarknes | Stokmarknes | Стокмаркнес | Stokmarknes | | NO | nordland | town | 68.5647 | 14.9081 | Hadsel
sortland | Sortland | Сортланн | Sortland | Suortá | NO | nordland | town | 68.6962 | 15.4133 |
andenes | Andenes | Анденес | Andenes | | NO | nordland | town | 69.3139 | 16.1195 | Andøy
fauske | Fauske | Фауске | Fauske | Fuossko | NO | nordland | town | 67.2589 | 15.3918 |
murmansk | Murmansk | Мурманск | Murmansk | | RU | murmansk | town | 68.9707 | 33.0749 |
nikel | Nikel | Никель | Nikel | | RU | murmansk | town | 69.41 | 30.2217 | Nickel
zapolyarny | Zapoljarnyj | Заполярный | Zapolyarny | | RU | murmansk | town | 69.4153 | 30.7982 | Zapolyarnyy; Zapoljarny
pechenga | Petsjenga | Печенга | Pechenga | | RU | murmansk | village | 69.5486 | 31.2153 | Petsamo
severomorsk | Severomorsk | Североморск | Severomorsk | | RU | murmansk | town | 69.0692 | 33.4167 |
polyarny | Poljarnyj | Полярный | Polyarny | | RU | murmansk | town | 69.1983 | 33.4561 | Polyarnyy
kola | Kola | Кола | Kola | | RU | murmansk | town | 68.8786 | 33.0222 |
teriberka | Teriberka | Териберка | Teriberka | | RU | murmansk | village | 69.1656 | 35.1431 |
olenegorsk | Olenegorsk | Оленегорск | Olenegorsk | | RU | murmansk | town | 68.1422 | 33.2669 |
monchegorsk | Montsjegorsk | Мончегорск | Monchegorsk | | RU | murmansk | town | 67.9386 | 32.9156 |
lovozero | Lovozero | Ловозеро | Lovozero | | RU | murmansk | village | 68.0058 | 35.0117 | Lujávri
apatity | Apatity | Апатиты | Apatity | | RU | murmansk | town | 67.5681 | 33.3931 |
kirovsk | Kirovsk | Кировск | Kirovsk | | RU | murmansk | town | 67.6153 | 33.67 |
kovdor | Kovdor | Ковдор | Kovdor | | RU | murmansk | town | 67.5661 | 30.4753 |
polyarnye-zori | Poljarnyje Zori | Полярные Зори | Polyarnye Zori | | RU | murmansk | town | 67.3661 | 32.4983 |
kandalaksha | Kandalaksja | Кандалакша | Kandalaksha | | RU | murmansk | town | 67.1567 | 32.4125 |
umba | Umba | Умба | Umba | | RU | murmansk | village | 66.6817 | 34.3408 |
arkhangelsk | Arkhangelsk | Архангельск | Arkhangelsk | | RU | arkhangelsk | town | 64.5393 | 40.5187 | Archangel; Arkangelsk
severodvinsk | Severodvinsk | Северодвинск | Severodvinsk | | RU | arkhangelsk | town | 64.5635 | 39.8302 |
novodvinsk | Novodvinsk | Новодвинск | Novodvinsk | | RU | arkhangelsk | town | 64.4136 | 40.8208 |
onega | Onega | Онега | Onega | | RU | arkhangelsk | town | 63.9167 | 38.0833 |
mezen | Mezen | Мезень | Mezen | | RU | arkhangelsk | town | 65.8398 | 44.267 |
solovetsky | Solovetskij | Соловецкий | Solovetsky | | RU | arkhangelsk | village | 65.0247 | 35.71 | Solovki; Соловки
mirny | Mirnyj | Мирный | Mirny | | RU | arkhangelsk | town | 62.7644 | 40.3361 | Plesetsk
kargopol | Kargopol | Каргополь | Kargopol | | RU | arkhangelsk | town | 61.5067 | 38.9456 |
nyandoma | Njandoma | Няндома | Nyandoma | | RU | arkhangelsk | town | 61.6667 | 40.2 |
velsk | Velsk | Вельск | Velsk | | RU | arkhangelsk | town | 61.0667 | 42.1 |
kotlas | Kotlas | Котлас | Kotlas | | RU | arkhangelsk | town | 61.2528 | 46.6333 |
naryan-mar | Narjan-Mar | Нарьян-Мар | Naryan-Mar | | RU | nenets | town | 67.638 | 53.0069 |
iskateley | Iskatelej | Искателей | Iskateley | | RU | nenets | village | 67.6803 | 53.1512 |
amderma | Amderma | Амдерма | Amderma | | RU | nenets | village | 69.7583 | 61.66 |
petrozavodsk | Petrozavodsk | Петрозаводск | Petrozavodsk | | RU | karelia | town | 61.7849 | 34.3469 |
kostomuksha | Kostomuksja | Костомукша | Kostomuksha | | RU | karelia | town | 64.5711 | 30.5767 |
kalevala | Kalevala | Калевала | Kalevala | | RU | karelia | village | 65.2 | 31.1667 | Uhtua
kem | Kem | Кемь | Kem | | RU | karelia | town | 64.9547 | 34.5794 |
belomorsk | Belomorsk | Беломорск | Belomorsk | | RU | karelia | town | 64.5233 | 34.7664 |
segezha | Segezja | Сегежа | Segezha | | RU | karelia | town | 63.7437 | 34.3126 |
medvezhyegorsk | Medvezjegorsk | Медвежьегорск | Medvezhyegorsk | | RU | karelia | town | 62.9127 | 34.4569 |
kondopoga | Kondopoga | Кондопога | Kondopoga | | RU | karelia | town | 62.2053 | 34.2683 |
pudozh | Pudozj | Пудож | Pudozh | | RU | karelia | town | 61.8064 | 36.5327 |
suoyarvi | Suojarvi | Суоярви | Suoyarvi | | RU | karelia | town | 62.0833 | 32.35 | Suojärvi
sortavala | Sortavala | Сортавала | Sortavala | | RU | karelia | town | 61.7036 | 30.6911 |
olonets | Olonets | Олонец | Olonets | | RU | karelia | town | 60.9833 | 32.9667 | Aunus
storskog-borisoglebsky | Storskog–Borisoglebskij | Борисоглебский — Стурскуг | Storskog–Borisoglebsky | | NO | finnmark | crossing | 69.6686 | 30.1294 | Storskog; Стурскуг; Borisoglebsky; Borisoglebskij; Борисоглебский
lotta-raja-jooseppi | Lotta–Raja-Jooseppi | Лотта — Райя-Йоосеппи | Lotta–Raja-Jooseppi | | RU | murmansk | crossing | 68.48 | 28.325 | Lotta; Лотта; Raja-Jooseppi
salla-kelloselka | Salla–Kelloselkä | Салла — Келлоселькя | Salla–Kelloselkä | | RU | murmansk | crossing | 66.9644 | 29.1617 | Salla; Салла; Kelloselkä
vartius-lytta | Vartius–Lytta | Люття — Вартиус | Vartius–Lyttä | | RU | karelia | crossing | 64.4908 | 29.9944 | Vartius; Вартиус; Lyttä; Люття
oslo | Oslo | Осло | Oslo | | NO | oslo | capital | 59.9139 | 10.7522 |
moscow | Moskva | Москва | Moscow | | RU | moscow | capital | 55.7558 | 37.6173 | Moskau
`;

function parseRow(line: string): GazetteerPlace {
  const cells = line.split("|").map((cell) => cell.trim());
  const [key, nb, ru, en, se, country, region, kind, lat, lon, aliases] = cells;
  if (cells.length !== 11 || !key || !nb || !ru || !en || !lat || !lon)
    throw new Error(`gazetteer: bad row "${line}"`);
  return {
    key,
    nb,
    ru,
    en,
    se: se || null,
    country: country as PlaceCountry,
    region: region as PlaceRegion,
    kind: kind as PlaceKind,
    lat: Number(lat),
    lon: Number(lon),
    aliases: (aliases ?? "")
      .split(";")
      .map((alias) => alias.trim())
      .filter(Boolean),
  };
}

export const GAZETTEER: readonly GazetteerPlace[] = ROWS.split("\n")
  .filter((line) => line.trim())
  .map(parseRow);
