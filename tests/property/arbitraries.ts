import fc from "fast-check";
import { isStorableText } from "@/lib/validation";

/*
 * Hostile input, as a browser, a crafted request or a pasted document can deliver it. Every
 * generator here is pure: ids of real records are passed in by the tests that know them.
 */

const chars = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));

/** Right-to-left text and the invisible controls that reorder what is shown. */
export const BIDI_CONTROLS = [
  "\u202a", // LRE
  "\u202b", // RLE
  "\u202c", // PDF
  "\u202d", // LRO
  "\u202e", // RLO
  "\u2066", // LRI
  "\u2067", // RLI
  "\u2068", // FSI
  "\u2069", // PDI
  "\u200e", // LRM
  "\u200f", // RLM
  "\u061c", // ALM
];

export const SQL_PAYLOADS = [
  "'; drop table projects; --",
  "1 or 1=1",
  "' or '1'='1",
  "$1",
  "$1::text",
  "\\",
  "\\\\",
  "%",
  "_",
  "%_%",
  "\\%",
  "'",
  "''",
  '"',
  "`",
  "?",
  ":id",
  "); delete from users; --",
  "' union select password_hash from users --",
  "'||pg_sleep(5)||'",
  "E'\\x00'",
  "$$ language plpgsql $$",
  "/*",
  "*/",
];

export const HTML_PAYLOADS = [
  "<script>alert(1)</script>",
  "<script>window.__xss=1</script>",
  "<img src=x onerror=alert(1)>",
  '<img src=x onerror="window.__xss=2">',
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  '<a href="javascript:alert(1)">click</a>',
  "<svg onload=alert(1)>",
  '"><script>alert(document.cookie)</script>',
  "'><img src=x onerror=alert(1)>",
  "</textarea><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "<iframe src=//evil.example></iframe>",
  "<style>*{display:none}</style>",
  "<!--",
  "]]>",
  "&lt;b&gt;&amp;",
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose
  "${alert(1)}",
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "-1+1",
];

/** Emoji that are one picture but many code points: ZWJ families, skin tones, flags, keycaps. */
export const EMOJI = [
  "👨‍👩‍👧‍👦",
  "🏳️‍🌈",
  "👩🏽‍💻",
  "🧑🏿‍🤝‍🧑🏻",
  "👍🏻",
  "👍🏿",
  "🇳🇴🇷🇺",
  "1️⃣",
  "❤️‍🔥",
  "🫠",
  "𝕎𝕠𝕣𝕜𝕡𝕝𝕒𝕟",
];

/** Scripts and letters the app really meets, next to the hostile ones. */
export const PLAIN = [
  "Мурманск",
  "Tromsø",
  "ÆØÅ æøå",
  "Kirkenes – Никель",
  "İstanbul ǅ ß ẞ",
  "שלום",
  "مرحبا",
  "日本語のテキスト",
  "e\u0301",
];

export const WHITESPACE = [
  " ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\u00a0",
  "\u2003",
  "\u3000",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\u200b",
];

/** Noncharacters and code points no Unicode version has assigned (yet). */
export const UNASSIGNED = [
  "\u0378",
  "\u0380",
  "\u05ff",
  "\u2fe0",
  "\ufdd0",
  "\ufffe",
  "\uffff",
  "\u{2fffe}",
  "\u{e01f0}",
  "\u{10ffff}",
];

export const controlChar = fc.oneof(chars(0x00, 0x1f), chars(0x7f, 0x9f), fc.constant("\u0000"));

/** Half of a surrogate pair, alone: not text, though JavaScript strings can hold it. */
export const loneSurrogate = fc.oneof(chars(0xd800, 0xdbff), chars(0xdc00, 0xdfff)).map((c) =>
  // fromCodePoint of a surrogate code point gives the lone code unit.
  c.slice(0, 1),
);

const combiningMark = fc.oneof(chars(0x0300, 0x036f), chars(0x1ab0, 0x1aff), chars(0x20d0, 0x20ff));

