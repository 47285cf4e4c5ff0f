/**
 * Phrase banks for the large data set (no network: everything is composed from these).
 * Multilingual entries are [nb, ru, en]; the generated texts of one project are translations
 * of each other because they are built from the same entries in each language.
 * Slots in braces are filled by ./text.ts.
 */
import type { Delegation } from "../../../lib/vocabulary";

/** Norwegian bokmål, Russian, English. */
export type Tri = readonly [nb: string, ru: string, en: string];

/** A project topic: nb, Russian nominative, Russian genitive, en. */
export type Topic = readonly [nb: string, ruNom: string, ruGen: string, en: string];

export interface AreaTheme {
  name: Tri;
  topics: readonly Topic[];
}

export const AREA_THEMES: readonly AreaTheme[] = [
  {
    name: ["Maritim teknologi", "Морские технологии", "Maritime technology"],
    topics: [
      [
        "overvåking av skipsutslipp",
        "мониторинг выбросов с судов",
        "мониторинга выбросов с судов",
        "ship emissions monitoring",
      ],
      [
        "opplæring i isnavigasjon",
        "подготовка по ледовой навигации",
        "подготовки по ледовой навигации",
        "ice navigation training",
      ],
      [
        "trafikksentraltjenester for skip",
        "службы управления движением судов",
        "служб управления движением судов",
        "vessel traffic services",
      ],
      [
        "leverandørnettverk for skipsbygging",
        "сети поставщиков для судостроения",
        "сетей поставщиков для судостроения",
        "shipbuilding supplier networks",
      ],
      [
        "hydrogendrevne kystfartøy",
        "прибрежные суда на водороде",
        "прибрежных судов на водороде",
        "hydrogen-powered coastal vessels",
      ],
      [
        "samarbeid om havnestatskontroll",
        "сотрудничество в области портового контроля",
        "сотрудничества в области портового контроля",
        "port state control cooperation",
      ],
    ],
  },
  {
    name: ["Havbruk", "Аквакультура", "Aquaculture"],
    topics: [
      [
        "overvåking av lakselus",
        "мониторинг лососевой вши",
        "мониторинга лососевой вши",
        "salmon lice monitoring",
      ],
      [
        "fiskehelsediagnostikk",
        "диагностика здоровья рыб",
        "диагностики здоровья рыб",
        "fish health diagnostics",
      ],
      [
        "bærekraftig fiskefôr",
        "устойчивые корма для рыб",
        "устойчивых кормов для рыб",
        "sustainable fish feed",
      ],
      [
        "forvaltning av kongekrabbe",
        "управление запасами камчатского краба",
        "управления запасами камчатского краба",
        "king crab management",
      ],
      [
        "fagopplæring i havbruk",
        "профессиональная подготовка в аквакультуре",
        "профессиональной подготовки в аквакультуре",
        "aquaculture vocational training",
      ],
      [
        "lukket oppdrett av laks",
        "замкнутые системы выращивания лосося",
        "замкнутых систем выращивания лосося",
        "closed-containment salmon farming",
      ],
    ],
  },
  {
    name: ["Næringsliv og handel", "Деловое сотрудничество и торговля", "Business and trade"],
    topics: [
      [
        "leverandørutvikling",
        "развитие поставщиков",
        "развития поставщиков",
        "supplier development",
      ],
      [
        "grenseoverskridende næringshager",
        "приграничные бизнес-инкубаторы",
        "приграничных бизнес-инкубаторов",
        "cross-border business incubators",
      ],
      [
        "deltakelse på handelsmesser",
        "участие в торговых ярмарках",
        "участия в торговых ярмарках",
        "trade fair participation",
      ],
      [
        "mentorordninger for småbedrifter",
        "наставничество для малого бизнеса",
        "наставничества для малого бизнеса",
        "small business mentoring",
      ],
      [
        "eksportrådgivning",
        "консультирование экспортёров",
        "консультирования экспортёров",
        "export advisory services",
      ],
      [
        "partnersøk for felleseide selskaper",
        "подбор партнёров для совместных предприятий",
        "подбора партнёров для совместных предприятий",
        "joint venture matchmaking",
      ],
    ],
  },
  {
    name: [
      "Kultur og folk-til-folk-samarbeid",
      "Культура и межлюдские контакты",
      "Culture and people-to-people contacts",
    ],
    topics: [
      [
        "musikkutveksling for ungdom",
        "молодёжные музыкальные обмены",
        "молодёжных музыкальных обменов",
        "youth music exchanges",
      ],
      [
        "biblioteksamarbeid",
        "сотрудничество библиотек",
        "сотрудничества библиотек",
        "library cooperation",
      ],
      [
        "grenseoverskridende filmfestivaler",
        "приграничные кинофестивали",
        "приграничных кинофестивалей",
        "cross-border film festivals",
      ],
      [
        "felles museumsutstillinger",
        "совместные музейные выставки",
        "совместных музейных выставок",
        "joint museum exhibitions",
      ],
      [
        "språkkurs for voksne",
        "языковые курсы для взрослых",
        "языковых курсов для взрослых",
        "language courses for adults",
      ],
      [
        "idrettsarrangementer for barn",
        "спортивные мероприятия для детей",
        "спортивных мероприятий для детей",
        "sports events for children",
      ],
    ],
  },
  {
    name: [
      "Grensepassering og logistikk",
      "Пограничный переход и логистика",
      "Border crossing and logistics",
    ],
    topics: [
      [
        "kapasitet på grenseovergangen",
        "пропускная способность пункта пропуска",
        "пропускной способности пункта пропуска",
        "border crossing capacity",
      ],
      [
        "elektroniske tolldeklarasjoner",
        "электронное декларирование грузов",
        "электронного декларирования грузов",
        "electronic customs declarations",
      ],
      [
        "vedlikehold av grenseveiene",
        "содержание приграничных автодорог",
        "содержания приграничных автодорог",
        "border road maintenance",
      ],
      [
        "bussforbindelser over grensen",
        "трансграничное автобусное сообщение",
        "трансграничного автобусного сообщения",
        "cross-border bus connections",
      ],
      [
        "visumlettelser for grenseboere",
        "упрощение визового режима для жителей приграничья",
        "упрощения визового режима для жителей приграничья",
        "visa facilitation for border residents",
      ],
      ["godsterminaler", "грузовые терминалы", "грузовых терминалов", "freight terminals"],
    ],
  },
  {
    name: ["Miljø", "Окружающая среда", "Environment"],
    topics: [
      [
        "overvåking av luftkvalitet",
        "мониторинг качества воздуха",
        "мониторинга качества воздуха",
        "air quality monitoring",
      ],
      [
        "vannkvalitet i grenseelvene",
        "качество воды в пограничных реках",
        "качества воды в пограничных реках",
        "water quality in the border rivers",
      ],
      [
        "forvaltning av verneområder",
        "управление особо охраняемыми территориями",
        "управления особо охраняемыми территориями",
        "management of protected areas",
      ],
      ["marin forsøpling", "морской мусор", "морского мусора", "marine litter"],
      [
        "klimatilpasning i kommunene",
        "адаптация муниципалитетов к изменению климата",
        "адаптации муниципалитетов к изменению климата",
        "climate adaptation in municipalities",
      ],
      [
        "studier av brunbjørnbestanden",
        "изучение популяции бурого медведя",
        "изучения популяции бурого медведя",
        "brown bear population studies",
      ],
    ],
  },
  {
    name: ["Helse", "Здравоохранение", "Health"],
    topics: [
      [
        "forebygging av tuberkulose",
        "профилактика туберкулёза",
        "профилактики туберкулёза",
        "tuberculosis prevention",
      ],
      ["telemedisin", "телемедицина", "телемедицины", "telemedicine"],
      [
        "opplæring i akuttmedisin",
        "обучение неотложной медицине",
        "обучения неотложной медицине",
        "emergency medicine training",
      ],
      [
        "programmer for barns helse",
        "программы охраны здоровья детей",
        "программ охраны здоровья детей",
        "child health programmes",
      ],
      [
        "folkehelsestatistikk",
        "статистика общественного здоровья",
        "статистики общественного здоровья",
        "public health statistics",
      ],
      ["sykehuspartnerskap", "партнёрство больниц", "партнёрства больниц", "hospital partnerships"],
    ],
  },
  {
    name: ["Utdanning og forskning", "Образование и наука", "Education and research"],
    topics: [
      [
        "felles masterprogrammer",
        "совместные магистерские программы",
        "совместных магистерских программ",
        "joint master's programmes",
      ],
      ["studentutveksling", "студенческие обмены", "студенческих обменов", "student exchanges"],
      [
        "arktiske forskningsstasjoner",
        "арктические исследовательские станции",
        "арктических исследовательских станций",
        "Arctic research stations",
      ],
      [
        "samarbeid mellom yrkesskoler",
        "сотрудничество профессиональных колледжей",
        "сотрудничества профессиональных колледжей",
        "vocational school cooperation",
      ],
      [
        "sommerskoler for doktorgradsstipendiater",
        "летние школы для аспирантов",
        "летних школ для аспирантов",
        "doctoral summer schools",
      ],
      [
        "permafrostforskning",
        "исследования вечной мерзлоты",
        "исследований вечной мерзлоты",
        "permafrost research",
      ],
    ],
  },
  {
    name: ["Beredskap", "Предупреждение чрезвычайных ситуаций", "Emergency preparedness"],
    topics: [
      [
        "søk- og redningsøvelser",
        "учения по поиску и спасанию",
        "учений по поиску и спасанию",
        "search and rescue exercises",
      ],
      [
        "oljevernberedskap",
        "готовность к ликвидации разливов нефти",
        "готовности к ликвидации разливов нефти",
        "oil spill preparedness",
      ],
      [
        "forebygging av skogbranner",
        "предотвращение лесных пожаров",
        "предотвращения лесных пожаров",
        "forest fire prevention",
      ],
      [
        "informasjonsutveksling om atomsikkerhet",
        "обмен информацией о ядерной безопасности",
        "обмена информацией о ядерной безопасности",
        "nuclear safety information exchange",
      ],
      ["flomvarsling", "оповещение о паводках", "оповещения о паводках", "flood warning"],
      [
        "felles redningskoordinering",
        "совместная координация спасательных операций",
        "совместной координации спасательных операций",
        "joint rescue coordination",
      ],
    ],
  },
  {
    name: ["Turisme", "Туризм", "Tourism"],
    topics: [
      ["naturbasert reiseliv", "природный туризм", "природного туризма", "nature-based tourism"],
      ["cruiseturisme", "круизный туризм", "круизного туризма", "cruise tourism"],
      [
        "grenseoverskridende turstier",
        "трансграничные туристические маршруты",
        "трансграничных туристических маршрутов",
        "cross-border hiking trails",
      ],
      ["vinterturisme", "зимний туризм", "зимнего туризма", "winter tourism"],
      [
        "turistinformasjon på tre språk",
        "туристическая информация на трёх языках",
        "туристической информации на трёх языках",
        "tourist information in three languages",
      ],
      [
        "kulturarvturisme",
        "культурно-исторический туризм",
        "культурно-исторического туризма",
        "cultural heritage tourism",
      ],
    ],
  },
  {
    name: ["Energi", "Энергетика", "Energy"],
    topics: [
      [
        "energieffektivisering i offentlige bygg",
        "энергоэффективность общественных зданий",
        "энергоэффективности общественных зданий",
        "energy efficiency in public buildings",
      ],
      ["småkraftverk", "малая гидроэнергетика", "малой гидроэнергетики", "small hydropower"],
      [
        "vindkraft i Arktis",
        "ветроэнергетика в Арктике",
        "ветроэнергетики в Арктике",
        "wind power in the Arctic",
      ],
      [
        "modernisering av fjernvarme",
        "модернизация теплоснабжения",
        "модернизации теплоснабжения",
        "district heating modernisation",
      ],
      [
        "oppgradering av gatelys",
        "модернизация уличного освещения",
        "модернизации уличного освещения",
        "street lighting upgrades",
      ],
      ["energirevisjon", "энергоаудит", "энергоаудита", "energy auditing"],
    ],
  },
  {
    name: [
      "Samferdsel og infrastruktur",
      "Транспорт и инфраструктура",
      "Transport and infrastructure",
    ],
    topics: [
      [
        "regionale flyruter",
        "региональные авиамаршруты",
        "региональных авиамаршрутов",
        "regional air routes",
      ],
      [
        "jernbaneforbindelser",
        "железнодорожное сообщение",
        "железнодорожного сообщения",
        "railway connections",
      ],
      [
        "havneinfrastruktur",
        "портовая инфраструктура",
        "портовой инфраструктуры",
        "port infrastructure",
      ],
      [
        "trafikksikkerhet om vinteren",
        "безопасность дорожного движения зимой",
        "безопасности дорожного движения зимой",
        "winter road safety",
      ],
      [
        "digitale veimeldinger",
        "цифровая дорожная метеоинформация",
        "цифровой дорожной метеоинформации",
        "digital road weather services",
      ],
      ["broinspeksjoner", "обследование мостов", "обследования мостов", "bridge inspections"],
    ],
  },
  {
    name: ["Urfolk", "Коренные народы", "Indigenous peoples"],
    topics: [
      [
        "samisk språkopplæring",
        "преподавание саамского языка",
        "преподавания саамского языка",
        "Sami language teaching",
      ],
      ["reindrift", "оленеводство", "оленеводства", "reindeer husbandry"],
      [
        "urfolkshåndverk",
        "ремёсла коренных народов",
        "ремёсел коренных народов",
        "indigenous crafts",
      ],
      [
        "ungdomsnettverk for urfolk",
        "молодёжные сети коренных народов",
        "молодёжных сетей коренных народов",
        "indigenous youth networks",
      ],
      [
        "dokumentasjon av tradisjonell kunnskap",
        "документирование традиционных знаний",
        "документирования традиционных знаний",
        "documentation of traditional knowledge",
      ],
      [
        "samiske kultursentre",
        "саамские культурные центры",
        "саамских культурных центров",
        "Sami cultural centres",
      ],
    ],
  },
  {
    name: ["Fiskeri", "Рыболовство", "Fisheries"],
    topics: [
      [
        "bestandsvurdering av torsk",
        "оценка запасов трески",
        "оценки запасов трески",
        "cod stock assessment",
      ],
      ["fiskerikontroll", "рыболовный контроль", "рыболовного контроля", "fisheries control"],
      [
        "kystfiskeflåten",
        "прибрежный рыболовный флот",
        "прибрежного рыболовного флота",
        "the coastal fishing fleet",
      ],
      [
        "sjømatforedling",
        "переработка морепродуктов",
        "переработки морепродуктов",
        "seafood processing",
      ],
      [
        "felles forskningstokt",
        "совместные научные рейсы",
        "совместных научных рейсов",
        "joint research cruises",
      ],
      ["reduksjon av bifangst", "сокращение прилова", "сокращения прилова", "bycatch reduction"],
    ],
  },
  {
    name: ["Digitalisering", "Цифровизация", "Digitalisation"],
    topics: [
      [
        "digitale offentlige tjenester",
        "электронные государственные услуги",
        "электронных государственных услуг",
        "digital public services",
      ],
      [
        "bredbånd i utkantstrøk",
        "широкополосный доступ в отдалённых посёлках",
        "широкополосного доступа в отдалённых посёлках",
        "broadband in remote settlements",
      ],
      [
        "åpne dataportaler",
        "порталы открытых данных",
        "порталов открытых данных",
        "open data portals",
      ],
      [
        "digital kompetanse for eldre",
        "цифровая грамотность пожилых людей",
        "цифровой грамотности пожилых людей",
        "digital skills for older people",
      ],
      [
        "opplæring i cybersikkerhet",
        "обучение кибербезопасности",
        "обучения кибербезопасности",
        "cybersecurity training",
      ],
      ["deling av geodata", "обмен геоданными", "обмена геоданными", "geodata sharing"],
    ],
  },
  {
    name: ["Idrett og ungdom", "Спорт и молодёжь", "Sport and youth"],
    topics: [
      [
        "lederleirer for ungdom",
        "лагеря лидерства для молодёжи",
        "лагерей лидерства для молодёжи",
        "youth leadership camps",
      ],
      [
        "langrennsarrangementer",
        "соревнования по лыжным гонкам",
        "соревнований по лыжным гонкам",
        "cross-country skiing events",
      ],
      ["skolepartnerskap", "партнёрство школ", "партнёрства школ", "school partnerships"],
      ["frivillighetsutveksling", "обмен волонтёрами", "обмена волонтёрами", "volunteer exchanges"],
      [
        "ungt entreprenørskap",
        "молодёжное предпринимательство",
        "молодёжного предпринимательства",
        "youth entrepreneurship",
      ],
      ["fotballturneringer", "футбольные турниры", "футбольных турниров", "football tournaments"],
    ],
  },
];

