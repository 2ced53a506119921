"""Generate a synthetic corpus of news-style articles for benchmarking the pipeline.

Usage::

    python benchmarks/generate_corpus.py --n 10000 --out /tmp/bench/raw [--seed 0]

Every document is about a pair of countries drawn from ``pipeline/lexicons/countries.csv``
(names, demonyms, capitals, cities) with a Zipf-like preference, so some pairs and their
officials recur across many articles, as in a real crawl.  A document is a headline, an optional
banner, a dateline, and paragraphs assembled at random from ~35 sentence templates: visits,
meetings, phone calls, letters, joint exercises, attacks, dialogues with rounds, established
relations, agreements and MoUs, trade values with year-on-year change, exports and imports,
investment, jobs, kilometres, megawatts, kilowatt-hours, students, quotes, generic statements,
photo captions and page furniture (cookie banners, share bars, copyright lines).  Dates are
written the ways news agencies write them (AP ``Feb. 5``, British ``5 February``, weekdays,
"last month", a running narrative "In May 2023 ... In June ...").  About a third of the documents
get a ``X.meta.json`` sidecar (url, publisher, published_date, title).

With ``noise`` on (the default), a few files are exact duplicates of an earlier file, empty,
binary, or encoded in cp1252, so the ingest stage's rejection and de-duplication paths are
exercised too.

The output is deterministic for a seed: document ``i`` depends only on ``(seed, i)``, so the
benchmark can add "document N" to a corpus of N documents as a genuinely new file.
Nothing here is used by the pipeline; the person names are synthetic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import itertools
import json
import random
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.lexicons import read_lexicon  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Name pools (synthetic people; one pool per naming tradition, assigned to countries by hash,
# except that family-name-first countries from the name_order lexicon get the East Asian pool).

NAME_POOLS: dict[str, dict[str, tuple[str, ...]]] = {
    "east_asian": {
        "male": ("Jianguo", "Haifeng", "Mingde", "Zhiwei", "Guoqiang", "Hongbo", "Wei", "Qiang", "Jun", "Yong", "Xiaodong", "Tao", "Lei", "Chengfeng"),
        "female": ("Lihua", "Yanmei", "Xiaoling", "Jing", "Hui", "Min", "Xuemei", "Fang", "Yuqing", "Lanying"),
        "family": ("Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Xu", "Sun", "Zhu", "Gao", "Lin", "Luo", "Zheng", "Liang", "Song", "Tang", "Han", "Feng"),
    },
    "south_asian": {
        "male": ("Muhammad", "Ahmed", "Imran", "Bilal", "Farhan", "Asad", "Tariq", "Nadeem", "Rashid", "Kamran", "Faisal", "Shahid", "Arjun", "Rahul", "Sanjay", "Anil"),
        "female": ("Ayesha", "Sana", "Saima", "Nadia", "Farah", "Priya", "Anjali", "Sunita", "Hina", "Rabia"),
        "family": ("Qureshi", "Malik", "Chaudhry", "Hussain", "Siddiqui", "Mirza", "Abbasi", "Sheikh", "Raza", "Baig", "Iqbal", "Sharma", "Verma", "Rahman", "Haider", "Jamali"),
    },
    "central_asian": {
        "male": ("Nurlan", "Askar", "Bakyt", "Aibek", "Timur", "Dilshod", "Rustam", "Erlan", "Marat", "Bolat", "Sherzod", "Azamat"),
        "female": ("Gulnara", "Aizhan", "Dinara", "Madina", "Saltanat", "Zarina", "Aigerim", "Nilufar"),
        "family": ("Umarov", "Saidov", "Bekmuratov", "Askarov", "Isakov", "Omurbekov", "Zhumabaev", "Tursunov", "Rakhimov", "Kasymov", "Nurmatov", "Sultanbekov", "Abdrakhmanov", "Yusupov", "Mamytov", "Ergashev"),
    },
    "arabic": {
        "male": ("Khalid", "Omar", "Hamad", "Saeed", "Youssef", "Nasser", "Adel", "Karim", "Tarek", "Majid", "Walid", "Hassan"),
        "female": ("Fatima", "Layla", "Mariam", "Noura", "Huda", "Rania", "Salma", "Dalia"),
        "family": ("Al-Mansouri", "Haddad", "Khoury", "Saleh", "Hamdan", "Al-Amiri", "Farouk", "El-Sayed", "Al-Harbi", "Mansour", "Aziz", "Qasim", "Al-Khatib", "Nassar", "Bakr", "Younis"),
    },
    "european": {
        "male": ("Thomas", "Peter", "Lukas", "David", "Martin", "Jean", "Marco", "Henrik", "Pierre", "Stefan", "Jonas", "Paolo"),
        "female": ("Anna", "Maria", "Sophie", "Claire", "Elena", "Katarina", "Ingrid", "Laura", "Chiara", "Helena"),
        "family": ("Müller", "Dubois", "Rossi", "Novak", "Kowalski", "Jensen", "Lindqvist", "Moreau", "Bauer", "Ricci", "Horváth", "De Vries", "Schmidt", "Fischer", "Lambert", "Costa"),
    },
    "slavic": {
        "male": ("Sergei", "Dmitry", "Andrei", "Igor", "Nikolai", "Alexei", "Oleg", "Viktor", "Pavel", "Yuri"),
        "female": ("Irina", "Olga", "Natalia", "Svetlana", "Tatiana", "Yelena", "Marina", "Ksenia"),
        "family": ("Petrov", "Ivanov", "Sokolov", "Volkov", "Morozov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Belov", "Zaitsev", "Pavlov", "Vasiliev", "Smirnov", "Popov", "Fedorov"),
    },
    "african": {
        "male": ("Kwame", "Chinedu", "Thabo", "Abebe", "Moussa", "Sipho", "Kofi", "Emeka", "Tendai", "Juma", "Ibrahima", "Yaw"),
        "female": ("Amina", "Fatou", "Wanjiru", "Ngozi", "Zanele", "Aisha", "Chipo", "Abena"),
        "family": ("Mensah", "Okafor", "Diallo", "Mwangi", "Banda", "Traoré", "Ndlovu", "Kamara", "Osei", "Tesfaye", "Adeyemi", "Nkosi", "Otieno", "Sow", "Boateng", "Mutua"),
    },
    "latin": {
        "male": ("Carlos", "José", "Luis", "Miguel", "Andrés", "Javier", "Diego", "Rafael", "Fernando", "Ricardo"),
        "female": ("Ana", "Lucía", "Gabriela", "Carolina", "Isabel", "Valentina", "Mariana", "Paula"),
        "family": ("García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Silva", "Castro", "Mendoza", "Vargas", "Rojas"),
    },
}

# Offices every country's cast holds (normalised titles); more come from the titles lexicon.
CORE_OFFICES = ("President", "Prime Minister", "Foreign Minister", "Vice President", "Deputy Prime Minister")
EXTRA_OFFICE_KINDS = ("minister",)
N_EXTRA_OFFICES = 5
N_OTHER_PEOPLE = 5  # spokespersons, experts, executives per country (cast: 15 distinct surnames)

# Plural or compound country names take the article ("the Philippines", "the United Kingdom").
ARTICLE_LAST_WORDS = frozenset(
    "Republic Islands Emirates Kingdom States Netherlands Philippines Bahamas Maldives Gambia Comoros Seychelles Federation Union".split()
)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth")

TOPICS = (
    "science and technology", "media", "clean energy", "agriculture", "public health", "education",
    "the digital economy", "maritime cooperation", "customs", "space exploration", "infrastructure",
    "tourism", "water resources", "culture", "sports", "poverty alleviation", "mining",
    "green development", "artificial intelligence", "vocational training", "disaster management",
    "railways", "finance", "law enforcement", "youth exchanges", "e-commerce", "food security",
    "industrial parks", "telecommunications", "climate change",
)
AREAS = (
    "trade", "investment", "connectivity", "energy", "security", "counterterrorism", "agriculture",
    "education", "health", "people-to-people exchanges", "industrial cooperation", "finance",
    "science and technology", "culture", "defence", "the blue economy", "mining", "information technology",
)
VENUES = (
    "the Presidential Palace", "the Prime Minister's Office", "the Ministry of Foreign Affairs",
    "the State Guest House", "the National Assembly", "the Presidential Secretariat",
    "the Government House", "the Foreign Office",
)
SUMMITS = (
    "the Shanghai Cooperation Organisation summit", "the UN General Assembly", "the BRICS summit",
    "the G20 summit", "the ASEAN Regional Forum", "the Boao Forum for Asia",
    "the World Economic Forum annual meeting", "the Conference on Interaction and Confidence Building Measures in Asia",
    "the Organisation of Islamic Cooperation foreign ministers' meeting", "the Belt and Road Forum",
)
DIALOGUES = (
    "Strategic Dialogue", "Foreign Ministers' Strategic Dialogue", "Joint Economic Commission",
    "Political Consultations", "Joint Working Group on Trade", "Defence and Security Dialogue",
    "Intergovernmental Commission", "Joint Cooperation Committee",
)
EXERCISE_WORDS = ("Amity", "Golden Eagle", "Blue Horizon", "Steel Shield", "Silk Wind", "Desert Falcon", "Ocean Bridge", "Mountain Friendship", "Sea Guardian", "Joint Resolve")
SEAS = ("the Arabian Sea", "the western Pacific", "the Indian Ocean", "the Gulf of Oman", "the Mediterranean", "the Black Sea", "the Bay of Bengal")
PRODUCTS = ("cherries", "sesame seeds", "dairy products", "frozen beef", "citrus fruit", "rice", "seafood", "chilli peppers", "dates", "wool")
OCCASIONS = ("the anniversary of the establishment of diplomatic relations", "the National Day", "his re-election", "her election as head of state", "the New Year", "the opening of the new parliament")
CUSTOMS_SOURCES = ("customs data", "the General Administration of Customs", "official statistics", "the central bank", "the commerce ministry", "the Bureau of Statistics")
INSTITUTES = ("the Institute of International Studies", "the Centre for Strategic Research", "the Academy of Social Sciences", "the Institute of Regional Studies", "the Policy Research Institute")
COMPANIES = ("Silk Road Holdings", "Pacific Power Engineering", "Great Wall Infrastructure", "Horizon Telecom", "Continental Mining Group", "Meridian Shipping")
QUOTES = (
    "We regard this partnership as a priority of our foreign policy",
    "Our two countries are good friends, good neighbours and good partners",
    "This visit opens a new chapter in our relations",
    "We are ready to work with our friends to deliver more benefits to our peoples",
    "The agreements signed today will bring tangible results for both economies",
    "Trade between our countries has enormous untapped potential",
    "We will never allow anyone to undermine this friendship",
    "Security of our partners' personnel and projects is our top priority",
    "Both sides should deepen practical cooperation and expand mutual investment",
    "Dialogue and consultation remain the only way to resolve differences",
)
GOALS = (
    "deepen practical cooperation", "expand two-way trade", "speed up ongoing projects",
    "strengthen coordination in multilateral forums", "boost people-to-people exchanges",
    "enhance security cooperation", "upgrade their relations to a comprehensive strategic partnership",
)
PHOTOGRAPHERS = ("Li Xueren", "Wang Ye", "Yue Yuewei", "Ding Haitao", "Shen Hong", "Ju Peng", "Huang Jingwen")
TOP_BANNERS = (
    "We use cookies to improve your experience on our website. By continuing to browse the site you agree to our use of cookies.",
    "Accept all",
    "Share this article: Facebook Twitter WhatsApp Email",
    "Home > World > Asia-Pacific",
    "Home | News | Politics | Business | Sport",
    "Subscribe to our newsletter",
    "Advertisement",
    "Listen to this article",
)
FOOTERS = (
    "Related Stories",
    "Copyright © {year} {publisher}. All rights reserved.",
    "Follow us on Twitter and Facebook for the latest updates.",
    "Source: {publisher} | Editor: {editor}",
    "Read more: {url}",
    "This article first appeared in {publisher}.",
    "Print Email Share",
    "Most Read",
    "Disclaimer: The views expressed in this article are those of the author.",
)


# ---------------------------------------------------------------------------------------------
# The world: countries, their officials, publishers.


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    middle: str | None
    female: bool
    family_first: bool

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        return " ".join(p for p in (self.given, self.middle, self.family) if p)

    @property
    def short(self) -> str:
        return self.family

    @property
    def honorific(self) -> str:
        return ("Ms. " if self.female else "Mr. ") + self.family


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    demonym: str
    capital: str
    cities: tuple[str, ...]
    family_first: bool

    @property
    def the_name(self) -> str:
        """The name as it stands in a sentence ("the Philippines", "Pakistan")."""
        words = self.name.split()
        if words[-1] in ARTICLE_LAST_WORDS or " of " in self.name:
            return "the " + self.name
        return self.name

    @property
    def possessive(self) -> str:
        return self.the_name + ("'" if self.name.endswith("s") else "'s")


@dataclass
class Cast:
    """Office holders and other people of one country."""

    officials: dict[str, Person]
    others: list[tuple[str, Person]]  # (descriptor phrase, person)


@dataclass(frozen=True)
class World:
    seed: int
    countries: tuple[Country, ...]
    weights: tuple[float, ...]  # Zipf-like popularity, aligned with countries
    casts: dict[str, Cast]
    offices: tuple[str, ...]  # normalised titles usable for any country
    publishers: tuple[tuple[str, str], ...]  # (domain, publisher)


def load_countries() -> list[Country]:
    """Countries of the lexicon that have a name, a demonym and a capital."""
    lex = read_lexicon("countries").filter(read_lexicon("countries")["iso3"].is_not_null())
    family_first = set(read_lexicon("name_order").filter(read_lexicon("name_order")["order"] == "family_first")["iso3"].to_list())
    by_iso: dict[str, dict[str, list[str]]] = {}
    for iso3, surface, kind in lex.select("iso3", "surface", "kind").iter_rows():
        by_iso.setdefault(iso3, {}).setdefault(kind, []).append(surface)
    out = []
    for iso3 in sorted(by_iso):
        kinds = by_iso[iso3]
        if not (kinds.get("name") and kinds.get("demonym") and kinds.get("capital")):
            continue
        cities = tuple(kinds["capital"][:1] + kinds.get("city", []))
        out.append(Country(iso3, kinds["name"][0], kinds["demonym"][0], kinds["capital"][0], cities, iso3 in family_first))
    return out


def _offices() -> tuple[str, ...]:
    titles = read_lexicon("titles")
    rows = titles.filter(titles["kind"].is_in(list(EXTRA_OFFICE_KINDS)) & titles["iso3"].is_null())
    names = sorted(set(rows["title"].drop_nulls().to_list()) - set(CORE_OFFICES))
    return tuple(n for n in names if n and n[0].isupper())


def _make_person(rng: random.Random, pool_name: str, family: str, family_first: bool) -> Person:
    pool = NAME_POOLS[pool_name]
    female = rng.random() < 0.3
    given = rng.choice(pool["female" if female else "male"])
    middle = rng.choice(pool["male"]) if (not family_first and not female and rng.random() < 0.25) else None
    if middle == given:
        middle = None
    return Person(given, family, middle, female, family_first)


def _pool_for(country: Country) -> str:
    if country.family_first:
        return "east_asian"
    others = sorted(p for p in NAME_POOLS if p != "east_asian")
    return others[zlib.crc32(country.iso3.encode()) % len(others)]


def _make_cast(seed: int, country: Country, offices: tuple[str, ...]) -> Cast:
    rng = random.Random(f"{seed}/{country.iso3}")
    pool = _pool_for(country)
    titles = list(CORE_OFFICES) + rng.sample(offices, min(N_EXTRA_OFFICES, len(offices)))
    families = iter(rng.sample(NAME_POOLS[pool]["family"], len(titles) + N_OTHER_PEOPLE))  # distinct surnames
    officials = {t: _make_person(rng, pool, next(families), country.family_first) for t in titles}
    descriptors = [
        f"spokesperson of the {country.demonym} Foreign Ministry",
        f"a senior research fellow at {rng.choice(INSTITUTES)}",
        f"chief executive of {rng.choice(COMPANIES)}",
        f"{country.demonym} ambassador",
        f"a professor at the University of {country.capital}",
    ]
    others = [(d, _make_person(rng, pool, next(families), country.family_first)) for d in descriptors[:N_OTHER_PEOPLE]]
    return Cast(officials, others)


@functools.cache
def make_world(seed: int = 0) -> World:
    """Countries, popularity weights, every country's cast and the publishers, for one seed."""
    countries = load_countries()
    rng = random.Random(f"{seed}/world")
    order = countries[:]
    rng.shuffle(order)
    weights = tuple(1.0 / (rank + 1) ** 1.1 for rank in range(len(order)))
    offices = _offices()
    casts = {c.iso3: _make_cast(seed, c, offices) for c in order}
    pubs = read_lexicon("publishers")
    pubs = pubs.filter((pubs["kind"] == "domain") & pubs["publisher"].is_not_null())
    publishers = tuple(sorted(set(pubs.select("pattern", "publisher").iter_rows())))
    return World(seed, tuple(order), weights, casts, offices, publishers)


