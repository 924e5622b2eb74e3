/**
 * The page-layout matrix (docs/layout-coverage.md): generated news and analysis pages made of the parts real pages
 * have — a masthead, menus and language bars, a rubric, a series line, the headline, a standfirst, a byline, a date
 * stamp, a dateline opening the story, a photo credit, tags, a share bar, related headlines, disclosure and copyright
 * lines — each part in one of several forms and the parts in several orders, with the title, publisher, author and
 * date the page states. The expected metadata comes from what the generator put in, never from the reader. Pure: the
 * randomness is the coverage matrix's seeded generator (src/read/coverage-random.ts), seeded by each item's id.
 *
 * The publishers, writers and stories are invented (our own words); no fixture names them.
 *
 * @module
 */
import {hash32, pick, seededRandom, type Rng} from "./coverage-random.js";

/** What a page states of itself, as the gold writes it (null: the page states none). */
export interface LayoutExpected {
  title: string;
  publisher: string;
  author: string | null;
  /** YYYY-MM-DD. */
  date: string;
}

/** One generated page and what it states. */
export interface LayoutItem {
  id: string;
  /** The part and form the item was drawn for (its cell); the other parts' forms are drawn at random. */
  part: string;
  form: string;
  /** Every part's form on this page. */
  forms: Record<string, string>;
  text: string;
  expected: LayoutExpected;
  /** Lines of site chrome on the page: none may be read as a sentence of the body. */
  chrome: string[];
  /** The story's first sentence (after its dateline): it must be read. */
  lead: string;
}

/** A publisher: its name as the gold writes it, and how its page may set it. */
interface Publisher {
  /** The name as the gold gives it. */
  name: string;
  kind: "agency" | "paper" | "site" | "institute" | "wire";
  /** An agency's initials, for its dateline credit ("(WNA)"). */
  short?: string;
  /** An agency's full name under its initials. */
  full?: string;
  /** An agency's full name in its own language, with the small words of that language ("… da …", "… e …"). */
  own?: string;
  /** The name as a wire sets it in lower case ("kestrel"), with an edition word after it in the masthead. */
  lower?: string;
  /** A tagline under the name. */
  tagline: string;
  /** A blog's or a series' own name, for institutes. */
  series?: string;
}

/** Invented publishers of each kind (no fixture names them). */
const PUBLISHERS: readonly Publisher[] = [
  {
    name: "WNA",
    kind: "agency",
    short: "WNA",
    full: "Wrenfield News Agency",
    own: "Wrenfield Notícias da Atualidade",
    tagline: "News from the region since 1994"
  },
  {
    name: "OIA",
    kind: "agency",
    short: "OIA",
    full: "Oriel Information Agency",
    own: "Oriel Informazioni e Attualità",
    tagline: "The national information agency"
  },
  {name: "Saltmarsh Courier", kind: "paper", tagline: "Independent journalism since 2007"},
  {name: "Northgate Evening Post", kind: "paper", tagline: "Your window on the world"},
  {name: "Granary Street", kind: "site", tagline: "Careful reporting, plainly told"},
  {name: "The Weir", kind: "site", tagline: "Ideas and evidence on world affairs"},
  {
    name: "Larchmont Institute",
    kind: "institute",
    series: "Borderlands Brief",
    tagline: "Weekly analysis of the wider neighbourhood"
  },
  {
    name: "Centre for Upland Studies",
    kind: "institute",
    series: "Upland Notes",
    tagline: "Research for open societies"
  },
  {name: "brightfield", kind: "wire", lower: "brightfield", tagline: "World news service"},
  {name: "tallis", kind: "wire", lower: "tallis", tagline: "International wire"}
];

/** Invented writers (two or three words; no fixture names them). */
const WRITERS = [
  "Ines Vallbona",
  "Oskar Lindqvist-Adebayo",
  "Marguerite Okafor",
  "Tobias Hennequin",
  "Saule Ermekbayeva",
  "Rafael Quintanilla",
  "Henrike Boisvert",
  "Dmitri Averintsev",
  "Yuna Kirishima",
  "Callum Ferreira"
];

/** Academic titles and universities for "Author: Name, Title, University". */
const POSTS = [
  "Senior Lecturer in International Politics, University of Castlebridge",
  "Associate Professor of Economics, Harwick University",
  "Research Fellow, Institute of Northern Studies, Moorland University"
];