export interface Place {
  /** English spelling, as the gazetteer (db/seed/gazetteer.ts) has it. */
  en: string;
  nb: string;
  /** Russian, prepositional case (after "в"). */
  ruIn: string;
  side: Delegation;
}

export const PLACES: readonly Place[] = [
  { en: "Kirkenes", nb: "Kirkenes", ruIn: "Киркенесе", side: "NO" },
  { en: "Vardø", nb: "Vardø", ruIn: "Вардё", side: "NO" },
  { en: "Vadsø", nb: "Vadsø", ruIn: "Вадсё", side: "NO" },
  { en: "Tromsø", nb: "Tromsø", ruIn: "Тромсё", side: "NO" },
  { en: "Bodø", nb: "Bodø", ruIn: "Будё", side: "NO" },
  { en: "Hammerfest", nb: "Hammerfest", ruIn: "Хаммерфесте", side: "NO" },
  { en: "Alta", nb: "Alta", ruIn: "Алте", side: "NO" },
  { en: "Båtsfjord", nb: "Båtsfjord", ruIn: "Ботсфьорде", side: "NO" },
  { en: "Neiden", nb: "Neiden", ruIn: "Нейдене", side: "NO" },
  { en: "Oslo", nb: "Oslo", ruIn: "Осло", side: "NO" },
  { en: "Murmansk", nb: "Murmansk", ruIn: "Мурманске", side: "RU" },
  { en: "Nikel", nb: "Nikel", ruIn: "Никеле", side: "RU" },
  { en: "Zapolyarny", nb: "Zapoljarnyj", ruIn: "Заполярном", side: "RU" },
  { en: "Arkhangelsk", nb: "Arkhangelsk", ruIn: "Архангельске", side: "RU" },
  { en: "Apatity", nb: "Apatity", ruIn: "Апатитах", side: "RU" },
  { en: "Kandalaksha", nb: "Kandalaksja", ruIn: "Кандалакше", side: "RU" },
  { en: "Severomorsk", nb: "Severomorsk", ruIn: "Североморске", side: "RU" },
  { en: "Naryan-Mar", nb: "Narjan-Mar", ruIn: "Нарьян-Маре", side: "RU" },
  { en: "Petrozavodsk", nb: "Petrozavodsk", ruIn: "Петрозаводске", side: "RU" },
  { en: "Pechenga", nb: "Petsjenga", ruIn: "Печенге", side: "RU" },
  { en: "Kirovsk", nb: "Kirovsk", ruIn: "Кировске", side: "RU" },
];