/** Z̸̢͖a̵̛l̶g̷o̸: letters buried under combining marks. */
export const zalgo = fc
  .array(
    fc.tuple(
      fc.constantFrom("a", "Z", "ø", "Ж", "1"),
      fc.array(combiningMark, { minLength: 1, maxLength: 40 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.map(([base, marks]) => base + marks.join("")).join(""));

export const privateUse = fc.oneof(
  chars(0xe000, 0xf8ff),
  chars(0xf0000, 0xffffd),
  chars(0x100000, 0x10fffd),
);

/** One piece of hostile text. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: chars(0x0000, 0xffff) },
  { weight: 1, arbitrary: chars(0x10000, 0x10ffff) },
  { weight: 1, arbitrary: privateUse },
  { weight: 1, arbitrary: fc.constantFrom(...UNASSIGNED) },
  { weight: 2, arbitrary: fc.constantFrom(...BIDI_CONTROLS) },
  { weight: 1, arbitrary: zalgo },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: controlChar },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 3, arbitrary: fc.constantFrom(...SQL_PAYLOADS) },
  { weight: 3, arbitrary: fc.constantFrom(...HTML_PAYLOADS) },
  { weight: 2, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 2, arbitrary: fc.constantFrom(...WHITESPACE) },
);

/** Short hostile text: what fits in a form field (mostly under a few hundred characters). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fragment, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(""));

/** Hostile text that a database can store as typed: no NUL, no lone surrogate. */
export const storableHostileText = hostileText.filter(isStorableText);

/** A string of 10 000 to 1 000 000 UTF-16 units, built by repeating hostile text (cut anywhere). */
export const longText: fc.Arbitrary<string> = fc
  .tuple(
    hostileText,
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 10_000, max: 60_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 1_000_000 }) },
    ),
  )
  .map(([seed, length]) =>
    seed.repeat(Math.ceil(length / Math.max(seed.length, 1))).slice(0, length),
  );

/** Any text: mostly short, sometimes very long. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 1, arbitrary: longText },
);

/** Numbers out of range or of the wrong kind, as numbers and as the strings a form sends. */
export const badNumber: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 2 ** 31, "2147483648", "0") },
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    // 1e309 overflows to Infinity when read.
    Number("1e309"),
    -1,
    0.5,
    1e-7,
    101,
    2 ** 31,
    2 ** 53 + 2,
    Number.MAX_VALUE,
    Number.MIN_SAFE_INTEGER,
  ),
  fc.constantFrom(
    "12abc",
    " 50 ",
    "50 %",
    "1e3",
    "1e309",
    "0x10",
    "0b11",
    "NaN",
    "Infinity",
    "-0",
    "-1",
    "+5",
    "5.",
    ".5",
    "1,5",
    "1 500",
    "101",
    "00042",
    "2147483648",
    "3000000000",
    "9".repeat(400),
    "١٢",
    "５０",
    "",
    " ",
  ),
  fc.double(),
  fc.integer(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
);

/** Years at the edges: PostgreSQL has no year 0, JavaScript dates reach year 275760. */
const EDGE_DATES = [
  "0000-01-01",
  "0000-12-31",
  "0001-01-01",
  "9999-12-31",
  "0000-00-00",
  "1000-02-29",
  "2000-02-29",
];