# ---------------------------------------------------------------------------------------------
# Rendering helpers: dates, numbers, people.


def _num_word(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)


def _ordinal(n: int) -> str:
    if n < len(ORDINALS):
        return ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _thousands(n: int) -> str:
    return f"{n:,}"


@dataclass
class Doc:
    """The state of one article being written."""

    rng: random.Random
    world: World
    a: Country  # home country of the article
    b: Country  # partner
    pub: dt.date
    year: int  # running narrative year
    month: int
    publisher: tuple[str, str]
    seen: set[str] = field(default_factory=set)  # persons already introduced (full names)
    used: set = field(default_factory=set)  # templates already used

    # -- dates --------------------------------------------------------------------------------
    def recent_day(self, max_back: int = 6) -> dt.date:
        return self.pub - dt.timedelta(days=self.rng.randint(0, max_back))

    def on_day(self, d: dt.date | None = None) -> str:
        """A day reference the way agencies write it, relative to the publication date."""
        d = d or self.recent_day()
        r = self.rng.random()
        if 0 <= (self.pub - d).days <= 6 and r < 0.35:
            return f"on {WEEKDAYS[d.weekday()]}"
        if r < 0.55:
            return f"on {AP_MONTHS[d.month - 1]} {d.day}"
        if r < 0.7:
            return f"on {d.day} {MONTHS[d.month - 1]}"
        if r < 0.85:
            return f"on {MONTHS[d.month - 1]} {d.day}"
        return f"on {MONTHS[d.month - 1]} {d.day}, {d.year}"

    def future_day(self) -> dt.date:
        return self.pub + dt.timedelta(days=self.rng.randint(3, 60))

    def period(self) -> tuple[str, int]:
        """A flow period phrase and its year."""
        y = self.pub.year - self.rng.randint(0, 2)
        r = self.rng.random()
        if r < 0.35:
            return f"in {y}", y
        if r < 0.5:
            return "last year", self.pub.year - 1
        if r < 0.7:
            n = self.rng.randint(2, 11)
            return f"in the first {_num_word(n)} months of {y}", y
        if r < 0.85:
            return f"in the {self.rng.choice(('first', 'second', 'third'))} quarter of {y}", y
        return f"in fiscal year {y}-{(y + 1) % 100:02d}", y

    # -- numbers -------------------------------------------------------------------------------
    def money(self, lo: float, hi: float) -> str:
        """A USD (sometimes yuan or euro) amount between lo and hi billion, in a random style."""
        v = self.rng.uniform(lo, hi)
        r = self.rng.random()
        if v < 1 and r < 0.7:
            m = round(v * 1000, 1)
            return self.rng.choice((f"${m:,} million", f"US${m:,} million", f"{m:,} million U.S. dollars"))
        b = round(v, self.rng.choice((1, 2)))
        styles = (
            f"${b} billion", f"US${b} billion", f"{b} billion U.S. dollars", f"${b}bn",
            f"USD {b} billion", f"{round(b * 7.1, 1)} billion yuan", f"RMB {round(b * 7.1, 1)} billion",
            f"€{round(b * 0.92, 1)} billion",
        )
        weights = (30, 10, 15, 5, 8, 6, 4, 3)
        return self.rng.choices(styles, weights)[0]

    def pct(self) -> str:
        v = round(self.rng.uniform(0.3, 35.0), 1)
        return self.rng.choices((f"{v} percent", f"{v}%", f"{v} per cent"), (5, 3, 2))[0]

    def count(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi)
        if n >= 1000:
            n = round(n, -2)
        return _num_word(n) if n <= 12 and self.rng.random() < 0.6 else _thousands(n)

    # -- people --------------------------------------------------------------------------------
    def official(self, c: Country, title: str | None = None) -> tuple[str, Person]:
        cast = self.world.casts[c.iso3]
        if title is None or title not in cast.officials:
            title = self.rng.choice(list(cast.officials))
        return title, cast.officials[title]

    def titled(self, c: Country, title: str | None = None) -> str:
        """First mention in full with title and country; later mentions by surname."""
        title, p = self.official(c, title)
        if p.full in self.seen:
            r = self.rng.random()
            if r < 0.6:
                return p.short
            if r < 0.8:
                return f"{title} {p.short}" if len(title.split()) < 3 else p.honorific
            return p.honorific
        self.seen.add(p.full)
        r = self.rng.random()
        if r < 0.5:
            return f"{c.demonym} {title} {p.full}"
        if r < 0.7:
            return f"{title} {p.full} of {c.the_name}"
        if r < 0.85:
            return f"{c.possessive} {title} {p.full}"
        return f"{p.full}, {c.possessive} {title},"

    def other_person(self, c: Country) -> str:
        desc, p = self.rng.choice(self.world.casts[c.iso3].others)
        if p.full in self.seen:
            return p.short
        self.seen.add(p.full)
        return f"{p.full}, {desc},"

    def city(self, c: Country) -> str:
        return self.rng.choice(c.cities) if self.rng.random() < 0.35 else c.capital