export interface City {
  name: Tri;
  /** Russian, prepositional case (after "в"). */
  ruIn: string;
  country: Delegation;
}

export const MEETING_CITIES: readonly City[] = [
  { name: ["Kirkenes", "Киркенес", "Kirkenes"], ruIn: "Киркенесе", country: "NO" },
  { name: ["Vadsø", "Вадсё", "Vadsø"], ruIn: "Вадсё", country: "NO" },
  { name: ["Tromsø", "Тромсё", "Tromsø"], ruIn: "Тромсё", country: "NO" },
  { name: ["Bodø", "Будё", "Bodø"], ruIn: "Будё", country: "NO" },
  { name: ["Oslo", "Осло", "Oslo"], ruIn: "Осло", country: "NO" },
  { name: ["Hammerfest", "Хаммерфест", "Hammerfest"], ruIn: "Хаммерфесте", country: "NO" },
  { name: ["Alta", "Алта", "Alta"], ruIn: "Алте", country: "NO" },
  { name: ["Murmansk", "Мурманск", "Murmansk"], ruIn: "Мурманске", country: "RU" },
  { name: ["Arkhangelsk", "Архангельск", "Arkhangelsk"], ruIn: "Архангельске", country: "RU" },
  { name: ["Moskva", "Москва", "Moscow"], ruIn: "Москве", country: "RU" },
  {
    name: ["St. Petersburg", "Санкт-Петербург", "St Petersburg"],
    ruIn: "Санкт-Петербурге",
    country: "RU",
  },
  { name: ["Petrozavodsk", "Петрозаводск", "Petrozavodsk"], ruIn: "Петрозаводске", country: "RU" },
  { name: ["Narjan-Mar", "Нарьян-Мар", "Naryan-Mar"], ruIn: "Нарьян-Маре", country: "RU" },
  { name: ["Apatity", "Апатиты", "Apatity"], ruIn: "Апатитах", country: "RU" },
];

export const COMMISSION: Tri = [
  "Den norsk-russiske regjeringskommisjonen for økonomisk, industrielt og teknisk-vitenskapelig samarbeid",
  "Российско-Норвежская межправительственная комиссия по экономическому, промышленному и научно-техническому сотрудничеству",
  "Norwegian–Russian Intergovernmental Commission for Economic, Industrial and Technical-Scientific Cooperation",
];

export const GROUP_NAMES: readonly Tri[] = [
  [
    "Arbeidsgruppen for maritim næring og skipsbygging",
    "Рабочая группа по морской промышленности и судостроению",
    "Working group on maritime industries and shipbuilding",
  ],
  [
    "Arbeidsgruppen for fiskeri og havbruk",
    "Рабочая группа по рыболовству и аквакультуре",
    "Working group on fisheries and aquaculture",
  ],
  [
    "Arbeidsgruppen for transport og logistikk i nord",
    "Рабочая группа по транспорту и логистике на Севере",
    "Working group on northern transport and logistics",
  ],
  [
    "Arbeidsgruppen for helse og sosiale spørsmål",
    "Рабочая группа по здравоохранению и социальным вопросам",
    "Working group on health and social affairs",
  ],
  [
    "Arbeidsgruppen for kultur og folk-til-folk-samarbeid",
    "Рабочая группа по культуре и межлюдским контактам",
    "Working group on culture and people-to-people cooperation",
  ],
  [
    "Arbeidsgruppen for utdanning og forskning",
    "Рабочая группа по образованию и науке",
    "Working group on education and research",
  ],
  [
    "Arbeidsgruppen for miljøvern",
    "Рабочая группа по охране окружающей среды",
    "Working group on environmental protection",
  ],
  [
    "Arbeidsgruppen for beredskap og redning",
    "Рабочая группа по предупреждению чрезвычайных ситуаций и спасанию",
    "Working group on emergency preparedness and rescue",
  ],
  [
    "Arbeidsgruppen for reiseliv og næringsutvikling",
    "Рабочая группа по туризму и развитию предпринимательства",
    "Working group on tourism and business development",
  ],
  [
    "Arbeidsgruppen for urfolk og nordområdene",
    "Рабочая группа по коренным народам и северным территориям",
    "Working group on indigenous peoples and the High North",
  ],
  [
    "Arbeidsgruppen for skogbruk og bioøkonomi",
    "Рабочая группа по лесному хозяйству и биоэкономике",
    "Working group on forestry and the bioeconomy",
  ],
  [
    "Arbeidsgruppen for digitalisering",
    "Рабочая группа по цифровизации",
    "Working group on digitalisation",
  ],
];