/** Dates that are not dates, or are at the edges of what anything can store. */
export const badDate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_DATES) },
  fc.constantFrom(
    "2019-02-30",
    "2019-02-29",
    "2020-02-29",
    "30.02.2019",
    "15.03.2018",
    "03/15/2018",
    "",
    " ",
    "1899-12-31",
    "10000-01-01",
    "+275760-09-13",
    "-000001-01-01",
    "2019-2-3",
    "2019-13-01",
    "2019-00-10",
    "2019-01-32",
    "2019-01-01T25:00:00",
    "2019-01-01T00:00:00Z",
    " 2019-01-01 ",
    "2019-01-01\u0000",
    "１９９９-01-01",
    "٢٠١٩-٠١-٠١",
    "yesterday",
    "1969-12-31",
    "2038-01-19",
  ),
  fc.date({ noInvalidDate: false }),
  fc
    .tuple(
      fc.integer({ min: -1, max: 99_999 }),
      fc.integer({ min: -1, max: 14 }),
      fc.integer({ min: -1, max: 33 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    ),
);

/** Ids that are not ids, ids in the wrong dress, and real ids of the wrong kind of record. */
export function badId(knownIds: readonly string[] = []): fc.Arbitrary<unknown> {
  const dressed = knownIds.length
    ? fc
        .constantFrom(...knownIds)
        .chain((id) =>
          fc.constantFrom(
            id,
            id.toUpperCase(),
            ` ${id} `,
            `${id}\n`,
            `{${id}}`,
            id.replaceAll("-", ""),
            `${id}'; drop table projects; --`,
            id.slice(0, -1),
            [id],
          ),
        )
    : fc.constant("not-a-uuid");
  return fc.oneof(
    fc.constantFrom(
      "not-a-uuid",
      "",
      " ",
      "00000000-0000-0000-0000-000000000000",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
      "'; drop table projects; --",
      "1 or 1=1",
      "1",
      "null",
      "undefined",
    ),
    fc.uuid(),
    dressed,
  );
}

/** Values of the wrong type altogether, as a crafted request could send them. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    [],
    {},
    [[]],
    [null],
    new Date(Number.NaN),
    new Date(0),
  ),
  fc.constant(
    JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'),
  ),
  fc.array(hostileText, { maxLength: 4 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
  fc.constant(new Blob(["<script>alert(1)</script>"], { type: "text/plain" })),
);

/** Anything at all a field might receive. */
export function hostileValue(knownIds: readonly string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileText },
    { weight: 1, arbitrary: longText },
    { weight: 2, arbitrary: badNumber },
    { weight: 2, arbitrary: badDate },
    { weight: 2, arbitrary: badId(knownIds) },
    { weight: 2, arbitrary: wrongType },
  );
}

const JSON_ROW_KEYS = [
  "id",
  "titleNb",
  "titleRu",
  "titleEn",
  "dueOn",
  "doneOn",
  "name",
  "delegation",
  "capacity",
  "__proto__",
];

/** The JSON a form's hidden list field carries (milestones, guests), with hostile rows. */
export function hostileJsonRows(knownIds: readonly string[] = []): fc.Arbitrary<string> {
  const row = fc.record(
    Object.fromEntries(
      JSON_ROW_KEYS.map((key) => [
        key,
        // JSON has no bigint.
        hostileValueFor(key, knownIds).filter((v) => typeof v !== "bigint"),
      ]),
    ),
    { requiredKeys: [] },
  );
  return fc.oneof(
    fc.array(row, { maxLength: 4 }).map((rows) => JSON.stringify(rows)),
    fc
      .array(fc.constant({ titleEn: "x", name: "x", delegation: "NO" }), {
        minLength: 45,
        maxLength: 120,
      })
      .map((rows) => JSON.stringify(rows)),
    fc.constantFrom("", "[", "{}", "null", "[null]", "[[]]", '"[]"', "[1,2,3]", '{"length": 5}'),
    hostileText,
  );
}

/**
 * A hostile value aimed at what the field holds (a date field mostly gets bad dates, an id
 * field bad ids), and sometimes anything at all.
 */
export function hostileValueFor(
  field: string,
  knownIds: readonly string[] = [],
): fc.Arbitrary<unknown> {
  const ids = badId(knownIds);
  const focused = /(On|Start|End)$/.test(field)
    ? badDate
    : /Ids$|^order$/.test(field)
      ? fc.oneof(fc.array(ids, { maxLength: 5 }), ids)
      : /Id$/.test(field)
        ? ids
        : /^(version|number|progress|periodStart|periodEnd|fundingAmount)$/.test(field)
          ? badNumber
          : /^(milestones|guests)$/.test(field)
            ? hostileJsonRows(knownIds)
            : anyText;
  return fc.oneof(
    { weight: 3, arbitrary: focused },
    { weight: 1, arbitrary: hostileValue(knownIds) },
  );
}

/** Spreadsheet cell contents: text of any length, numbers, dates written as text, booleans, blanks. */
export const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileText },
  { weight: 1, arbitrary: longText.map((text) => text.slice(0, 40_000)) },
  { weight: 2, arbitrary: badNumber.filter((v) => typeof v !== "bigint") },
  { weight: 2, arbitrary: badDate.filter((v) => typeof v === "string") },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
);