const STATES = [
  {name: "Kazakhstan", adj: "Kazakh", capital: "ASTANA", city: "Astana"},
  {name: "Uzbekistan", adj: "Uzbek", capital: "TASHKENT", city: "Tashkent"},
  {name: "Kyrgyzstan", adj: "Kyrgyz", capital: "BISHKEK", city: "Bishkek"},
  {name: "Mongolia", adj: "Mongolian", capital: "ULAANBAATAR", city: "Ulaanbaatar"},
  {name: "Azerbaijan", adj: "Azerbaijani", capital: "BAKU", city: "Baku"},
  {name: "Georgia", adj: "Georgian", capital: "TBILISI", city: "Tbilisi"}
];

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** A page's day (the 13th or later, so that no numeric form is ambiguous) and its time. */
interface Day {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
}

const two = (n: number) => String(n).padStart(2, "0");
const iso = (x: Day) => `${x.y}-${two(x.m)}-${two(x.d)}`;
const mon = (x: Day) => MONTHS[x.m - 1]!;
const mon3 = (x: Day) => mon(x).slice(0, 3);
const weekday = (x: Day) => WEEKDAYS[(new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay() + 6) % 7]!;
const clock = (x: Day) => `${two(x.hh)}:${two(x.mm)}`;
const clock12 = (x: Day) => `${x.hh % 12 || 12}:${two(x.mm)} ${x.hh < 12 ? "AM" : "PM"}`;
const clock12small = (x: Day) => `${x.hh % 12 || 12}:${two(x.mm)}${x.hh < 12 ? "am" : "pm"}`;

/** The parts of a page's context a form is written with. */
interface Page {
  rng: Rng;
  pub: Publisher;
  day: Day;
  state: (typeof STATES)[number];
  other: (typeof STATES)[number];
  writer: string;
  second: string;
}

/** A form of a part: the lines it puts on the page, and what it states. */
interface Form {
  name: string;
  /** Only for these kinds of publisher. */
  kinds?: readonly Publisher["kind"][];
  lines: (p: Page) => string[];
  /** The author it states (undefined: none; a form of the byline part). */
  author?: (p: Page) => string | null;
  /** The title it sets (a form of the title part). */
  title?: (p: Page) => string;
  /** Its lines are chrome: none may be read as body. */
  chrome?: boolean;
}

/** The masthead: how the page sets its owner's name above everything. */
const MASTHEADS: Form[] = [
  {name: "caps", kinds: ["paper", "site", "institute"], lines: (p) => [p.pub.name.toUpperCase()]},
  {name: "running", kinds: ["paper", "site", "institute"], lines: (p) => [p.pub.name]},
  {
    name: "caps+tagline",
    kinds: ["paper", "site", "institute"],
    lines: (p) => [p.pub.name.toUpperCase(), p.pub.tagline]
  },
  {name: "running+tagline", kinds: ["paper", "site", "institute"], lines: (p) => [p.pub.name, p.pub.tagline]},
  // "WNA" over "Wrenfield News Agency": the agency's initials, then its full name
  {name: "initials+full", kinds: ["agency"], lines: (p) => [p.pub.short!, p.pub.full!]},
  // "KESTREL NEWS AGENCY": the agency's full name in capitals, its initials in the dateline and copyright
  {name: "full-caps", kinds: ["agency"], lines: (p) => [p.pub.full!.toUpperCase()]},
  {name: "initials", kinds: ["agency"], lines: (p) => [p.pub.short!]},
  // "WNA  Wrenfield News Agency", "WNA – Wrenfield News Agency": the initials beside the full name on one line (session 25)
  {
    name: "initials-beside-full",
    kinds: ["agency"],
    lines: (p) => [`${p.pub.short!}${pick(p.rng, ["  ", " – ", " · "])}${p.pub.full!}`]
  },
  // "WNA — Wrenfield Notícias da Atualidade": the initials beside the full name in the agency's own language, with its
  // small words ("da", "e"), on its English service (session 30)
  {
    name: "initials-beside-own",
    kinds: ["agency"],
    lines: (p) => [`${p.pub.short!}${pick(p.rng, [" — ", " – ", " | "])}${p.pub.own!}`]
  },
  // the site's name only in its logo (no line of text): the copyright line after the story names it (session 25)
  {name: "logo", kinds: ["paper", "site", "institute"], lines: () => []},
  // "brightfield international": a wire's name in lower case with its edition
  {name: "lower+edition", kinds: ["wire"], lines: (p) => [`${p.pub.lower} ${pick(p.rng, ["international", "world"])}`]},
  {name: "lower", kinds: ["wire"], lines: (p) => [p.pub.lower!]},
  // "SALTMARSH COURIER" / "by The Harwick Shimbun": a paper's name over the house that makes it, credited with "by" (an
  // English edition of a foreign daily; the masthead is the publisher; session 28)
  {
    name: "caps+house",
    kinds: ["paper"],
    lines: (p) => [p.pub.name.toUpperCase(), `by ${pick(p.rng, ["The Harwick Shimbun", "The Aldmoor Press Group"])}`]
  },
  // "LARCHMONT INSTITUTE" / "BORDERLANDS BRIEF" / tagline: an institute's name, its blog's name and the blog's tagline
  {
    name: "institute+blog",
    kinds: ["institute"],
    lines: (p) => [p.pub.name.toUpperCase(), p.pub.series!.toUpperCase(), p.pub.tagline]
  }
];