export const ORGS_NO: readonly string[] = [
  "Sør-Varanger kommune",
  "Vardø kommune",
  "Vadsø kommune",
  "Troms og Finnmark fylkeskommune",
  "Nordland fylkeskommune",
  "Kystverket",
  "Havforskningsinstituttet",
  "UiT Norges arktiske universitet",
  "Nord universitet",
  "Norsk Polarinstitutt",
  "Barentssekretariatet",
  "Innovasjon Norge Arktis",
  "Helse Nord RHF",
  "Finnmarkssykehuset HF",
  "Statens vegvesen",
  "Tolletaten",
  "Direktoratet for samfunnssikkerhet og beredskap",
  "Hovedredningssentralen Nord-Norge",
  "Miljødirektoratet",
  "Akvaplan-niva AS",
  "NIBIO Svanhovd",
  "Kirkenes Næringshage AS",
  "Sametinget",
  "Nofima",
  "SINTEF Nord",
  "Universitetssykehuset Nord-Norge",
  "Fiskeridirektoratet",
  "Mattilsynet",
  "Norsk kulturråd",
  "Pikene på Broen AS",
];

export const ORGS_RU: readonly string[] = [
  "Правительство Мурманской области",
  "Администрация Печенгского муниципального округа",
  "Мурманский арктический университет",
  "Мурманский государственный технический университет",
  "ПИНРО им. Н.М. Книповича",
  "Кольский научный центр РАН",
  "САФУ им. М.В. Ломоносова",
  "ФГБУ «Администрация морских портов Западной Арктики»",
  "Мурманская областная клиническая больница",
  "Министерство здравоохранения Мурманской области",
  "Управление по делам ГО и ЧС Мурманской области",
  "Государственный заповедник «Пасвик»",
  "Мурманская таможня",
  "Мурманский областной краеведческий музей",
  "Центр «Мой бизнес» Мурманской области",
  "Торгово-промышленная палата Мурманской области",
  "Ассоциация «Мурманшельф»",
  "Мурманская государственная областная универсальная научная библиотека",
  "ФГБУ «Мурманское УГМС»",
  "Правительство Архангельской области",
  "Ассоциация кольских саамов",
  "Министерство природных ресурсов Мурманской области",
  "Мурманский морской биологический институт РАН",
  "Полярный геофизический институт",
  "Министерство транспорта Мурманской области",
  "Министерство культуры Мурманской области",
];

export const FUNDING_SOURCES: readonly string[] = [
  "Barentssekretariatet",
  "Kolarctic CBC",
  "Norges forskningsråd",
  "Utenriksdepartementet, samarbeidsprogrammet med Russland",
  "Nordisk ministerråd",
  "Innovasjon Norge",
  "Diku, Eurasia-programmet",
  "Interreg Aurora",
  "Nordland fylkeskommune",
  "Правительство Мурманской области",
  "Фонд президентских грантов",
  "Российский научный фонд",
];

export const NAMES = {
  NO: {
    male: [
      "Anders",
      "Bjørn",
      "Eirik",
      "Espen",
      "Geir",
      "Håkon",
      "Jan",
      "Jon",
      "Kjetil",
      "Knut",
      "Lars",
      "Magnus",
      "Morten",
      "Ole",
      "Per",
      "Rune",
      "Sindre",
      "Stein",
      "Terje",
      "Tor",
      "Trond",
      "Vegard",
      "Øystein",
      "Arne",
      "Even",
      "Frode",
      "Helge",
      "Ivar",
      "Joakim",
      "Martin",
    ],
    female: [
      "Anne",
      "Astrid",
      "Berit",
      "Camilla",
      "Elin",
      "Hanne",
      "Hege",
      "Ingrid",
      "Kari",
      "Kristin",
      "Liv",
      "Marit",
      "Nina",
      "Ragnhild",
      "Randi",
      "Silje",
      "Siri",
      "Solveig",
      "Tone",
      "Tuva",
      "Unni",
      "Vibeke",
      "Åse",
      "Ida",
      "Ingvild",
      "Maren",
      "Mari",
      "Sigrid",
      "Torill",
      "Guro",
    ],
    last: [
      "Aas",
      "Andersen",
      "Bakke",
      "Berg",
      "Bjørnstad",
      "Dahl",
      "Eide",
      "Eriksen",
      "Fossum",
      "Hagen",
      "Halvorsen",
      "Hansen",
      "Haugen",
      "Isaksen",
      "Jakobsen",
      "Johansen",
      "Karlsen",
      "Kristiansen",
      "Larsen",
      "Lie",
      "Lund",
      "Mikkelsen",
      "Moe",
      "Nilsen",
      "Nygård",
      "Olsen",
      "Pedersen",
      "Rasmussen",
      "Solberg",
      "Strand",
      "Sørensen",
      "Thorsen",
      "Vik",
      "Wold",
      "Øien",
      "Aune",
      "Brekke",
      "Hætta",
      "Somby",
      "Pettersen",
    ],
  },
  RU: {
    male: [
      "Александр",
      "Алексей",
      "Андрей",
      "Антон",
      "Борис",
      "Вадим",
      "Василий",
      "Виктор",
      "Владимир",
      "Григорий",
      "Денис",
      "Дмитрий",
      "Евгений",
      "Иван",
      "Игорь",
      "Кирилл",
      "Константин",
      "Максим",
      "Михаил",
      "Николай",
      "Олег",
      "Павел",
      "Роман",
      "Сергей",
      "Станислав",
      "Юрий",
      "Артём",
      "Илья",
      "Пётр",
      "Фёдор",
    ],
    female: [
      "Александра",
      "Алина",
      "Анастасия",
      "Анна",
      "Валентина",
      "Вера",
      "Виктория",
      "Галина",
      "Дарья",
      "Екатерина",
      "Елена",
      "Ирина",
      "Ксения",
      "Лариса",
      "Людмила",
      "Марина",
      "Мария",
      "Надежда",
      "Наталья",
      "Ольга",
      "Светлана",
      "Татьяна",
      "Юлия",
      "Полина",
      "Софья",
      "Оксана",
      "Любовь",
      "Евгения",
      "Зоя",
      "Нина",
    ],
    /** Male forms; the female form adds "а". */
    last: [
      "Иванов",
      "Смирнов",
      "Кузнецов",
      "Попов",
      "Васильев",
      "Петров",
      "Соколов",
      "Михайлов",
      "Новиков",
      "Фёдоров",
      "Морозов",
      "Волков",
      "Алексеев",
      "Лебедев",
      "Семёнов",
      "Егоров",
      "Павлов",
      "Козлов",
      "Степанов",
      "Николаев",
      "Орлов",
      "Андреев",
      "Макаров",
      "Никитин",
      "Захаров",
      "Зайцев",
      "Соловьёв",
      "Борисов",
      "Яковлев",
      "Григорьев",
      "Романов",
      "Воробьёв",
      "Сергеев",
      "Кузьмин",
      "Фролов",
      "Александров",
      "Дмитриев",
      "Королёв",
      "Гусев",
      "Киселёв",
    ],
  },
} as const;

/** Job titles by delegation, [in the person's language: nb or ru, in English]. */
export const JOB_TITLES: Record<Delegation, readonly (readonly [string, string])[]> = {
  NO: [
    ["Seniorrådgiver", "Senior adviser"],
    ["Rådgiver", "Adviser"],
    ["Avdelingsdirektør", "Director"],
    ["Prosjektleder", "Project manager"],
    ["Fagdirektør", "Chief specialist"],
    ["Spesialrådgiver", "Special adviser"],
    ["Seksjonssjef", "Head of section"],
    ["Forsker", "Researcher"],
  ],
  RU: [
    ["Главный специалист", "Chief specialist"],
    ["Ведущий специалист", "Lead specialist"],
    ["Начальник отдела", "Head of division"],
    ["Советник", "Adviser"],
    ["Руководитель проекта", "Project manager"],
    ["Заместитель директора", "Deputy director"],
    ["Консультант", "Consultant"],
    ["Научный сотрудник", "Research fellow"],
  ],
};