Template = Callable[[Doc], str]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _clean(s: str) -> str:
    """Tidy punctuation left by optional parts (", said" after an appositive comma)."""
    return s.replace(",,", ",").replace(", .", ".").replace(",.", ".").replace("  ", " ")


# ---------------------------------------------------------------------------------------------
# Sentence templates. Each takes the document state and returns one sentence.


def t_meeting(d: Doc) -> str:
    x, y = (d.a, d.b) if d.rng.random() < 0.5 else (d.b, d.a)
    return f"{d.titled(x)} met {d.titled(y)} in {d.city(y)} {d.on_day()}, and the two sides agreed to {d.rng.choice(GOALS)}."


def t_talks(d: Doc) -> str:
    return f"{d.titled(d.a)} held talks with {d.titled(d.b)} at {d.rng.choice(VENUES)} in {d.b.capital} {d.on_day()}."


def t_visit_range(d: Doc) -> str:
    start = d.recent_day(3)
    end = start + dt.timedelta(days=d.rng.randint(2, 5))
    span = (
        f"from {MONTHS[start.month - 1]} {start.day} to {end.day}"
        if start.month == end.month
        else f"from {MONTHS[start.month - 1]} {start.day} to {MONTHS[end.month - 1]} {end.day}"
    )
    kind = d.rng.choice(("a state", "an official", "a working", "a three-day official", "a five-day state"))
    return f"At the invitation of {d.titled(d.b)}, {d.titled(d.a)} is paying {kind} visit to {d.b.the_name} {span}."