/** A utility bar at the page's very top: the day and the weather, prayer times, exchange rates (chrome; session 25). */
const TOPBARS: Form[] = [
  {name: "none", lines: () => []},
  {
    name: "day-weather",
    chrome: true,
    lines: (p) => [
      `${weekday(p.day)}, ${p.day.d} ${mon(p.day)} ${p.day.y} | ${p.state.city} ${5 + Math.floor(p.rng() * 25)}°C`
    ]
  },
  {
    name: "weather",
    chrome: true,
    lines: (p) => [`${p.state.city} ${5 + Math.floor(p.rng() * 25)}°C  Partly cloudy  Wind 4 m/s  Humidity 41%`]
  },
  {
    name: "prayer-times",
    chrome: true,
    lines: (p) => [`${p.state.city}: Fajr 04:51 · Sunrise 06:20 · Dhuhr 12:33 · Asr 16:02 · Maghrib 18:44 · Isha 20:09`]
  },
  {
    name: "rates",
    chrome: true,
    lines: () => ["USD 478.20 ▲ 0.4%   EUR 512.75 ▼ 0.1%   CNY 66.10   Brent $81.40"]
  }
];

/** Menus and language bars under the masthead (chrome). */
const NAVIGATION: Form[] = [
  {name: "none", lines: () => []},
  {name: "bars", chrome: true, lines: () => ["Home | World | Economy | Opinion | Culture | Sport"]},
  {name: "spaces", chrome: true, lines: () => ["World  Business  Opinion  Science  Travel  Podcasts"]},
  {
    name: "bars+languages",
    chrome: true,
    lines: () => ["Home | Region | Economy | Society | Photo | Video     KAZ | RUS | ENG"]
  },
  {name: "languages", chrome: true, lines: () => ["ҚАЗ | РУС | ENG | 中文"]},
  // the page's language with its code, a switcher's label (session 28)
  {name: "language-code", chrome: true, lines: (p) => [pick(p.rng, ["English (EN)", "English (EN) | Русский (RU)"])]},
  // a subscriber's account bar (session 25)
  {name: "account", chrome: true, lines: () => ["E-paper | My reading list | Notifications | Sign out"]},
  {
    name: "site-menu",
    chrome: true,
    lines: () => ["Research | Programs | Events | Experts | About us | Support us"]
  }
];

/** The section the story is filed under (chrome). */
const RUBRICS: Form[] = [
  {name: "none", lines: () => []},
  {name: "word", chrome: true, lines: (p) => [pick(p.rng, ["Politics", "Diplomacy", "Analysis", "Region"])]},
  {name: "caps-pair", chrome: true, lines: () => ["WORLD / DIPLOMACY"]},
  {name: "bar-pair", chrome: true, lines: () => ["Politics | Central Asia"]},
  // an institution's crumb of sections, the first two joined by "and" (session 28)
  {
    name: "crumb-sections",
    chrome: true,
    lines: (p) => [pick(p.rng, ["News and events > Press office > News releases", "News & media / Press releases"])]
  }
];

/** A series' or a publication's issue line. */
const SERIES: Form[] = [
  {name: "none", lines: () => []},
  {
    name: "name+volume",
    kinds: ["institute"],
    chrome: true,
    lines: (p) => [p.pub.series!, `Volume: ${4 + Math.floor(p.rng() * 20)} Issue: ${1 + Math.floor(p.rng() * 50)}`]
  },
  {
    name: "publication-line",
    kinds: ["institute"],
    chrome: true,
    lines: (p) => [`Publication: ${p.pub.series} Volume: 9 Issue: ${10 + Math.floor(p.rng() * 30)}`]
  }
];