/** Title templates. {T} topic (nb/en), {Tn}/{Tg} Russian nominative/genitive, {in} one place, {in2} two places. */
export const TITLE_TEMPLATES: readonly Tri[] = [
  [
    "Felles program for {T} {in2}",
    "Совместная программа {Tg} {in2}",
    "Joint programme for {T} {in2}",
  ],
  [
    "{T}: norsk-russisk pilotprosjekt {in}",
    "{Tn}: российско-норвежский пилотный проект {in}",
    "{T}: Norwegian–Russian pilot project {in}",
  ],
  [
    "Utvikling av {T} i grenseområdet",
    "Развитие {Tg} в приграничном районе",
    "Development of {T} in the border area",
  ],
  [
    "Grenseoverskridende nettverk for {T}, fase {n}",
    "Трансграничная сеть {Tg}, этап {n}",
    "Cross-border network for {T}, phase {n}",
  ],
  [
    "Forstudie om {T} {in}",
    "Предварительное исследование {Tg} {in}",
    "Feasibility study on {T} {in}",
  ],
  [
    "Kompetanseheving innen {T} for kommuner i Barentsregionen",
    "Повышение квалификации в сфере {Tg} для муниципалитетов Баренцева региона",
    "Capacity building in {T} for municipalities in the Barents region",
  ],
  [
    "Harmoniserte metoder for {T} {in2}",
    "Гармонизация методов {Tg} {in2}",
    "Harmonised methods for {T} {in2}",
  ],
  [
    "Ekspertseminarer om {T} {y1}–{y2}",
    "Экспертные семинары по вопросам {Tg}, {y1}–{y2}",
    "Expert seminars on {T}, {y1}–{y2}",
  ],
  [
    "Styrket samarbeid om {T} {in}",
    "Укрепление сотрудничества в области {Tg} {in}",
    "Strengthening cooperation on {T} {in}",
  ],
  [
    "Felles handlingsplan for {T} i Murmansk oblast og Finnmark",
    "Совместный план действий в области {Tg} в Мурманской области и Финнмарке",
    "Joint action plan for {T} in the Murmansk region and Finnmark",
  ],
  ["Digital plattform for {T}", "Цифровая платформа для {Tg}", "Digital platform for {T}"],
  [
    "{T} {in}: kartlegging, opplæring og erfaringsutveksling",
    "{Tn} {in}: анализ, обучение и обмен опытом",
    "{T} {in}: mapping, training and exchange of experience",
  ],
  [
    "Kurs i {T} for fagfolk fra begge land",
    "Учебный курс по вопросам {Tg} для специалистов обеих стран",
    "Training course in {T} for specialists from both countries",
  ],
  [
    "Evaluering av {T} og anbefalinger til kommisjonen",
    "Оценка {Tg} и рекомендации для комиссии",
    "Evaluation of {T} and recommendations to the commission",
  ],
];

/** Appended to a title that came out too short. */
export const TITLE_SUFFIXES: readonly Tri[] = [
  [" – pilotfase", " – пилотный этап", " – pilot phase"],
  [" i Barentsregionen", " в Баренцевом регионе", " in the Barents region"],
  [
    " – felles norsk-russisk innsats",
    " – совместные российско-норвежские усилия",
    " – a joint Norwegian–Russian effort",
  ],
];

/** Summary sentences. The first is always used; {orgNo}/{orgRu}/{partner} are organisations. */
export const SUMMARY_OPENERS: readonly Tri[] = [
  [
    "Prosjektet samler {orgNo} og {orgRu} for å styrke samarbeidet om {T} {in2}.",
    "Проект объединяет {orgNo} и {orgRu} для укрепления сотрудничества в области {Tg} {in2}.",
    "The project brings together {orgNo} and {orgRu} to strengthen cooperation on {T} {in2}.",
  ],
  [
    "{orgNo} og {orgRu} utvikler i fellesskap {T} {in2}.",
    "{orgNo} и {orgRu} совместно работают над развитием {Tg} {in2}.",
    "{orgNo} and {orgRu} are jointly developing {T} {in2}.",
  ],
  [
    "Prosjektet skal bedre {T} {in} gjennom felles tiltak på begge sider av grensen.",
    "Проект направлен на улучшение {Tg} {in} за счёт совместных мер по обе стороны границы.",
    "The project aims to improve {T} {in} through joint measures on both sides of the border.",
  ],
];

export const SUMMARY_SENTENCES: readonly Tri[] = [
  [
    "Målet er å dele erfaringer, utvikle felles metoder og lære opp fagfolk på begge sider av grensen.",
    "Цель проекта — обмен опытом, разработка общих методик и подготовка специалистов по обе стороны границы.",
    "Its aim is to share experience, develop common methods and train specialists on both sides of the border.",
  ],
  [
    "I {y1} skal partnerne gjennomføre en felles kartlegging og publisere resultatene på norsk, russisk og engelsk.",
    "В {y1} году партнёры проведут совместное обследование и опубликуют результаты на норвежском, русском и английском языках.",
    "In {y1} the partners will carry out a joint survey and publish the results in Norwegian, Russian and English.",
  ],
  [
    "Arbeidet er organisert i tre arbeidspakker: kartlegging, pilotaktiviteter og formidling.",
    "Работа организована в три пакета: анализ ситуации, пилотные мероприятия и распространение результатов.",
    "The work is organised in three work packages: mapping, pilot activities and dissemination.",
  ],
  [
    "Lokale myndigheter, næringsliv og frivillige organisasjoner deltar i seminarer og studiebesøk.",
    "В семинарах и ознакомительных поездках участвуют органы местного самоуправления, бизнес и некоммерческие организации.",
    "Local authorities, businesses and non-governmental organisations take part in seminars and study visits.",
  ],
  [
    "{partner} bidrar med kompetanse og medfinansiering.",
    "{partner} вносит экспертный вклад и участвует в софинансировании.",
    "{partner} contributes expertise and co-funding.",
  ],
  [
    "Prosjektet bygger videre på tidligere samarbeid under Barentsprogrammet og Kolarctic-programmet.",
    "Проект опирается на опыт прежнего сотрудничества в рамках Баренцевой программы и программы «Коларктик».",
    "The project builds on earlier cooperation under the Barents programme and the Kolarctic programme.",
  ],
  [
    "Resultatene legges fram for arbeidsgruppen på hvert møte og oppsummeres i en årlig rapport til kommisjonen.",
    "Результаты представляются рабочей группе на каждом заседании и обобщаются в ежегодном докладе комиссии.",
    "Results are presented to the working group at each meeting and summarised in an annual report to the commission.",
  ],
  [
    "Det legges særlig vekt på å involvere unge og kvinner.",
    "Особое внимание уделяется вовлечению молодёжи и женщин.",
    "Particular attention is paid to involving young people and women.",
  ],
  [
    "Forventet resultat er et sett praktiske anbefalinger som kan tas i bruk i andre kommuner i regionen.",
    "Ожидаемый результат — набор практических рекомендаций, применимых в других муниципалитетах региона.",
    "The expected outcome is a set of practical recommendations that other municipalities in the region can use.",
  ],
  [
    "Aktivitetene foregår {in2} og digitalt.",
    "Мероприятия проходят {in2} и в онлайн-формате.",
    "Activities take place {in2} and online.",
  ],
  [
    "Partnerne er enige om et felles dataformat, slik at resultater fra begge land kan sammenlignes.",
    "Партнёры согласовали единый формат данных, чтобы результаты двух стран можно было сравнивать.",
    "The partners have agreed on a common data format so that results from both countries can be compared.",
  ],
  [
    "Prosjektet har en styringsgruppe med like mange medlemmer fra hver side, som møtes to ganger i året.",
    "У проекта есть управляющий комитет с равным представительством сторон, который собирается два раза в год.",
    "A steering group with equal representation from each side meets twice a year.",
  ],
  [
    "Fagfolk {in} får opplæring i moderne metoder, og erfaringene deles i et felles nettverk.",
    "Специалисты {in} проходят обучение современным методам, а опыт распространяется через общую сеть.",
    "Specialists {in} are trained in modern methods, and the experience is shared through a joint network.",
  ],
  [
    "Et viktig delmål er å forenkle rutinene for samarbeid over grensen.",
    "Важная промежуточная цель — упростить порядок трансграничного взаимодействия.",
    "An important intermediate goal is to simplify the procedures for cooperation across the border.",
  ],
];