def t_visit_arrived(d: Doc) -> str:
    n = d.rng.randint(2, 6)
    return f"{_cap(d.titled(d.a))} arrived in {d.b.capital} {d.on_day()} on a {_num_word(n)}-day official visit, the {d.a.demonym} Foreign Office said in a statement."


def t_visit_planned(d: Doc) -> str:
    f = d.future_day()
    when = d.rng.choice((f"next month", f"in {MONTHS[f.month - 1]}", f"later this month", f"on {AP_MONTHS[f.month - 1]} {f.day}"))
    return f"{_cap(d.titled(d.b))} will visit {d.a.the_name} {when}, the {d.a.demonym} foreign ministry announced."


def t_phone(d: Doc) -> str:
    verb = d.rng.choice(("spoke by telephone with", "held a phone call with", "had a telephone conversation with", "received a phone call from"))
    return f"{_cap(d.titled(d.a))} {verb} {d.titled(d.b)} {d.on_day()}, discussing {d.rng.choice(AREAS)} and {d.rng.choice(AREAS)}."


def t_video(d: Doc) -> str:
    return f"{_cap(d.titled(d.b))} and {d.titled(d.a)} held a virtual meeting via video link {d.on_day()}, their first since {d.pub.year - 1}."


def t_letter(d: Doc) -> str:
    kind = d.rng.choice(("a congratulatory message", "a letter", "a message of condolence", "a congratulatory letter"))
    return f"{_cap(d.titled(d.a))} sent {kind} to {d.titled(d.b)} {d.on_day()} on {d.rng.choice(OCCASIONS)}."