/** Headlines: our own words, about invented happenings between real states. */
const TITLES: Form[] = [
  {
    name: "running",
    lines: () => [],
    title: (p) => `${p.state.name} and ${p.other.name} agree to reopen a mountain road closed since the floods`
  },
  {
    name: "two-sentences",
    lines: () => [],
    title: (p) => `${p.state.name}'s water deal is stuck. Its neighbours have stopped waiting.`
  },
  {
    name: "caps",
    lines: () => [],
    title: (p) =>
      `THE PRESIDENTS OF ${p.state.name.toUpperCase()} AND ${p.other.name.toUpperCase()} OPEN A NEW BORDER CROSSING`
  },
  {
    name: "colon",
    lines: () => [],
    title: (p) => `Grain, gas and patience: what ${p.state.name} wants from ${p.other.name}`
  },
  {
    name: "experts",
    lines: () => [],
    title: (p) => `${p.state.adj}-${p.other.adj} rail link a 'turning point' for landlocked trade: experts`
  },
  {
    name: "quoted-speaker",
    lines: () => [],
    title: (p) => `Minister: "${p.other.name} will not be a transit corridor for anyone's sanctions"`
  },
  {name: "question", lines: () => [], title: (p) => `Can ${p.state.name} keep both of its big neighbours happy?`},
  {name: "title-case", lines: () => [], title: (p) => `${p.state.name} Weighs a Second Pipeline to the South`},
  // a digest's or a briefing's title with its day (session 25)
  {
    name: "dated-digest",
    lines: () => [],
    title: (p) =>
      `${pick(p.rng, ["Regional press digest", "Morning briefing", "Neighbourhood roundup"])} ${weekday(p.day)} ${p.day.d} ${mon(p.day)} ${p.day.y}`
  }
];

/** A standfirst under the headline. */
const STANDFIRSTS: Form[] = [
  {name: "none", lines: () => []},
  {
    name: "sentence",
    lines: (p) => [
      `The two governments say the route will carry freight by the autumn, though ${p.other.adj} engineers are less sure.`
    ]
  },
  {
    // a standfirst as long as a paragraph (150 characters or more), as analysis sites set them
    name: "long",
    lines: (p) => [
      `After two years of detours through the plains, ${p.state.name} and ${p.other.name} have agreed to rebuild the bridges on the old mountain road, a small project that says a good deal about how the two neighbours now settle their quarrels.`
    ]
  }
];

/** Sub-headlines (decks) under the headline, with no closing stop (session 25): the headline is the first line. */
const DECKS: Form[] = [
  {name: "none", lines: () => []},
  {name: "one", lines: (p) => [`${p.other.adj} engineers to inspect the rebuilt bridges before the first snow`]},
  {
    name: "two",
    lines: (p) => [
      `Freight to move again on the old route by the autumn, officials say`,
      `${p.other.name} also seeks a joint fund for irrigation canals`
    ]
  }
];