export type Situation =
  | "planned"
  | "started"
  | "progress"
  | "risk"
  | "recovered"
  | "setback"
  | "suspended"
  | "stillSuspended"
  | "resumed"
  | "completed"
  | "cancelled"
  | "proposal"
  | "planning";

/** Note openers by situation, per language. {in} a place, {org}, {pct} the reported progress. */
export const NOTE_OPENERS: Record<
  Situation,
  { nb: readonly string[]; ru: readonly string[]; en: readonly string[] }
> = {
  planned: {
    nb: [
      "Prosjektet er godkjent av arbeidsgruppen og er nå i planleggingsfasen.",
      "Finansieringen er bekreftet, og partnerne er enige om arbeidsplanen.",
      "Prosjektgruppen er etablert på begge sider; kontraktene forberedes.",
      "Oppstartsmøtet er planlagt {in} neste måned.",
    ],
    ru: [
      "Проект одобрен рабочей группой и находится на этапе планирования.",
      "Финансирование подтверждено, партнёры согласовали план работ.",
      "Проектные группы сформированы с обеих сторон, готовятся договоры.",
      "Стартовое совещание запланировано {in} в следующем месяце.",
    ],
    en: [
      "The project was approved by the working group and is now being planned.",
      "Funding has been confirmed and the partners have agreed on the work plan.",
      "Project teams have been set up on both sides; contracts are being prepared.",
      "The kick-off meeting is scheduled {in} next month.",
    ],
  },
  started: {
    nb: [
      "Arbeidet er i gang: oppstartsmøtet ble holdt {in}.",
      "Aktivitetene startet som planlagt.",
      "De første felles aktivitetene startet {in} sammen med {org}.",
    ],
    ru: [
      "Работа началась: стартовое совещание прошло {in}.",
      "Мероприятия начались в соответствии с планом.",
      "Первые совместные мероприятия начались {in} при участии организации «{org}».",
    ],
    en: [
      "Work has started: the kick-off meeting took place {in}.",
      "Activities started as planned.",
      "The first joint activities began {in} together with {org}.",
    ],
  },
  progress: {
    nb: [
      "Framdrift etter planen, om lag {pct} % av aktivitetene er gjennomført.",
      "Fellesseminaret {in} samlet deltakere fra begge land.",
      "Dataene fra kartleggingen er samlet inn og analyseres nå.",
      "Et studiebesøk {in} er gjennomført; rapporten oversettes.",
      "Partnerne hadde et digitalt møte for å gå gjennom delresultatene.",
      "Innkjøp av utstyr er fullført.",
      "Utkast til rapport er sendt begge delegasjoner for kommentarer.",
      "Det er holdt kurs for lokale fagfolk {in}.",
    ],
    ru: [
      "Работа идёт по плану, выполнено около {pct} % мероприятий.",
      "Совместный семинар {in} собрал участников из обеих стран.",
      "Данные обследования собраны и анализируются.",
      "Состоялся ознакомительный визит {in}; отчёт переводится.",
      "Партнёры провели онлайн-совещание по промежуточным результатам.",
      "Закупка оборудования завершена.",
      "Проект отчёта направлен обеим делегациям для замечаний.",
      "Для местных специалистов {in} проведены учебные занятия.",
    ],
    en: [
      "Progress according to plan, about {pct} % of the activities completed.",
      "The joint seminar {in} gathered participants from both countries.",
      "The survey data have been collected and are being analysed.",
      "A study visit {in} took place; the report is being translated.",
      "The partners met online to review the interim results.",
      "Procurement of equipment has been completed.",
      "A draft report was sent to both delegations for comments.",
      "Training sessions were held for local specialists {in}.",
    ],
  },
  risk: {
    nb: [
      "Forsinkelser ved grensepasseringen har bremset ekspertbesøkene.",
      "Medfinansieringen fra russisk side er ennå ikke bekreftet.",
      "Tidsplanen er i fare på grunn av personalendringer hos {org}.",
      "Tollklarering av utstyret har tatt lengre tid enn ventet.",
      "Det planlagte seminaret {in} måtte utsettes.",
    ],
    ru: [
      "Задержки при пересечении границы замедлили визиты экспертов.",
      "Софинансирование с российской стороны пока не подтверждено.",
      "График под угрозой из-за кадровых изменений в организации «{org}».",
      "Таможенное оформление оборудования заняло больше времени, чем ожидалось.",
      "Запланированный семинар {in} пришлось перенести.",
    ],
    en: [
      "Delays at the border crossing have slowed down the expert visits.",
      "Co-funding from the Russian side has not yet been confirmed.",
      "The schedule is at risk because of staff changes at {org}.",
      "Customs clearance of the equipment took longer than expected.",
      "The planned seminar {in} had to be postponed.",
    ],
  },
  recovered: {
    nb: [
      "Forsinkelsen er løst, og aktivitetene er tilbake i rute.",
      "Finansieringen er bekreftet; prosjektet er i rute igjen.",
      "Etter nytt møte med {org} er tidsplanen oppdatert og realistisk.",
    ],
    ru: [
      "Задержка устранена, мероприятия снова идут по графику.",
      "Финансирование подтверждено, проект снова идёт по плану.",
      "После новой встречи с организацией «{org}» график обновлён и выполним.",
    ],
    en: [
      "The delay has been resolved and activities are back on schedule.",
      "Funding confirmed; the project is on track again.",
      "After a new meeting with {org} the schedule has been updated and is realistic.",
    ],
  },
  setback: {
    nb: [
      "Framdriften er justert ned etter midtveisevalueringen.",
      "En del av resultatene må gjøres om etter kvalitetskontroll.",
      "Framdriften er korrigert: enkelte aktiviteter var rapportert for tidlig.",
    ],
    ru: [
      "Оценка хода работ скорректирована в сторону снижения по итогам промежуточного анализа.",
      "Часть результатов придётся переделать после контроля качества.",
      "Показатель выполнения уточнён: некоторые мероприятия были отмечены преждевременно.",
    ],
    en: [
      "Progress was revised downwards after the mid-term review.",
      "Part of the results has to be redone after quality control.",
      "Progress corrected: some activities had been reported too early.",
    ],
  },
  suspended: {
    nb: [
      "Prosjektet er satt på vent til finansieringen av neste fase er avklart.",
      "Aktivitetene er stilt i bero etter ønske fra partnerne.",
      "Prosjektet er midlertidig stanset i påvente av nye tillatelser.",
    ],
    ru: [
      "Проект приостановлен до решения вопроса о финансировании следующего этапа.",
      "Мероприятия приостановлены по просьбе партнёров.",
      "Проект временно остановлен в ожидании новых разрешений.",
    ],
    en: [
      "The project is on hold until funding for the next phase is clarified.",
      "Activities are suspended at the partners' request.",
      "The project is paused pending new permits.",
    ],
  },
  stillSuspended: {
    nb: [
      "Prosjektet er fortsatt stanset; ingen endring siden forrige rapport.",
      "Fortsatt ingen avklaring om finansiering.",
    ],
    ru: [
      "Проект по-прежнему приостановлен, изменений с прошлого отчёта нет.",
      "Вопрос финансирования всё ещё не решён.",
    ],
    en: [
      "The project is still on hold; no change since the last report.",
      "Funding has still not been clarified.",
    ],
  },
  resumed: {
    nb: [
      "Prosjektet er gjenopptatt etter pausen.",
      "Aktivitetene er gjenopptatt med en revidert tidsplan.",
    ],
    ru: [
      "Работа над проектом возобновлена после перерыва.",
      "Мероприятия возобновлены по пересмотренному графику.",
    ],
    en: ["The project has resumed after the pause.", "Activities resumed with a revised schedule."],
  },
  completed: {
    nb: [
      "Prosjektet er avsluttet; sluttrapporten ble lagt fram for arbeidsgruppen.",
      "Alle aktiviteter er gjennomført, og sluttrapporten er levert til kommisjonen.",
      "Fullført. Resultatene ble presentert på en avslutningskonferanse {in}.",
    ],
    ru: [
      "Проект завершён, итоговый отчёт представлен рабочей группе.",
      "Все мероприятия выполнены, итоговый отчёт передан комиссии.",
      "Проект завершён. Результаты представлены на итоговой конференции {in}.",
    ],
    en: [
      "The project is completed; the final report was presented to the working group.",
      "All activities are completed and the final report has been delivered to the commission.",
      "Completed. The results were presented at a closing conference {in}.",
    ],
  },
  cancelled: {
    nb: [
      "Prosjektet er avsluttet etter felles beslutning mellom partene.",
      "Avlyst: partnerne fikk ikke sikret finansiering.",
      "Arbeidsgruppen besluttet å avslutte prosjektet.",
    ],
    ru: [
      "Проект прекращён по взаимному решению сторон.",
      "Проект отменён: партнёрам не удалось обеспечить финансирование.",
      "Рабочая группа приняла решение прекратить проект.",
    ],
    en: [
      "The project was cancelled by agreement between the parties.",
      "Cancelled: the partners could not secure funding.",
      "The working group decided to discontinue the project.",
    ],
  },
  proposal: {
    nb: [
      "Prosjektforslaget er drøftet med mulige partnere.",
      "Konseptnotatet ferdigstilles til neste møte.",
      "Det er etablert kontakt med {org}.",
    ],
    ru: [
      "Проектное предложение обсуждено с потенциальными партнёрами.",
      "Концепция проекта дорабатывается к следующему заседанию.",
      "Установлен контакт с организацией «{org}».",
    ],
    en: [
      "The project proposal has been discussed with potential partners.",
      "The concept note is being finalised for the next meeting.",
      "Contact has been established with {org}.",
    ],
  },
  planning: {
    nb: [
      "Planleggingen fortsetter; budsjettet er under avklaring.",
      "Partnerne har utvekslet utkast til prosjektplan.",
      "Søknad om medfinansiering er sendt.",
    ],
    ru: [
      "Планирование продолжается, бюджет уточняется.",
      "Партнёры обменялись проектами плана работ.",
      "Направлена заявка на софинансирование.",
    ],
    en: [
      "Planning continues; the budget is being clarified.",
      "The partners have exchanged drafts of the project plan.",
      "An application for co-funding has been submitted.",
    ],
  },
};