def t_exercise(d: Doc) -> str:
    branch = d.rng.choice(("navies", "air forces", "armies", "special forces"))
    name = f"{d.rng.choice(EXERCISE_WORDS)}-{d.pub.year}"
    where = f"in {d.rng.choice(SEAS)}" if branch == "navies" else f"near {d.city(d.rng.choice((d.a, d.b)))}"
    return f"The {branch} of {d.a.the_name} and {d.b.the_name} concluded the joint exercise “{name}” {where} {d.on_day()}, involving more than {d.count(300, 4000)} personnel."


def t_attack(d: Doc) -> str:
    killed, injured = d.rng.randint(1, 9), d.rng.randint(0, 20)
    return (
        f"{_cap(_num_word(killed))} {d.b.demonym} nationals were killed and {_num_word(injured)} injured when a convoy was attacked "
        f"near {d.city(d.a)} {d.on_day()}, police said."
    )


def t_dialogue(d: Doc) -> str:
    n = d.rng.randint(1, 15)
    mech = f"{d.a.name}-{d.b.name} {d.rng.choice(DIALOGUES)}"
    if d.rng.random() < 0.3:
        f = d.future_day()
        return f"The {_ordinal(n)} round of the {mech} will be held in {d.b.capital} in {MONTHS[f.month - 1]}, officials said."
    return f"The two sides held the {_ordinal(n)} round of the {mech} in {d.city(d.a)} {d.on_day()}, co-chaired by {d.titled(d.a, 'Foreign Minister')} and {d.titled(d.b, 'Foreign Minister')}."


def t_sidelines(d: Doc) -> str:
    return f"On the sidelines of {d.rng.choice(SUMMITS)}, {d.titled(d.a)} met {d.titled(d.b)} {d.on_day()}."


def t_invitation(d: Doc) -> str:
    _, p = d.official(d.b, "President")
    return f"{p.short} accepted an invitation to visit {d.a.the_name} at a mutually convenient time."


def t_relations(d: Doc) -> str:
    y = d.rng.randint(1949, 1995)
    m = d.rng.randint(1, 12)
    day = d.rng.randint(1, 28)
    return f"{_cap(d.a.the_name)} and {d.b.the_name} established diplomatic relations on {MONTHS[m - 1]} {day}, {y}, and this year marks the {_ordinal(d.pub.year - y)} anniversary."


def t_mous(d: Doc) -> str:
    n = d.rng.randint(2, 24)
    topics = d.rng.sample(TOPICS, 3)
    kind = d.rng.choice(("MoUs", "memorandums of understanding", "agreements and MoUs", "cooperation documents"))
    return f"The two sides signed {_num_word(n)} {kind} covering {topics[0]}, {topics[1]} and {topics[2]}."


def t_mous_witnessed(d: Doc) -> str:
    topics = d.rng.sample(TOPICS, 2)
    return f"Following the talks, the two leaders witnessed the signing of {d.count(3, 20)} agreements to enhance cooperation in {topics[0]} and {topics[1]}."