/** Who wrote it, in the common forms (undefined author: the form names none). */
const BYLINES: Form[] = [
  {name: "none", lines: () => [], author: () => null},
  {name: "by", lines: (p) => [`By ${p.writer}`], author: (p) => p.writer},
  {name: "by-colon", lines: (p) => [`By: ${p.writer}`], author: (p) => p.writer},
  {
    name: "author-post",
    lines: (p) => [`Author: ${p.writer}, ${pick(p.rng, POSTS)}`],
    author: (p) => p.writer
  },
  {name: "name-bar-publisher", lines: (p) => [`${p.writer} | ${p.pub.name}`], author: (p) => p.writer},
  {name: "by-two", lines: (p) => [`By ${p.writer} and ${p.second}`], author: (p) => `${p.writer} and ${p.second}`},
  {name: "staff", lines: (p) => [`By ${p.pub.name} staff reporters`], author: () => null},
  {name: "name-alone", lines: (p) => [p.writer], author: (p) => p.writer},
  {name: "written-by", lines: (p) => [`Written by ${p.writer}`], author: (p) => p.writer},
  // "By X with Y in <city>": the writer, helped by a reporter on the spot (the gold names the writer)
  {
    name: "by-with-in",
    lines: (p) => [`By ${p.writer} with ${p.second} in ${p.state.city}`],
    author: (p) => p.writer
  },
  // set after the body (the lines are placed there)
  {name: "after-body", lines: (p) => [`By ${p.writer}, ${p.pub.name}`], author: (p) => p.writer},
  // a name, then the desk's role in running case, no "By" and no comma (a broadsheet's byline)
  {name: "name-role", lines: (p) => [`${p.writer} ${pick(p.rng, DESK_ROLES)}`], author: (p) => p.writer},
  // "Text: X", "Words: X", "Text and photos: X" (European and exile outlets; an asterisk marks a pen name, explained
  // after the story) (session 25)
  {
    name: "text-label",
    lines: (p) => [`${pick(p.rng, ["Text", "Words", "Text and photos"])}: ${p.writer}${p.rng() < 0.5 ? "*" : ""}`],
    author: (p) => p.writer
  },
  // "By X & Y", "Authors: X and Y" (session 25)
  {
    name: "two-labelled",
    lines: (p) => [pick(p.rng, [`By ${p.writer} & ${p.second}`, `Authors: ${p.writer} and ${p.second}`])],
    author: (p) => `${p.writer} and ${p.second}`
  },
  // writers listed by a comma alone under the title (an analysis centre's byline); the gold joins them with "and"
  {name: "names-comma", lines: (p) => [`${p.writer}, ${p.second}`], author: (p) => `${p.writer} and ${p.second}`},
  // a byline in the house's own language on its English service ("von X", "par X", "por X", "door X", "av X"; session
  // 26)
  {
    name: "own-language",
    lines: (p) => [`${pick(p.rng, ["von", "par", "por", "door", "av"])} ${p.writer}`],
    author: (p) => p.writer
  },
  // "By X / <Paper> Staff Writer": the writer's desk after a slash set apart by spaces (session 28)
  {
    name: "by-slash-desk",
    kinds: ["paper", "site"],
    lines: (p) => [`By ${p.writer} / ${p.pub.name} ${pick(p.rng, ["Staff Writer", "Correspondent"])}`],
    author: (p) => p.writer
  },
  // two writers, each name on its line over its role (a bank's or an institute's research note; session 28)
  {
    name: "names-over-roles",
    lines: (p) => [p.writer, pick(p.rng, RESEARCH_ROLES), p.second, pick(p.rng, RESEARCH_ROLES)],
    author: (p) => `${p.writer} and ${p.second}`
  },
  // "By X, <city>": the city the story was filed from after the writer's name (a West African daily; session 29)
  {
    name: "by-city",
    kinds: ["paper", "site"],
    lines: (p) => [`By ${p.writer}, ${p.state.city}`],
    author: (p) => p.writer
  },
  // "X, <city>" on its own line: a European daily's correspondent and the city (session 29)
  {
    name: "name-city",
    kinds: ["paper", "site"],
    lines: (p) => [`${p.writer}, ${p.state.city}`],
    author: (p) => p.writer
  },
  // "Hon X": a minister's style on a government release's writer line (session 29)
  {
    name: "styled",
    kinds: ["institute", "site"],
    lines: (p) => [`${pick(p.rng, ["Hon", "Hon.", "Rt Hon"])} ${p.writer}`],
    author: (p) => p.writer
  },
  // no writer, but the kind of piece on the writer's line ("Sector Comment", "Non-Rating Action Commentary": a rating
  // agency's or a bank's research page; session 26)
  {
    name: "kind-line",
    lines: (p) => [
      pick(p.rng, ["Non-Rating Action Commentary", "Sector Comment", "Country Risk Outlook", "Credit Update"])
    ],
    author: () => null
  }
];
/** A writer's role as a research note sets it under the name. */
const RESEARCH_ROLES = [
  "Senior Economist, Central Asia",
  "Commodities Strategist",
  "Chief Economist",
  "Research Analyst"
];
/** A desk's role as a broadsheet prints it after the writer's name. */
const DESK_ROLES = ["Diplomatic editor", "Energy correspondent", "Foreign affairs writer", "Senior analyst"];