/** Sentences that may follow any opener. */
export const NOTE_FILLERS = {
  nb: [
    "Kontaktpersonene på begge sider holdes orientert.",
    "Neste koordineringsmøte er planlagt {in}.",
    "Referat fra møtet er sendt sekretariatet.",
    "Ingen større problemer å melde.",
    "Budsjettforbruket er i tråd med planen.",
    "Tolking mellom norsk og russisk ble ordnet av {org}.",
    "Lokale medier dekket arrangementet {in}.",
    "Partnerne takker {org} for støtten.",
    "Rapporten vil foreligge på begge språk.",
    "Flere kommuner har vist interesse for resultatene.",
  ],
  ru: [
    "Контактные лица с обеих сторон информируются.",
    "Следующее координационное совещание планируется {in}.",
    "Протокол встречи направлен в секретариат.",
    "Серьёзных проблем нет.",
    "Расходование бюджета соответствует плану.",
    "Перевод с норвежского и на норвежский обеспечила организация «{org}».",
    "Местные СМИ освещали мероприятие {in}.",
    "Партнёры благодарят организацию «{org}» за поддержку.",
    "Отчёт будет подготовлен на обоих языках.",
    "Интерес к результатам проявили и другие муниципалитеты.",
  ],
  en: [
    "The contact persons on both sides are kept informed.",
    "The next coordination meeting is planned {in}.",
    "The minutes of the meeting have been sent to the secretariat.",
    "No major issues to report.",
    "Spending is in line with the budget.",
    "Interpreting between Norwegian and Russian was arranged by {org}.",
    "Local media covered the event {in}.",
    "The partners thank {org} for its support.",
    "The report will be available in both languages.",
    "Several municipalities have shown interest in the results.",
  ],
} as const;

export const NEXT_STEPS = {
  nb: [
    "Utarbeide delrapport før neste møte i arbeidsgruppen.",
    "Arrangere felles arbeidsmøte {in}.",
    "Bli enige om budsjettet for neste år.",
    "Sende oversatt rapport til sekretariatet.",
    "Søke om medfinansiering hos {org}.",
    "Avklare datoer for studiebesøket.",
    "Forberede presentasjon til kommisjonsmøtet.",
    "Oppdatere kontaktlisten og dele den med partnerne.",
    "Fullføre innkjøp av utstyr og avklare tollbehandling.",
  ],
  ru: [
    "Подготовить промежуточный отчёт к следующему заседанию рабочей группы.",
    "Организовать совместное рабочее совещание {in}.",
    "Согласовать бюджет на следующий год.",
    "Направить переведённый отчёт в секретариат.",
    "Подать заявку на софинансирование в организацию «{org}».",
    "Уточнить даты ознакомительного визита.",
    "Подготовить презентацию к заседанию комиссии.",
    "Обновить список контактов и направить его партнёрам.",
    "Завершить закупку оборудования и решить вопросы таможенного оформления.",
  ],
  en: [
    "Prepare an interim report before the next working group meeting.",
    "Organise a joint working meeting {in}.",
    "Agree on next year's budget.",
    "Send the translated report to the secretariat.",
    "Apply for co-funding from {org}.",
    "Confirm the dates of the study visit.",
    "Prepare a presentation for the commission meeting.",
    "Update the contact list and share it with the partners.",
    "Complete the procurement of equipment and clarify customs clearance.",
  ],
} as const;

export const MILESTONES: readonly Tri[] = [
  ["Oppstartsmøte", "Стартовое совещание", "Kick-off meeting"],
  [
    "Samarbeidsavtale signert",
    "Подписано соглашение о сотрудничестве",
    "Partnership agreement signed",
  ],
  ["Kartlegging fullført", "Завершено исходное обследование", "Baseline survey completed"],
  ["Fellesseminar", "Совместный семинар", "Joint seminar"],
  ["Delrapport levert", "Представлен промежуточный отчёт", "Interim report delivered"],
  ["Studiebesøk gjennomført", "Проведён ознакомительный визит", "Study visit completed"],
  ["Pilot avsluttet", "Пилотный этап завершён", "Pilot completed"],
  ["Utstyr levert", "Оборудование поставлено", "Equipment delivered"],
  ["Opplæringsprogram startet", "Начата учебная программа", "Training programme launched"],
  ["Avslutningskonferanse", "Итоговая конференция", "Closing conference"],
  ["Sluttrapport levert", "Представлен итоговый отчёт", "Final report submitted"],
  ["Resultater publisert", "Результаты опубликованы", "Results published"],
];

export const AGENDA = {
  opening: [
    "Åpning av møtet og godkjenning av dagsorden",
    "Открытие заседания и утверждение повестки дня",
    "Opening of the meeting and adoption of the agenda",
  ] as Tri,
  infoNo: [
    "Orientering fra den norske delegasjonen",
    "Информация норвежской делегации",
    "Information from the Norwegian delegation",
  ] as Tri,
  infoRu: [
    "Orientering fra den russiske delegasjonen",
    "Информация российской делегации",
    "Information from the Russian delegation",
  ] as Tri,
  planStatus: [
    "Status for arbeidsplanen {period}",
    "О ходе выполнения плана работы на {period} гг.",
    "Status of the work plan {period}",
  ] as Tri,
  areaReview: [
    "Gjennomgang av prosjekter: {area}",
    "Обзор проектов: {area}",
    "Project review: {area}",
  ] as Tri,
  proposals: ["Nye prosjektforslag", "Новые проектные предложения", "New project proposals"] as Tri,
  project: [
    "Prosjekt {code}: status og videre arbeid",
    "Проект {code}: ход реализации и дальнейшие шаги",
    "Project {code}: status and next steps",
  ] as Tri,
  funding: [
    "Finansieringsmuligheter for prosjektene",
    "Возможности финансирования проектов",
    "Funding opportunities for the projects",
  ] as Tri,
  report: [
    "Rapport til regjeringskommisjonen",
    "Доклад межправительственной комиссии",
    "Report to the intergovernmental commission",
  ] as Tri,
  approvePlan: [
    "Godkjenning av arbeidsplanen {period}",
    "Утверждение плана работы на {period} гг.",
    "Approval of the work plan {period}",
  ] as Tri,
  aob: ["Eventuelt", "Разное", "Any other business"] as Tri,
  next: [
    "Tid og sted for neste møte",
    "Время и место следующего заседания",
    "Date and venue of the next meeting",
  ] as Tri,
};