def t_agreement(d: Doc) -> str:
    y = d.pub.year
    kind = d.rng.choice(
        (
            "a free trade agreement",
            f"a protocol on the export of {d.rng.choice(PRODUCTS)}",
            f"an executive programme on cultural exchanges for {y}-{y + 3}",
            "a framework agreement on economic and technical cooperation",
            f"a cooperation outline on {d.rng.choice(TOPICS)}",
            "an agreement on visa exemption for holders of diplomatic passports",
            "a treaty on mutual legal assistance in criminal matters",
        )
    )
    return f"{_cap(d.a.the_name)} and {d.b.the_name} signed {kind} in {d.city(d.b)} {d.on_day()}."


def t_joint_statement(d: Doc) -> str:
    return d.rng.choice(
        (
            "A joint statement was issued at the end of the visit.",
            f"The two countries issued a joint statement on {d.rng.choice(TOPICS)}.",
            f"According to the joint statement, both sides agreed to {d.rng.choice(GOALS)}.",
        )
    )


def t_agreement_effective(d: Doc) -> str:
    y = d.pub.year - d.rng.randint(1, 8)
    return f"The second phase of the {d.a.name}-{d.b.name} Free Trade Agreement, which entered into force on {MONTHS[d.rng.randint(0, 11)]} 1, {y}, has cut tariffs on most goods."


def t_trade(d: Doc) -> str:
    per, _ = d.period()
    change = d.rng.choice(("up", "down", "an increase of", "a rise of"))
    yoy = d.rng.choice(("year on year", "year-on-year", "from a year earlier", "compared with the same period last year"))
    return f"Bilateral trade between {d.a.the_name} and {d.b.the_name} reached {d.money(0.5, 80)} {per}, {change} {d.pct()} {yoy}, according to {d.rng.choice(CUSTOMS_SOURCES)}."


def t_exports(d: Doc) -> str:
    per, _ = d.period()
    return (
        f"{_cap(d.a.possessive)} exports to {d.b.the_name} rose {d.pct()} to {d.money(0.05, 40)} {per}, "
        f"while imports from {d.b.the_name} fell {d.pct()} to {d.money(0.05, 20)}."
    )


def t_investment(d: Doc) -> str:
    y = d.pub.year - d.rng.randint(0, 2)
    return f"{d.a.demonym} direct investment in {d.b.the_name} stood at {d.money(0.2, 60)} by the end of {y}, making it one of the largest investors."


def t_jobs(d: Doc) -> str:
    return f"The projects have created more than {_thousands(round(d.rng.randint(2000, 300000), -2))} jobs for local people and {d.count(5, 90)} projects are under way."


def t_km(d: Doc) -> str:
    return (
        f"So far {_thousands(d.rng.randint(50, 2500))} kilometres of highways and {d.rng.randint(20, 900)} km of railways "
        f"have been built under the programme in {d.b.the_name}."
    )


def t_power(d: Doc) -> str:
    mw = d.rng.choice((330, 660, 720, 884, 1320, 1100, 50, 100, 300))
    kind = d.rng.choice(("coal-fired power plant", "hydropower station", "solar park", "wind farm"))
    kwh = round(d.rng.uniform(0.5, 12), 1)
    return (
        f"The {_thousands(mw)}-MW {d.city(d.b)} {kind} generates about {kwh} billion kWh of electricity a year, "
        f"enough for {d.count(1, 9)} million households."
    )


def t_transmission(d: Doc) -> str:
    return f"A {d.rng.randint(300, 900)}-kilometre transmission line with a capacity of {d.rng.choice((4000, 2000, 1320))} megawatts was completed {d.rng.choice(('last year', f'in {d.pub.year - 1}', 'this spring'))}."


def t_students(d: Doc) -> str:
    return f"More than {_thousands(round(d.rng.randint(500, 30000), -2))} {d.b.demonym} students are currently studying in {d.a.the_name}, {d.other_person(d.a)} said."


def t_quote(d: Doc) -> str:
    q = d.rng.choice(QUOTES)
    who = d.titled(d.rng.choice((d.a, d.b)))
    if d.rng.random() < 0.5:
        return _clean(f"“{q},” {who} said.")
    return _clean(f"\"{q},\" said {who}")+"."


def t_indirect(d: Doc) -> str:
    who = d.titled(d.rng.choice((d.a, d.b)))
    return _clean(f"{_cap(who)} said that the two countries should {d.rng.choice(GOALS)} and {d.rng.choice(GOALS)}.")


def t_generic(d: Doc) -> str:
    return d.rng.choice(
        (
            f"{_cap(d.a.the_name)} is always ready to work with {d.b.the_name} to {d.rng.choice(GOALS)}.",
            f"{_cap(d.a.the_name)} firmly supports {d.b.the_name} in safeguarding its sovereignty, security and development interests.",
            f"The two countries are all-weather friends and their partnership has stood the test of time.",
            f"Both sides should {d.rng.choice(GOALS)} and bring more benefits to the two peoples.",
            f"The leaders also exchanged views on regional and international issues of common concern.",
        )
    )


def t_areas(d: Doc) -> str:
    a = d.rng.sample(AREAS, 4)
    return f"The two sides agreed to strengthen cooperation in {a[0]}, {a[1]}, {a[2]} and {a[3]}."


def t_spokesperson(d: Doc) -> str:
    day = WEEKDAYS[d.recent_day(4).weekday()]
    return _clean(f"{_cap(d.other_person(d.a))} told a regular press briefing on {day} that relations with {d.b.the_name} were developing smoothly.")


def t_expert(d: Doc) -> str:
    return _clean(f"{_cap(d.other_person(d.rng.choice((d.a, d.b))))} told reporters that the visit would {d.rng.choice(GOALS)}.")