/** The page's date stamp (every form states the page's day). */
const STAMPS: Form[] = [
  {name: "day-month-bar-time", lines: (p) => [`${p.day.d} ${mon(p.day)} ${p.day.y} | ${clock(p.day)}`]},
  {name: "dotted-time", lines: (p) => [`${two(p.day.d)}.${two(p.day.m)}.${p.day.y} ${clock(p.day)}`]},
  {
    name: "dotted-comma-zone",
    lines: (p) => [`${two(p.day.d)}.${two(p.day.m)}.${p.day.y}, ${clock(p.day)} GMT+${1 + Math.floor(p.rng() * 5)}`]
  },
  {name: "published-us", lines: (p) => [`Published: ${mon3(p.day)} ${p.day.d}, ${p.day.y} ${clock12(p.day)}`]},
  {
    name: "published-zone",
    lines: (p) => [`Published: ${mon(p.day)} ${p.day.d}, ${p.day.y} ${clock12small(p.day)} BST`]
  },
  {
    name: "publisher-updated",
    lines: (p) => [`${p.pub.short ?? p.pub.name} | Updated: ${mon3(p.day)} ${p.day.d}, ${p.day.y} ${clock(p.day)} IST`]
  },
  {name: "us-time", lines: (p) => [`${mon(p.day)} ${p.day.d}, ${p.day.y} ${clock12(p.day)}`]},
  {name: "short-month-time", lines: (p) => [`${p.day.d} ${mon3(p.day)} ${p.day.y} ${clock(p.day)}`]},
  {name: "weekday", lines: (p) => [`${weekday(p.day)}, ${p.day.d} ${mon(p.day)} ${p.day.y}`]},
  {name: "iso", lines: (p) => [iso(p.day)]},
  {
    name: "published-updated",
    lines: (p) => [
      `Published: ${p.day.d} ${mon(p.day)} ${p.day.y}, ${clock(p.day)} | Updated: ${p.day.d + 1} ${mon(p.day)} ${p.day.y}, 09:05`
    ]
  },
  {name: "slashed-us", lines: (p) => [`${two(p.day.m)}/${two(p.day.d)}/${p.day.y} ${clock12(p.day)}`]},
  // a German-language house's English service keeps its own stamp: a dotted time and "Uhr" (blind28's Swiss page)
  {
    name: "dotted-uhr",
    lines: (p) => [`${two(p.day.d)}.${two(p.day.m)}.${p.day.y}, ${two(p.day.hh)}.${two(p.day.mm)} Uhr`]
  },
  {name: "day-dot-uhr", lines: (p) => [`${p.day.d}. ${mon(p.day)} ${p.day.y}, ${two(p.day.hh)}.${two(p.day.mm)} Uhr`]},
  // and a French-language house's: "à" and "05h30"
  {name: "slashed-h", lines: (p) => [`${two(p.day.d)}/${two(p.day.m)}/${p.day.y} à ${two(p.day.hh)}h${two(p.day.mm)}`]}
];

/** How the story's first paragraph opens (the dateline), the agency's credit in it where it has one. */
const DATELINES: Form[] = [
  {name: "none", lines: () => [""]},
  {name: "city-month-day-agency", lines: (p) => [`${p.state.capital}, ${mon(p.day)} ${p.day.d} (${credit(p)}) – `]},
  {name: "city-day-month-agency", lines: (p) => [`${p.state.capital}, ${p.day.d} ${mon(p.day)} (${credit(p)}) – `]},
  {
    name: "city-dotted-slashes",
    lines: (p) => [`${p.state.capital}, ${two(p.day.d)}.${two(p.day.m)}.${p.day.y} /${credit(p)}/. `]
  },
  {
    name: "city-country-agency-colon",
    lines: (p) => [`${p.state.city} [${p.state.name}], ${mon(p.day)} ${p.day.d} (${credit(p)}): `]
  },
  {name: "city-agency-dash", lines: (p) => [`${p.state.city} (${credit(p)}) - `]},
  {
    name: "city-full-date",
    lines: (p) => [`${p.state.capital}, ${mon(p.day)} ${p.day.d}, ${p.day.y} (${credit(p)}) - `]
  }
];

/** The name an agency or a wire signs its dateline with. */
const credit = (p: Page) => p.pub.short ?? p.pub.lower ?? p.pub.name;

/** A photo's credit between the header and the story. */
const CREDITS: Form[] = [
  {name: "none", lines: () => []},
  {name: "photo-colon", chrome: true, lines: (p) => [`Photo: ${p.pub.short ?? p.pub.name} / ${p.second}`]},
  {
    name: "caption-credit",
    chrome: true,
    lines: (p) => [`Trucks queue at the ${p.other.adj} border post. Photo credit: press service`]
  }
];

/** The lines after the story (chrome). */
const FOOTERS: Form[] = [
  {name: "none", lines: () => []},
  {name: "tags", chrome: true, lines: (p) => [`Tags: ${p.state.name}, ${p.other.name}, roads, trade`]},
  {name: "share", chrome: true, lines: () => ["Share: Facebook  X  Telegram  Email"]},
  {
    name: "related",
    chrome: true,
    lines: (p) => [
      "Related news",
      `${p.other.name} raises tariffs on imported cement`,
      `${p.state.adj} parliament approves budget for rural clinics`
    ]
  },
  {
    name: "disclosure",
    chrome: true,
    lines: (p) =>
      p.rng() < 0.5
        ? [
            `Disclosure statement: the author does not work for or receive funding from any company that would benefit from this article.`
          ]
        : ["Republish this article under a Creative Commons licence."]
  },
  {
    name: "copyright",
    chrome: true,
    lines: (p) => [
      pick(p.rng, [
        `© ${p.day.y} ${credit(p)}. All rights reserved.`,
        `© ${credit(p)}. Our stories may be reused if the original page is linked`
      ])
    ]
  }
];