export const DECISIONS = {
  approvePlan: [
    "Arbeidsgruppen godkjente arbeidsplanen for {period}.",
    "Рабочая группа утвердила план работы на {period} гг.",
    "The working group approved the work plan for {period}.",
  ] as Tri,
  nextMeeting: [
    "Neste møte holdes i {city} i {y1}.",
    "Следующее заседание состоится в {cityIn} в {y1} году.",
    "The next meeting will be held in {city} in {y1}.",
  ] as Tri,
  project: [
    [
      "Arbeidsgruppen tok statusrapporten for prosjekt {code} til orientering.",
      "Рабочая группа приняла к сведению отчёт о ходе реализации проекта {code}.",
      "The working group took note of the progress report on project {code}.",
    ],
    [
      "Partene ble enige om å forlenge prosjekt {code} med ett år.",
      "Стороны договорились продлить проект {code} на один год.",
      "The parties agreed to extend project {code} by one year.",
    ],
    [
      "Partene ble enige om å utarbeide en felles søknad om finansiering for prosjekt {code}.",
      "Стороны договорились подготовить совместную заявку на финансирование проекта {code}.",
      "The parties agreed to prepare a joint funding application for project {code}.",
    ],
    [
      "Arbeidsgruppen anbefalte kommisjonen å støtte prosjekt {code}.",
      "Рабочая группа рекомендовала комиссии поддержать проект {code}.",
      "The working group recommended that the commission support project {code}.",
    ],
  ] as readonly Tri[],
  general: [
    [
      "Sekretariatene skal utveksle oppdaterte kontaktlister innen en måned.",
      "Секретариаты обменяются обновлёнными списками контактов в течение месяца.",
      "The secretariats will exchange updated contact lists within a month.",
    ],
    [
      "Partene ble enige om å rapportere status for alle prosjekter senest to uker før hvert møte.",
      "Стороны договорились представлять информацию о ходе всех проектов не позднее чем за две недели до каждого заседания.",
      "The parties agreed to report the status of all projects no later than two weeks before each meeting.",
    ],
    [
      "Arbeidsgruppen vil legge fram en felles rapport for kommisjonen.",
      "Рабочая группа представит комиссии совместный доклад.",
      "The working group will present a joint report to the commission.",
    ],
  ] as readonly Tri[],
};

export const ACTION_ITEMS = {
  project: [
    [
      "Sende oppdatert budsjett for prosjekt {code} til sekretariatet",
      "Направить в секретариат обновлённый бюджет проекта {code}",
      "Send the updated budget for project {code} to the secretariat",
    ],
    [
      "Utarbeide felles statusrapport for prosjekt {code} før neste møte",
      "Подготовить совместный отчёт о ходе проекта {code} к следующему заседанию",
      "Prepare a joint status report on project {code} before the next meeting",
    ],
    [
      "Avklare grensepassering for ekspertbesøket i prosjekt {code}",
      "Уточнить порядок пересечения границы для визита экспертов по проекту {code}",
      "Clarify border-crossing arrangements for the expert visit in project {code}",
    ],
    [
      "Oversette sluttrapporten for prosjekt {code} til russisk",
      "Перевести итоговый отчёт проекта {code} на русский язык",
      "Translate the final report of project {code} into Russian",
    ],
    [
      "Avtale dato for arbeidsmøte om prosjekt {code}",
      "Согласовать дату рабочей встречи по проекту {code}",
      "Agree on a date for a working meeting on project {code}",
    ],
    [
      "Bekrefte medfinansiering for prosjekt {code}",
      "Подтвердить софинансирование проекта {code}",
      "Confirm the co-funding of project {code}",
    ],
  ] as readonly Tri[],
  general: [
    [
      "Foreslå kandidater til ekspertgruppen for {area}",
      "Предложить кандидатуры в экспертную группу по направлению «{area}»",
      "Propose candidates for the expert group on {area}",
    ],
    [
      "Sende utkast til protokoll til begge delegasjoner",
      "Направить проект протокола обеим делегациям",
      "Circulate the draft minutes to both delegations",
    ],
    [
      "Oppdatere kontaktlisten for arbeidsgruppen",
      "Обновить список контактов рабочей группы",
      "Update the working group's contact list",
    ],
  ] as readonly Tri[],
};

export const MINUTES: readonly Tri[] = [
  [
    "Delegasjonene ble ledet av arbeidsgruppens to ledere.",
    "Делегации возглавляли сопредседатели рабочей группы.",
    "The delegations were headed by the co-chairs of the working group.",
  ],
  [
    "Partene gjennomgikk status for prosjektene i arbeidsplanen.",
    "Стороны рассмотрели ход реализации проектов плана работы.",
    "The parties reviewed the status of the projects in the work plan.",
  ],
  [
    "Det ble lagt særlig vekt på prosjekter med forsinkelser.",
    "Особое внимание было уделено проектам, реализация которых задерживается.",
    "Particular attention was paid to delayed projects.",
  ],
  [
    "Partene uttrykte tilfredshet med samarbeidet og den gode dialogen.",
    "Стороны выразили удовлетворение ходом сотрудничества и конструктивным диалогом.",
    "The parties expressed satisfaction with the cooperation and the constructive dialogue.",
  ],
  [
    "Nye prosjektforslag ble presentert og drøftet.",
    "Были представлены и обсуждены новые проектные предложения.",
    "New project proposals were presented and discussed.",
  ],
  [
    "Protokollen ble undertegnet på norsk og russisk.",
    "Протокол подписан на норвежском и русском языках.",
    "The minutes were signed in Norwegian and Russian.",
  ],
];

export const COMMENTS = {
  nb: [
    "Takk for oppdateringen – dette ser bra ut.",
    "Kan dere dele programmet for seminaret?",
    "Vi må avklare budsjettet før neste møte.",
    "Har partneren på russisk side bekreftet datoene?",
    "Rapporten bør oversettes før den sendes til kommisjonen.",
    "Jeg foreslår at vi tar dette opp på neste møte i arbeidsgruppen.",
    "Hvem er kontaktperson hos {org} nå?",
    "Bra at tollklareringen endelig er på plass.",
    "Vi kan gjerne bidra med tolk til arbeidsmøtet.",
    "Er det mulig å flytte seminaret til etter sommeren?",
  ],
  ru: [
    "Спасибо за информацию, хороший прогресс.",
    "Просим направить программу семинара.",
    "Необходимо уточнить бюджет до следующего заседания.",
    "Подтвердила ли норвежская сторона даты визита?",
    "Предлагаем обсудить этот вопрос на следующем заседании рабочей группы.",
    "Отчёт нужно перевести до направления в комиссию.",
    "Кто сейчас контактное лицо в организации «{org}»?",
    "Хорошо, что вопрос таможенного оформления наконец решён.",
    "Можем обеспечить переводчика на рабочую встречу.",
    "Возможно ли перенести семинар на осень?",
  ],
  en: [
    "Thanks for the update – good progress.",
    "Could you share the programme for the seminar?",
    "We need to clarify the budget before the next meeting.",
    "Has the partner on the other side confirmed the dates?",
    "The report should be translated before it goes to the commission.",
    "I suggest we raise this at the next working group meeting.",
    "Who is the contact person at {org} now?",
    "Good that customs clearance is finally sorted out.",
    "We can provide an interpreter for the working meeting.",
    "Would it be possible to move the seminar to the autumn?",
  ],
} as const;

export const GUEST_CAPACITIES: readonly string[] = [
  "Tolk / переводчик",
  "Observatør, Utenriksdepartementet",
  "Наблюдатель, Министерство иностранных дел",
  "Gjest, Statsforvalteren i Troms og Finnmark",
  "Гость, Правительство Мурманской области",
];