def t_history(d: Doc) -> str:
    y = d.pub.year - d.rng.randint(2, 12)
    return f"Since {y}, the two countries have held regular high-level exchanges, and last year {d.titled(d.b)} paid an official visit to {d.a.the_name}."


def t_ambassador(d: Doc) -> str:
    desc, p = d.world.casts[d.a.iso3].others[3]
    return f"{d.a.demonym} Ambassador to {d.b.the_name} {p.full} hosted a reception in {d.b.capital} {d.on_day()} to celebrate the anniversary."


TEMPLATES: tuple[tuple[Template, float], ...] = (
    (t_meeting, 6), (t_talks, 4), (t_visit_range, 3), (t_visit_arrived, 3), (t_visit_planned, 2),
    (t_phone, 3), (t_video, 1), (t_letter, 2), (t_exercise, 1.5), (t_attack, 0.7), (t_dialogue, 2),
    (t_sidelines, 2), (t_invitation, 1.5), (t_relations, 1.5), (t_mous, 3), (t_mous_witnessed, 2),
    (t_agreement, 2.5), (t_joint_statement, 1.5), (t_agreement_effective, 0.8), (t_trade, 4),
    (t_exports, 3), (t_investment, 2), (t_jobs, 2), (t_km, 1.5), (t_power, 2), (t_transmission, 1),
    (t_students, 1.5), (t_quote, 5), (t_indirect, 4), (t_generic, 6), (t_areas, 3), (t_spokesperson, 1.5),
    (t_expert, 2), (t_history, 1.5), (t_ambassador, 1),
)
_FUNCS = tuple(t for t, _ in TEMPLATES)
_CUM_WEIGHTS = tuple(itertools.accumulate(w for _, w in TEMPLATES))


# Templates that may occur more than once in one article; the others are used at most once.
REPEATABLE = frozenset((t_meeting, t_talks, t_phone, t_quote, t_indirect, t_generic, t_expert, t_sidelines))


def _draw(d: Doc) -> Template:
    """A weighted random template, avoiding non-repeatable ones already used in this article."""
    for _ in range(6):
        f = d.rng.choices(_FUNCS, cum_weights=_CUM_WEIGHTS)[0]
        if f in REPEATABLE or f not in d.used:
            break
    d.used.add(f)
    return f


def narrative_paragraph(d: Doc) -> str:
    """A running narrative: "In May 2023, ... In June, ... Later that year, ..." (month-precision dates)."""
    y = d.pub.year - d.rng.randint(1, 3)
    m = d.rng.randint(1, 8)
    _, pa = d.official(d.a)
    _, pb = d.official(d.b)
    parts = [
        f"In {MONTHS[m - 1]} {y}, {pa.full} travelled to {d.b.capital} for talks on {d.rng.choice(AREAS)}.",
        f"In {MONTHS[m]}, bilateral trade rose {d.pct()} to {d.money(0.1, 10)}, the highest monthly figure on record.",
        f"In {MONTHS[min(m + 2, 11)]}, {pb.full} paid a return visit to {d.a.the_name}.",
    ]
    if d.rng.random() < 0.5:
        parts.append(f"Later that year, the two sides signed {d.count(2, 9)} agreements on {d.rng.choice(TOPICS)}.")
    return " ".join(parts)


def caption(d: Doc) -> str:
    c = d.recent_day(2)
    x = d.titled(d.a)
    y = d.titled(d.b)
    return d.rng.choice(
        (
            f"{_cap(x)} shakes hands with {y} in {d.b.capital}, capital of {d.b.the_name}, {AP_MONTHS[c.month - 1]} {c.day}, {c.year}. (Xinhua/{d.rng.choice(PHOTOGRAPHERS)})",
            f"Photo: {_cap(x)} and {y} pose for a photograph before their talks. (Courtesy: {d.a.demonym} Foreign Office)",
            f"File photo shows the port of {d.city(d.a)}, {MONTHS[c.month - 1]} {c.day}, {c.year - d.rng.randint(1, 6)}.",
        )
    )


HEADLINES: tuple[Callable[[Doc], str], ...] = (
    lambda d: f"{d.a.demonym}, {d.b.demonym} leaders vow to {d.rng.choice(GOALS)}",
    lambda d: f"{d.a.name}, {d.b.name} sign {d.count(2, 20)} agreements during visit",
    lambda d: f"{d.a.name}-{d.b.name} trade hits record high",
    lambda d: f"{d.official(d.a)[1].short} meets {d.b.demonym} counterpart in {d.b.capital}",
    lambda d: f"{d.a.demonym} {d.official(d.a)[0]} to visit {d.b.name} next week",
    lambda d: f"{d.a.name} and {d.b.name} hold {d.rng.choice(DIALOGUES)}",
)


def dateline(d: Doc, city: str) -> str:
    p = d.pub
    agency = d.publisher[1]
    r = d.rng.random()
    if r < 0.3:
        return f"{city.upper()}, {AP_MONTHS[p.month - 1]} {p.day}, {p.year} — "
    if r < 0.5:
        return f"{city}, {MONTHS[p.month - 1]} {p.day} ({agency}) -- "
    if r < 0.65:
        return f"{city.upper()}: "
    if r < 0.8:
        return f"{city}, {MONTHS[p.month - 1]} {p.day}, {p.year} ({agency}): "
    return f"{city.upper()}, {p.day} {MONTHS[p.month - 1]} {p.year} - "


# ---------------------------------------------------------------------------------------------
# Documents.


@dataclass(frozen=True)
class GeneratedDoc:
    name: str  # file name of the text, e.g. 000123_ab12cd34.txt
    data: bytes  # the file's bytes
    meta: dict | None  # sidecar content, or None