/** The parts of the matrix, in the order of their tables. */
export const LAYOUT_PARTS: Record<string, Form[]> = {
  topbar: TOPBARS,
  masthead: MASTHEADS,
  navigation: NAVIGATION,
  rubric: RUBRICS,
  series: SERIES,
  title: TITLES,
  deck: DECKS,
  standfirst: STANDFIRSTS,
  byline: BYLINES,
  stamp: STAMPS,
  dateline: DATELINES,
  credit: CREDITS,
  footer: FOOTERS
};

/** Where the date stamp and the byline stand. */
export const LAYOUT_ORDERS = [
  "stamp-before-title",
  "title-byline-stamp",
  "title-stamp-byline",
  "byline-stamp-in-one"
] as const;

/** The story: five paragraphs of our own words. */
function story(p: Page): string[] {
  const s = p.state;
  const o = p.other;
  return [
    `Officials from ${s.name} and ${o.name} agreed to reopen the mountain road between the two countries, ${s.adj} transport officials said after a meeting in ${s.city}.`,
    `The road was closed two years ago after spring floods washed away three bridges, and freight has since gone on a longer route through the plains.`,
    `Engineers from both sides will inspect the new bridges next month, and the road is expected to carry trucks again before the first snow.`,
    `Local traders welcomed the decision. Farmers in the valley have complained for months that the detour doubled the cost of bringing fruit to market.`,
    `The two governments also discussed a joint fund for repairing irrigation canals, though no figure was given.`
  ];
}

/** Options of {@link generateLayouts}. */
export interface LayoutOptions {
  seed: number;
  /** Pages per cell (part × form). */
  perCell: number;
  /** Only these parts. */
  parts?: readonly string[];
}

/** The pages of the matrix: `perCell` per part × form, each drawn by a generator seeded from its cell and number. */
export function generateLayouts({seed, perCell, parts}: LayoutOptions): LayoutItem[] {
  const out: LayoutItem[] = [];
  for (const [part, forms] of Object.entries(LAYOUT_PARTS)) {
    if (parts?.length && !parts.includes(part)) continue;
    for (const f of forms)
      for (let k = 0; k < perCell; k++) {
        const item = layoutPage(part, f.name, `${seed}/${part}/${f.name}/${k}`);
        if (item) out.push(item);
      }
  }
  return out;
}

const fits = (f: Form, pub: Publisher) => !f.kinds || f.kinds.includes(pub.kind);

/** One page with `part` set in form `form`; the other parts drawn at random. */
export function layoutPage(part: string, form: string, id: string): LayoutItem | undefined {
  for (let attempt = 0; attempt < 12; attempt++) {
    const rng = seededRandom(hash32(`${id}#${attempt}`));
    const forced = LAYOUT_PARTS[part]?.find((f) => f.name === form);
    if (!forced) return undefined;
    const pubs = PUBLISHERS.filter((x) => fits(forced, x));
    if (!pubs.length) return undefined;
    const pub = pick(rng, pubs);
    const state = pick(rng, STATES);
    let other = pick(rng, STATES);
    while (other === state) other = pick(rng, STATES);
    const writer = pick(rng, WRITERS);
    let second = pick(rng, WRITERS);
    while (second === writer) second = pick(rng, WRITERS);
    const day: Day = {
      y: 2023 + Math.floor(rng() * 3),
      m: 1 + Math.floor(rng() * 12),
      d: 13 + Math.floor(rng() * 15),
      hh: 7 + Math.floor(rng() * 14),
      mm: Math.floor(rng() * 60)
    };
    const page: Page = {rng, pub, day, state, other, writer, second};
    const forms: Record<string, Form> = {};
    for (const [p, fs] of Object.entries(LAYOUT_PARTS)) {
      const ok = fs.filter((f) => fits(f, pub));
      forms[p] = p === part ? forced : pick(rng, ok);
    }
    // A dateline credits an agency or a wire; other publishers' stories open without one.
    if (!pub.short && !pub.lower && forms.dateline!.name !== "none" && part !== "dateline")
      forms.dateline = DATELINES[0]!;
    if (!pub.short && !pub.lower && forms.dateline!.name !== "none") continue;
    // Each part's lines, drawn once.
    const lines = Object.fromEntries(Object.entries(forms).map(([p, f]) => [p, f.lines(page)])) as Record<
      string,
      string[]
    >;
    const order = pick(rng, LAYOUT_ORDERS);
    const title = forms.title!.title!(page);
    const afterBody = forms.byline!.name === "after-body";
    const byline = afterBody ? [] : lines.byline!;
    const stamp = lines.stamp!;
    // The utility bar above the masthead, or between it and the menus.
    const head: string[] =
      rng() < 0.5 ? [...lines.topbar!, ...lines.masthead!] : [...lines.masthead!, ...lines.topbar!];
    const menus = [lines.navigation!, lines.rubric!];
    if (rng() < 0.5) menus.reverse();
    head.push(...menus.flat(), ...lines.series!);
    const top = [title, ...lines.deck!, ...lines.standfirst!];
    if (order === "stamp-before-title") head.push(...stamp, ...top, ...byline);
    else if (order === "title-byline-stamp") head.push(...top, ...byline, ...stamp);
    else if (order === "title-stamp-byline") head.push(...top, ...stamp, ...byline);
    // "By Jane Roe | 14 March 2025": the byline and the stamp on one line
    else if (byline.length === 1 && !/\|/.test(byline[0]! + stamp[0]!)) head.push(...top, `${byline[0]} | ${stamp[0]}`);
    else head.push(...top, ...byline, ...stamp);
    head.push(...lines.credit!);
    const paragraphs = story(page);
    const lead = paragraphs[0]!;
    paragraphs[0] = lines.dateline![0]! + lead;
    const tail: string[] = afterBody ? [...lines.byline!] : [];
    const footers = FOOTERS.filter((f) => f.name !== "none" && (part !== "footer" || f.name !== form));
    const chosen = [
      ...(part === "footer" ? [forced] : []),
      ...footers.filter(() => rng() < (part === "footer" ? 0.4 : 0.5))
    ];
    const footerLines = chosen.flatMap((f) => f.lines(page));
    // A site named only in its logo signs the page with its copyright line.
    if (forms.masthead!.name === "logo" && !footerLines.some((l) => l.startsWith("© ")))
      footerLines.push(`© ${day.y} ${pub.name}. All rights reserved.`);
    // A pen name's asterisk is explained after the story.
    if (/\*$/.test(lines.byline![0] ?? ""))
      tail.push(`* ${page.writer} is a pen name; the author's real name is known to the editors.`);
    tail.push(...footerLines);
    const chrome = [
      ...Object.entries(forms)
        .filter(([p, f]) => f.chrome && p !== "footer")
        .flatMap(([p]) => lines[p]!),
      ...footerLines
    ];
    const text = [...head, "", paragraphs.join("\n\n"), "", ...tail].join("\n") + "\n";
    const author = forms.byline!.author!(page);
    const formNames: Record<string, string> = Object.fromEntries(Object.entries(forms).map(([p, f]) => [p, f.name]));
    formNames.order = order;
    // An agency's full name in capitals over its initials in the dateline: the full name (as blind10's gold reads
    // "(GPA)" under "GLOBE PRESS AGENCY"), unless the page's copyright line signs with the initials too (blind14's
    // "NIAT «Sitora»" in the dateline and the copyright).
    const signs = (l: string) => new RegExp(`\\b${pub.short}\\b`).test(l);
    const publisher =
      pub.short &&
      (forms.masthead!.name === "full-caps" ||
        forms.masthead!.name === "initials-beside-full" ||
        forms.masthead!.name === "initials-beside-own") &&
      !(signs(lines.dateline![0]!) && footerLines.some((l) => l.startsWith("© ") && signs(l)))
        ? forms.masthead!.name === "initials-beside-own"
          ? pub.own!
          : pub.full!
        : pub.name;
    // A wire's name in lower case with an edition word: the name alone when the page writes it alone elsewhere.
    const named =
      forms.masthead!.name === "lower+edition" &&
      !new RegExp(`\\b${pub.lower}\\b(?! (?:international|world))`).test(text.slice(text.indexOf("\n")))
        ? lines.masthead![0]!
        : publisher;
    return {
      id,
      part,
      form,
      forms: formNames,
      text,
      expected: {title, publisher: named, author, date: iso(day)},
      chrome,
      lead: lead.split(/(?<=\.)\s/)[0]!
    };
  }
  return undefined;
}