def _pick_pair(rng: random.Random, world: World) -> tuple[Country, Country]:
    a = rng.choices(world.countries, world.weights)[0]
    while True:
        b = rng.choices(world.countries, world.weights)[0]
        if b.iso3 != a.iso3:
            return a, b


def _slug(s: str) -> str:
    return "-".join("".join(ch for ch in w.lower() if ch.isalnum()) for w in s.split()[:8]).strip("-")


def compose_text(index: int, world: World) -> tuple[str, dict | None]:
    """The text and (sometimes) the sidecar of document ``index``; depends only on (seed, index)."""
    rng = random.Random(world.seed * 1_000_003 + index)
    a, b = _pick_pair(rng, world)
    pub = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 11 * 365))
    publisher = rng.choice(world.publishers)
    d = Doc(rng, world, a, b, pub, pub.year, pub.month, publisher)
    target = rng.randint(3000, 6000)

    lines: list[str] = []
    title = rng.choice(HEADLINES)(d) if rng.random() < 0.8 else None
    if rng.random() < 0.3:
        lines.extend(rng.sample(TOP_BANNERS, rng.randint(1, 3)))
    if title:
        lines.append(title)
        lines.append("")
    lead = rng.choice((t_meeting, t_talks, t_visit_arrived, t_phone, t_mous, t_trade, t_visit_range))(d)
    lines.append(dateline(d, d.city(rng.choice((a, b)))) + lead)
    size = sum(len(x) + 1 for x in lines)
    narrative_done = rng.random() < 0.6
    captioned = rng.random() < 0.6
    sep = "\n\n" if rng.random() < 0.7 else "\n"
    paragraphs: list[str] = []
    while size < target:
        r = rng.random()
        if not narrative_done and r < 0.15:
            para = narrative_paragraph(d)
            narrative_done = True
        elif not captioned and r < 0.25:
            para = caption(d)
            captioned = True
        else:
            para = " ".join(_draw(d)(d) for _ in range(rng.randint(1, 4)))
        paragraphs.append(para)
        size += len(para) + len(sep)
    footer = []
    if rng.random() < 0.5:
        url = f"https://www.{publisher[0]}/{pub.year}/{pub.month:02d}/{_slug(title or 'news')}-{index}.html"
        for f in rng.sample(FOOTERS, rng.randint(1, 3)):
            footer.append(f.format(year=pub.year, publisher=publisher[1], editor=rng.choice(PHOTOGRAPHERS), url=url))
    text = "\n".join(lines) + sep + sep.join(paragraphs) + ("\n\n" + "\n".join(footer) if footer else "") + "\n"

    meta = None
    if rng.random() < 0.35:
        meta = {}
        if rng.random() < 0.9:
            meta["url"] = f"https://www.{publisher[0]}/{pub.year}/{pub.month:02d}/{_slug(title or a.name + ' ' + b.name)}-{index}.html"
        if rng.random() < 0.8:
            meta["publisher"] = publisher[1]
        if rng.random() < 0.9:
            meta["published_date"] = pub.isoformat()
        if title and rng.random() < 0.8:
            meta["title"] = title
    return text, meta


def generate_document(index: int, world: World, noise: bool = True) -> GeneratedDoc:
    """Document ``index`` of the corpus (bytes, file name, optional sidecar)."""
    text, meta = compose_text(index, world)
    data = text.encode("utf-8")
    if noise:
        if index % 997 == 996:
            data, meta = b"", None  # empty file
        elif index % 1999 == 1998:
            data, meta = random.Random(index).randbytes(2048), None  # binary junk
        elif index % 499 == 498:
            data = text.replace("—", "-").encode("cp1252", errors="replace")  # legacy encoding
        elif index % 401 == 400 and index > 0:
            other, other_meta = compose_text(index // 2, world)  # exact duplicate under a new name
            data, meta = other.encode("utf-8"), other_meta
    digest = hashlib.sha1(f"{world.seed}/{index}".encode()).hexdigest()[:8]
    return GeneratedDoc(f"{index:06d}_{digest}.txt", data, meta)


def write_document(doc: GeneratedDoc, out: Path) -> int:
    """Write the text (and sidecar); return the number of bytes written."""
    (out / doc.name).write_bytes(doc.data)
    n = len(doc.data)
    if doc.meta:
        side = json.dumps(doc.meta, ensure_ascii=False, indent=1).encode("utf-8")
        (out / doc.name.replace(".txt", ".meta.json")).write_bytes(side)
        n += len(side)
    return n


@dataclass(frozen=True)
class CorpusStats:
    n_documents: int
    n_sidecars: int
    text_bytes: int
    seconds: float


def generate_corpus(out: Path, n: int, seed: int = 0, *, start: int = 0, noise: bool = True) -> CorpusStats:
    """Write documents ``start .. start+n-1`` of the corpus for ``seed`` into ``out``."""
    t0 = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    world = make_world(seed)
    n_side = text_bytes = 0
    for i in range(start, start + n):
        doc = generate_document(i, world, noise)
        write_document(doc, out)
        text_bytes += len(doc.data)
        n_side += doc.meta is not None
    return CorpusStats(n, n_side, text_bytes, time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=10_000, help="number of documents (default: %(default)s)")
    p.add_argument("--out", type=Path, required=True, help="output folder (created)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--start", type=int, default=0, help="index of the first document (to extend a corpus)")
    p.add_argument("--no-noise", action="store_true", help="no empty/binary/cp1252/duplicate files")
    args = p.parse_args(argv)
    s = generate_corpus(args.out, args.n, args.seed, start=args.start, noise=not args.no_noise)
    print(
        f"wrote {s.n_documents} documents ({s.n_sidecars} sidecars, {s.text_bytes / 1e6:.1f} MB of text) "
        f"to {args.out} in {s.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
