"""Italian data for the temporal tagger (`extractor.temporal`).

The engine is language-agnostic: everything Italian it knows is here. Keys are lowercase;
multi-word phrases use single spaces (the engine turns spaces into `\\s+`); apostrophes are
written as ' and match both ' and ’.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "gennaio": 1, "gen": 1, "genn": 1, "febbraio": 2, "feb": 2, "marzo": 3, "mar": 3, "aprile": 4,
    "apr": 4, "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8,
    "ago": 8, "settembre": 9, "set": 9, "sett": 9, "ottobre": 10, "ott": 10, "novembre": 11,
    "nov": 11, "dicembre": 12, "dic": 12,
}  # fmt: skip
# Abbreviations are words too ("mar" = sea, "set", "ago" = needle): only next to a day/year.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(
    {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "sett", "ott", "nov", "dic"}
)
MONTH_CASE_SENSITIVE = False
MONTH_CUES: tuple[str, ...] = (
    "a", "ad", "in", "di", "da", "del", "dal", "entro", "fino a", "inizio", "fine", "metà",
    "prima di", "dopo", "durante", "tra", "fra", "e", "scorso", "prossimo", "questo", "nel mese di",
)  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "lunedì": 0, "lunedi": 0, "lun": 0, "martedì": 1, "martedi": 1, "mar": 1, "mercoledì": 2,
    "mercoledi": 2, "mer": 2, "giovedì": 3, "giovedi": 3, "gio": 3, "venerdì": 4, "venerdi": 4,
    "ven": 4, "sabato": 5, "sab": 5, "domenica": 6, "dom": 6,
}  # fmt: skip
WEEKDAY_CASE_SENSITIVE = False
# Italian weekday names do not change in the plural: habitual sets come with "ogni"/"tutti i".
WEEKDAY_PLURALS: dict[str, int] = {}
WEEKDAY_ABBREVIATIONS: frozenset[str] = frozenset({"lun", "mar", "mer", "gio", "ven", "sab", "dom"})

# Numeric dates: 10/06/2021 is 10 June in Italian.
DATE_ORDER = "DMY"
# Words for the zero of a year read in pairs: "nineteen oh one" -> 1901.
YEAR_ZERO_WORDS: tuple[str, ...] = ()
# Cardinal days after a month: Italian DAY_WORDS are cardinals already.
CARDINAL_DAYS: dict[str, int] = {}
DAY_SUFFIX = r"(?:°|º)"
# Days of the month written as words: "il ventuno maggio", "il primo gennaio".
DAY_WORDS: dict[str, int] = {
    "primo": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    "venti": 20, "ventuno": 21, "ventidue": 22, "ventitré": 23, "ventitre": 23,
    "ventiquattro": 24, "venticinque": 25, "ventisei": 26, "ventisette": 27, "ventotto": 28,
    "ventinove": 29, "trenta": 30, "trentuno": 31,
}  # fmt: skip
DAY_OF_MONTH_LINK = r"(?:di\s+)?"
# Between a day number and a relative month: "the 20th of next month".
DAY_OF_RELATIVE_MONTH = r"(?:del|di)"
# Words that may follow a lone ordinal day ("on the 15th of"); before other words an
# ordinal is not a day ("the 25th anniversary").
DAY_FOLLOWERS: tuple[str, ...] = ("di", "del", "alle", "e", "al", "o", "fino")
ARTICLES: tuple[str, ...] = ("il", "l'", "lo", "la", "le", "i", "gli")

UNITS: dict[str, str] = {
    "anno": "Y", "anni": "Y", "mese": "M", "mesi": "M", "settimana": "W", "settimane": "W",
    "giorno": "D", "giorni": "D", "giornata": "D", "giornate": "D", "notte": "D", "notti": "D",
    "ora": "H", "ore": "H", "h": "H", "minuto": "MIN", "minuti": "MIN", "min": "MIN",
    "secondo": "S", "secondi": "S", "sec": "S", "decennio": "DE", "decenni": "DE",
    "secolo": "CE", "secoli": "CE", "trimestre": "Q", "trimestri": "Q", "semestre": "SE",
    "semestri": "SE", "biennio": "BI", "triennio": "TR", "quinquennio": "QQ",
}  # fmt: skip
# "ora" is also "now", "secondo" also "according to", "ore" alone is the clock: need a number.
UNITS_NEED_NUMBER: frozenset[str] = frozenset(
    {"ora", "ore", "secondo", "secondi", "h", "min", "sec", "minuto", "minuti", "notte",
     "anno", "mese", "settimana", "giorno", "giornata", "decennio", "secolo", "trimestre",
     "semestre", "biennio", "triennio", "quinquennio"}
)  # fmt: skip
VAGUE_PLURALS: frozenset[str] = frozenset({"mesi", "settimane", "decenni"})
CUED_PLURALS: frozenset[str] = frozenset({"anni", "giorni", "giornate", "notti", "secoli"})
VAGUE_CUES: tuple[str, ...] = (
    "per", "da", "alcuni", "alcune", "molti", "molte", "diversi", "diverse", "pochi", "poche",
    "parecchi", "parecchie", "vari", "varie", "qualche", "tanti", "tante",
)  # fmt: skip
VAGUE_QUANTIFIERS: tuple[str, ...] = (
    "alcuni", "alcune", "molti", "molte", "diversi", "diverse", "pochi", "poche", "parecchi",
    "parecchie", "vari", "varie", "tanti", "tante", "qualche",
)  # fmt: skip
# Under the assistant convention "pochi" is a count (three).
ASSISTANT_FEW: dict[str, int] = {"pochi": 3, "poche": 3, "qualche": 3}
# Between a duration and a day it counts from (assistant convention): "due giorni dopo domani".
SHIFT_FROM: dict[str, int] = {"dopo": 1, "da": 1, "prima di": -1}

# text2num gets Italian number words as written (English ones are split at hyphens).
SPLIT_HYPHENATED_NUMBERS = False
NUMBER_WORDS: dict[str, float] = {
    "un": 1, "uno": 1, "una": 1, "un'": 1, "una dozzina di": 12, "una decina di": 10,
    "una ventina di": 20, "una trentina di": 30, "una quarantina di": 40,
    "una cinquantina di": 50, "un centinaio di": 100, "un paio di": 2, "mezzo": 0.5,
    "mezza": 0.5, "mezz'": 0.5, "una quindicina di": 15, "un altro": 1, "un'altra": 1,
    # tens elided before a vowel: "trent'anni", "vent'anni fa", "quarant'ore"
    "vent'": 20, "trent'": 30, "quarant'": 40, "cinquant'": 50, "sessant'": 60, "settant'": 70,
    "ottant'": 80, "novant'": 90,
}  # fmt: skip
# Unquantified durations that still have a value.
FIXED_DURATIONS: dict[str, tuple[float, str]] = {
    "tutto il giorno": (1, "D"), "tutta la giornata": (1, "D"), "tutta la settimana": (1, "W"),
    "tutto il mese": (1, "M"), "tutto l'anno": (1, "Y"), "giorno intero": (1, "D"),
    "intera giornata": (1, "D"), "intera settimana": (1, "W"), "intero mese": (1, "M"),
    "intero anno": (1, "Y"), "mezzora": (0.5, "H"), "metà anno": (0.5, "Y"),
    "tutta la notte": (1, "D"), "l'intero weekend": (2, "D"), "intero weekend": (2, "D"),
    "un quarto d'ora": (15, "MIN"), "quarto d'ora": (15, "MIN"), "tre quarti d'ora": (45, "MIN"),
}  # fmt: skip
AND_A_HALF = r"e\s+mezz[oa]"
# A fraction between the number and the unit ("due e tre quarti d'ora" is rare): none yet.
FRACTION_SUFFIX = r"(?!)"
FRACTION_WORDS: dict[str, float] = {}
FRACTION_COUNTS: dict[str, int] = {}
# The words a fraction before the unit can end with (a cheap test before its regex).
FRACTION_ENDERS: tuple[str, ...] = ()
# Words between the number and the unit that leave the amount as it is: "due ulteriori giorni".
DURATION_FILLERS: tuple[str, ...] = (
    "ulteriori",
    "buon",
    "buona",
    "buoni",
    "buone",
)  # "un buon decennio"
# Between hours and a bare count of minutes closing the clause: "un'ora e trenta".
HOUR_MINUTES_LINK = r"\s+e\s+"
DURATION_JOINERS = r"(?:,\s*(?:e\s+)?|\s+e\s+)"

APPROXIMATORS: tuple[str, ...] = (
    "circa", "quasi", "poco più di", "poco meno di", "più di", "meno di", "oltre", "almeno",
    "intorno a", "intorno ai", "intorno alle", "attorno a", "all'incirca", "approssimativamente",
    "fino a", "sui", "sulle", "verso",
)  # fmt: skip

RELATIVE_DAYS: dict[str, int] = {
    "oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2, "l'altroieri": -2, "altroieri": -2,
    "il giorno dopo domani": 2,
    "ieri l'altro": -2, "avantieri": -2, "dopodomani": 2, "in giornata": 0, "odierno": 0,
    "odierna": 0,
}  # fmt: skip
RELATIVE_PARTS: dict[str, tuple[int, str]] = {
    "stamane": (0, "MO"), "stamani": (0, "MO"), "stamattina": (0, "MO"), "stanotte": (0, "NI"),
    "stasera": (0, "EV"),
    "questa mattina": (0, "MO"), "questo pomeriggio": (0, "AF"), "questa sera": (0, "EV"),
    "questa notte": (0, "NI"), "ieri mattina": (-1, "MO"), "ieri pomeriggio": (-1, "AF"),
    "ieri sera": (-1, "EV"), "ieri notte": (-1, "NI"), "domani mattina": (1, "MO"),
    "domattina": (1, "MO"), "domani pomeriggio": (1, "AF"), "domani sera": (1, "EV"),
    "domani notte": (1, "NI"), "oggi pomeriggio": (0, "AF"), "in serata": (0, "EV"),
    "in mattinata": (0, "MO"), "in nottata": (0, "NI"), "sta sera": (0, "EV"),
    "sta mattina": (0, "MO"), "sta notte": (0, "NI"), "questa mattinata": (0, "MO"),
    "questo mattino": (0, "MO"), "questa serata": (0, "EV"), "questa nottata": (0, "NI"),
    # a part of the day with no day named: the anchor's (a day next to it wins)
    "nel pomeriggio": (0, "AF"), "nella serata": (0, "EV"), "nella mattinata": (0, "MO"),
    "nella notte": (0, "NI"), "in tarda serata": (0, "EV"), "in tarda mattinata": (0, "MO"),
    "nel primo pomeriggio": (0, "AF"), "nel tardo pomeriggio": (0, "AF"), "verso sera": (0, "EV"),
    "la notte scorsa": (-1, "NI"), "la scorsa notte": (-1, "NI"),
}  # fmt: skip
# Before a day: a part of it ("la mattina del 15 febbraio", "nella serata di domani").
POD_OF: dict[str, str] = {
    "la mattina del": "MO", "la mattina di": "MO", "mattina del": "MO", "mattino di": "MO",
    "mattino del": "MO", "nella mattinata di": "MO", "nella mattinata del": "MO",
    "in mattinata di": "MO", "il pomeriggio del": "AF", "il pomeriggio di": "AF",
    "nel pomeriggio di": "AF", "nel pomeriggio del": "AF", "la sera del": "EV",
    "la sera di": "EV", "sera del": "EV", "nella serata di": "EV", "nella serata del": "EV",
    "la notte del": "NI", "la notte di": "NI", "nella notte di": "NI", "nella notte del": "NI",
    "nella nottata di": "NI", "nella nottata del": "NI", "notte del": "NI",
}  # fmt: skip
PARTS_OF_DAY: dict[str, str] = {
    "mattina": "MO", "mattino": "MO", "mattinata": "MO", "pomeriggio": "AF", "sera": "EV",
    "serata": "EV", "notte": "NI", "nottata": "NI",
}  # fmt: skip
# TimeML's vague references (PRESENT_REF / PAST_REF / FUTURE_REF). "presto" is left out: it is
# also "early" ("venerdì mattina presto").
PRESENT: tuple[str, ...] = (
    "adesso", "attualmente", "in questo momento", "oggigiorno", "al momento", "ormai",
    "oggi giorno", "al giorno d'oggi",
)  # fmt: skip
# "passato" / "futuro" alone are also a participle and an adjective ("è passato", "il futuro
# governo"): only after "in"/"nel".
PAST_REF: tuple[str, ...] = (
    "recentemente", "di recente", "in passato", "nel passato", "ultimamente",
)  # fmt: skip
FUTURE_REF: tuple[str, ...] = ("in futuro", "nel futuro", "in un prossimo futuro")
# "ora" is "now" and "hour": the adverb only, not after an article or a preposition
# ("un'ora", "all'ora di pranzo", "per ora" is kept), nor before what makes it the noun
# ("ora legale", "è ora di partire", "ora italiana").
# (pattern, what may not come right before it)
PRESENT_GUARDED: tuple[tuple[str, str], ...] = (
    (
        r"(?<![\w'’])ora(?![\w'’])(?!\s+(?:di|del|della|dello|legale|solare|locale|esatta|"
        r"italiana|x|zero|d['’])\b)",
        r"(?:['’]|\b(?:un|una|ogni|che|di|la|le|ad|a|in|alla|della|nella|prima|quest[ao]|"
        r"quell[ao]|stessa|sua|mia|tua|nostra|vostra|loro)\s+)$",
    ),
)
PRESENT_GUARDED_TRIGGERS: tuple[str, ...] = ("ora",)

# Holidays: ("fixed", month, day), ("easter", days after Easter Sunday) or
# ("nth", month, weekday, n) with n = -1 for the last one.
HOLIDAYS: dict[str, tuple[object, ...]] = {
    "natale": ("fixed", 12, 25), "vigilia di natale": ("fixed", 12, 24),
    "santo stefano": ("fixed", 12, 26), "capodanno": ("fixed", 1, 1),
    "san silvestro": ("fixed", 12, 31), "epifania": ("fixed", 1, 6), "befana": ("fixed", 1, 6),
    "san valentino": ("fixed", 2, 14), "festa della donna": ("fixed", 3, 8),
    "festa del papà": ("fixed", 3, 19), "festa del papa": ("fixed", 3, 19),
    "san giuseppe": ("fixed", 3, 19), "festa della liberazione": ("fixed", 4, 25),
    "anniversario della liberazione": ("fixed", 4, 25), "festa del lavoro": ("fixed", 5, 1),
    "festa dei lavoratori": ("fixed", 5, 1), "primo maggio": ("fixed", 5, 1),
    "festa della repubblica": ("fixed", 6, 2), "ferragosto": ("fixed", 8, 15),
    "ognissanti": ("fixed", 11, 1), "tutti i santi": ("fixed", 11, 1),
    "halloween": ("fixed", 10, 31), "immacolata": ("fixed", 12, 8),
    "immacolata concezione": ("fixed", 12, 8), "festa dell'immacolata": ("fixed", 12, 8),
    "giorno di natale": ("fixed", 12, 25), "vigilia di capodanno": ("fixed", 12, 31),
    "festa degli innamorati": ("fixed", 2, 14), "festa dell'assunzione": ("fixed", 8, 15),
    "giorno dei lavoratori": ("fixed", 5, 1), "festa dei santi": ("fixed", 11, 1),
    "giorno dei santi": ("fixed", 11, 1), "giorno dei morti": ("fixed", 11, 2),
    "commemorazione dei defunti": ("fixed", 11, 2),
    "pasqua": ("easter", 0), "pasquetta": ("easter", 1), "lunedì dell'angelo": ("easter", 1),
    "venerdì santo": ("easter", -2), "pentecoste": ("easter", 49),
    "festa della mamma": ("nth", 5, 6, 2),
}  # fmt: skip
# "città natale", "la befana" (a figure), "immacolata" (an adjective): need the capital.
AMBIGUOUS_HOLIDAYS: frozenset[str] = frozenset({"natale", "befana", "immacolata", "pasqua"})
ORDINALS: dict[str, int] = {
    "primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3, "quarto": 4,
    "quarta": 4, "quinto": 5, "quinta": 5, "ultimo": -1, "ultima": -1, "1°": 1, "2°": 2,
    "3°": 3, "4°": 4, "1º": 1, "2º": 2, "3º": 3, "4º": 4,
}  # fmt: skip
NTH_WEEKDAY_LINK = r"\s+(?:di\s+|del\s+|della\s+|dell['’]\s*|in\s+)(?:mese\s+di\s+)?"
# "l'ultimo giorno di ottobre", "la prima settimana di ottobre 2014", "l'ultimo weekend di
# luglio": a unit counted inside a month or year (weeks and weekends whole).
NTH_UNITS: dict[str, str] = {
    "giorno": "day", "settimana": "week", "weekend": "weekend", "week-end": "weekend",
    "fine settimana": "weekend", "finesettimana": "weekend",
}  # fmt: skip
NTH_FROM_END: tuple[str, ...] = ("dalla fine",)
# Before a day: the week or weekend it falls in ("la settimana del 6 ottobre").
WEEK_OF: dict[str, str] = {
    "la settimana del": "week", "settimana del": "week", "il weekend del": "weekend",
    "weekend del": "weekend", "il week-end del": "weekend", "week-end del": "weekend",
    "il we del": "weekend", "il fine settimana del": "weekend", "fine settimana del": "weekend",
}  # fmt: skip
# "il terzo trimestre del 2016", "il primo semestre dell'anno prossimo"
QUARTER_NOUNS: tuple[str, ...] = ("trimestre",)
HALF_NOUNS: tuple[str, ...] = ("semestre",)
PERIOD_OF_YEAR_LINK = r"\s+(?:del(?:l['’])?\s*|di\s+|nel\s+)?"
# "estate 2016", "l'estate del 2016"
SEASON_YEAR_LINK = r"\s+(?:del\s+)?"
# "ottobre 2021"
# (The English "of" too: the engine read it in either language before the link moved here,
# and the move was to change no output.)
MONTH_YEAR_LINK = r",?\s+(?:del\s+|di\s+)?"  # "ottobre 2014", "agosto del 2020"
# between a day-month and its year: "7 luglio del 1943"
DAY_MONTH_YEAR_LINK = r"(?:del\s+)?"

REL_BEFORE: dict[str, int] = {
    "questo": 0, "questa": 0, "quest'": 0, "prossimo": 1, "prossima": 1, "scorso": -1,
    "scorsa": -1, "ultimo": -1, "ultima": -1, "passato": -1, "passata": -1,
}  # fmt: skip
REL_AFTER: dict[str, int] = {
    "scorso": -1, "scorsa": -1, "passato": -1, "passata": -1, "prossimo": 1, "prossima": 1,
    "successivo": 1, "successiva": 1, "precedente": -1, "corrente": 0, "in corso": 0,
    "venturo": 1, "ventura": 1,
}  # fmt: skip
# Before / after a counted duration, making it the span of those units next to the anchor:
# "gli ultimi due giorni", "le 24 ore passate" (read so only under the assistant convention).
SPAN_BEFORE: dict[str, int] = {
    "ultimi": -1, "ultime": -1, "scorsi": -1, "scorse": -1, "passati": -1, "passate": -1,
    "prossimi": 1, "prossime": 1, "successivi": 1, "successive": 1,
}  # fmt: skip
SPAN_AFTER: dict[str, int] = {
    "scorsi": -1, "scorse": -1, "passati": -1, "passate": -1, "precedenti": -1,
    "successivi": 1, "successive": 1, "seguenti": 1, "prossimi": 1, "prossime": 1,
}  # fmt: skip
UPCOMING: tuple[str, ...] = ()
GRAIN_NOUNS: dict[str, str] = {
    "anno": "year", "mese": "month", "settimana": "week", "weekend": "weekend",
    "fine settimana": "weekend", "finesettimana": "weekend", "week-end": "weekend",
    "trimestre": "quarter", "giorno": "day", "decennio": "decade", "secolo": "century",
    "stagione": "season",
}  # fmt: skip
SEASONS: dict[str, str] = {
    "primavera": "SP",
    "estate": "SU",
    "autunno": "FA",
    "inverno": "WI",
}
# Between a modifier and a year, month, decade or season already tagged: "alla fine del 2012",
# "a metà degli anni '90", "all'inizio di quest'anno".
MOD_PERIOD_LINK = r"\s*(?:dell['’]|della\s+|del\s+|degli\s+|delle\s+|di\s+)?(?:anni\s+)?$"
# Before a season named alone: "in estate", "d'inverno", "durante l'estate".
SEASON_PREFIXES: tuple[str, ...] = ("in", "d'", "durante l'", "durante la", "in piena")
# Not after a season named alone: "l'estate del 2016" is one of a year (SEASON_YEAR_LINK).
# (Both languages' words: the engine read them in either language before they moved
# here, and the move was to change no output.)
SEASON_NOT_BEFORE = r"(?!\s*(?:of\s+|del\s+|di\s+)?\d)(?!\s+of\b)"
PERIOD_ABBREVIATIONS: dict[str, tuple[str, str]] = {}
MODIFIERS: dict[str, str] = {
    "inizio": "START", "fine": "END", "metà": "MID", "primi di": "START", "fine di": "END",
    "inizio di": "START", "metà di": "MID",
}  # fmt: skip

# Between a modifier and a calendar unit: "the end of the year", "fine dell'anno".
MOD_GRAIN_LINK = r"\s*(?:dell['’]|della\s+|del\s+|di\s+)?"

AGO: tuple[str, ...] = ("fa", "prima")
AGO_STRICT: tuple[str, ...] = ("fa",)
# Days named from the story's last date: "il giorno dopo" after "il 5 ottobre" is the 6th.
NARRATIVE_DAYS: dict[str, int] = {
    "il giorno dopo": 1, "il giorno seguente": 1, "il giorno successivo": 1, "l'indomani": 1,
    "il giorno prima": -1, "il giorno precedente": -1, "lo stesso giorno": 0,
    "quel giorno": 0, "quello stesso giorno": 0,
}  # fmt: skip
# "il giorno dopo il voto" counts from the vote, not from the last date.
NARRATIVE_NOT_BEFORE = (
    r"\s*(?:il|lo|la|l['’]|i|gli|le|un|una|uno|del|dello|della|dell['’]|dei|degli|delle|di|"
    r"che)\b"
)
IN_FUTURE: tuple[str, ...] = ("tra", "fra")
# Before "tra"/"fra" + a duration, words that make it a stretch of time (none: "in 20 anni" is
# not read as a date ahead in Italian).
IN_SPAN_CUES = r"(?!)"
# Not after "tra" + a duration: what makes it a stretch of time (case-sensitive).
# (Both languages' words: the engine read them in either language before they moved
# here, and the move was to change no output.)
IN_DURATION_NOT_BEFORE = r"\s+(?:of|di)\b"
# Only "da adesso" counts from the anchor; "due anni dopo" counts from an event in the story.
LATER: tuple[str, ...] = ("da adesso", "da ora", "da oggi")
# Under the assistant convention these count from the anchor too ("2 anni e 21 giorni dopo").
ASSISTANT_LATER: tuple[str, ...] = ("dopo", "più tardi")
# Days named relative to the anchor under the assistant convention only (in news they count
# from the story's last event).
ASSISTANT_RELATIVE_DAYS: dict[str, int] = {
    "il giorno dopo": 1, "il giorno seguente": 1, "il giorno successivo": 1,
    "il giorno prima": -1, "il giorno precedente": -1,
}  # fmt: skip

EVERY: tuple[str, ...] = ("ogni", "tutti i", "tutte le")
SET_ADVERBS: dict[str, str] = {
    "quotidianamente": "P1D", "ogni giorno": "P1D", "settimanalmente": "P1W",
    "mensilmente": "P1M", "annualmente": "P1Y", "giornalmente": "P1D", "tutti i giorni": "P1D",
    "ogni anno": "P1Y", "ogni settimana": "P1W", "ogni mese": "P1M",
}  # fmt: skip
PER_UNIT: tuple[str, ...] = ("al", "alla", "all'", "a", "per", "ogni")
TIMES_WORD = r"volt[ae]"

# Words near which the age patterns are tried (any token with a digit is tried too).
AGE_TRIGGERS: tuple[str, ...] = ("anni", "anno")
# Tokens that are ages by themselves ("37enne").
AGE_TOKEN = r"\d+enne"
# Ages: "37enne", "ha 37 anni", "all'età di 37 anni", "figlia di tre anni", "Rossi, 37 anni,".
AGE_PATTERNS: tuple[str, ...] = (
    r"(?P<num>\d{1,3})\s?enne\b",
    r"(?<=\bha )(?P<num>{num})\s+anni\b",
    r"(?<=\bhanno )(?P<num>{num})\s+anni\b",
    r"(?<=\bcompie )(?P<num>{num})\s+anni\b",
    r"(?<=\bcompiuto )(?P<num>{num})\s+anni\b",
    r"(?<=\betà di )(?P<num>{num})\s+anni\b",
    r"[A-Z][a-zà-ú]+, (?P<age>(?P<num>\d{1,3})\s+anni)\b(?=[,)])",
    # "A 80 anni appena compiuti, il cantautore...": at the head of a sentence (in the middle,
    # "condannato a sei anni" is a sentence, not an age)
    r"(?:\A|(?<=[.!?]\s)|(?<=\n))(?-i:A)\s+(?P<age>(?P<num>{num})\s+anni)\b",
)
# "la figlia di tre anni": a person noun + "di" + N anni is an age, not a duration.
PERSON_AGE_LINK = r"\s+di\s+"
# An age with one of these counts months, else years (AGE_PATTERNS count years).
# (Both languages' words: the engine read them in either language before they moved
# here, and the move was to change no output.)
AGE_IN_MONTHS = r"month|mes"
PERSON_NOUNS: tuple[str, ...] = (
    "figlio", "figlia", "figli", "figlie", "bambino", "bambina", "bambini", "bambine", "bimbo",
    "bimba", "ragazzo", "ragazza", "ragazzi", "ragazze", "uomo", "donna", "uomini", "donne",
    "anziano", "anziana", "giovane", "neonato", "neonata", "nipote", "fratello", "sorella",
    "studente", "studentessa", "pensionato", "pensionata", "signore", "signora", "piccolo",
    "piccola", "cane", "gatto", "età",
)  # fmt: skip

ZONE_PHRASES: dict[str, str] = {
    "ora italiana": "Europe/Rome", "ora di roma": "Europe/Rome", "ora di mosca": "Europe/Moscow",
    "ora russa": "Europe/Moscow", "ora di new york": "America/New_York",
    "ora di londra": "Europe/London", "ora di pechino": "Asia/Shanghai",
    "ora di tokyo": "Asia/Tokyo", "ora di kiev": "Europe/Kyiv",
}  # fmt: skip
TIME_PREFIXES: tuple[str, ...] = (
    "alle", "alle ore", "all'", "ore", "dalle", "fino alle", "verso le", "entro le", "intorno alle",
    "a partire dalle", "prima delle", "dopo le", "delle", "le",
)  # fmt: skip
# Italian uses the 24-hour clock, but "7pm" is written too.
# "a.m." keeps its final dot; in "pm." the dot ends the sentence
AMPM = r"(?P<ampm>[ap](?:\.\s?m\.|\s?m)|[AP](?:\.\s?M\.|\s?M))(?![A-Za-z])"
# A one-letter am/pm glued to a time ("7p", "3:15a"), read only under the assistant convention.
AMPM_SHORT = r"(?!)"
# Words for the zero of "twelve oh three".
ZERO_MINUTE: tuple[str, ...] = ()
OCLOCK = r"(?!)"
NOON: dict[str, str] = {"mezzogiorno": "12:00", "mezzanotte": "00:00"}
# Whether a clock time without am/pm may be either half of the day ("3:30").
CLOCK_12H = False
HOUR_WORD_PREFIX = r"(?:(?:alle|dalle|le|verso\s+le|entro\s+le)\s+(?:ore\s+)?|ore\s+)"
# Clock times in words: "alle otto e mezza", "le sette e un quarto", "le otto meno dieci".
HOUR_WORDS: dict[str, int] = {
    "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    "venti": 20, "ventuno": 21, "ventidue": 22, "ventitré": 23, "ventitre": 23,
    "mezzogiorno": 12, "mezzanotte": 0,
}  # fmt: skip
CLOCK_BEFORE: dict[str, int] = {}
CLOCK_DIRECTIONS: dict[str, int] = {}
MINUTE_WORDS: tuple[str, ...] = ()
CLOCK_AFTER: dict[str, int] = {
    "e mezza": 30, "e mezzo": 30, "e un quarto": 15, "e tre quarti": 45, "meno un quarto": -15,
}  # fmt: skip
CLOCK_SIGNS: dict[str, int] = {"e": 1, "meno": -1}
MINUTE_WORD = r"(?:minuti|min)"
# "alle sette" is a clock time in Italian.
HOUR_AFTER_PREFIX = True
# Words one of which every clock-in-words expression contains (the pattern runs near them).
CLOCK_TRIGGERS: tuple[str, ...] = (
    "alle", "le", "ore", "dalle", "mezza", "quarto", "quarti", "meno", "am", "pm", "mattina",
    "mattino", "pomeriggio", "sera", "notte",
)  # fmt: skip
# Between a part of the day and a bare hour read in it: "this afternoon at 2".
POD_CLOCK_LINK = r"\s+(?:alle|verso\s+le)\s+(?:ore\s+)?"
# A bare hour before a part of a named day: "alle 8 di stasera", "le 9 di domani mattina".
HOUR_BEFORE_PART = r"(?<![\w:.,])(?:(?:alle|le|verso\s+le)\s+)?(?P<h>[0-2]?\d)\s+(?:di\s+)?$"
POD_AFTER: dict[str, str] = {
    "di mattina": "MO", "del mattino": "MO", "di mattino": "MO", "della mattina": "MO",
    "di pomeriggio": "AF", "del pomeriggio": "AF", "di sera": "EV", "della sera": "EV",
    "di notte": "NI", "della notte": "NI", "stasera": "EV", "stamattina": "MO",
    "in serata": "EV", "in mattinata": "MO", "in nottata": "NI", "in mattina": "MO",
    "al mattino": "MO", "alla mattina": "MO", "alla sera": "EV", "mattina": "MO", "sera": "EV",
    "pomeriggio": "AF", "notte": "NI", "a pranzo": "MI",
}  # fmt: skip

# Strings every decade pattern needs: the patterns are skipped in a text with none of them.
DECADE_HINTS: tuple[str, ...] = ("anni", "Anni", "ANNI")
DECADE_PATTERNS: tuple[str, ...] = (
    r"(?<=anni )['’]?(?P<decade>\d)0\b",
    r"(?<=anni )(?P<century>1[89]|20)(?P<decade>\d)0\b",
)
# Centuries: "il XX secolo", "il 20° secolo", "il secolo XXI" -> '19' / '20'.
CENTURY_TRIGGERS: tuple[str, ...] = ("secolo",)
CENTURY_PATTERNS: tuple[str, ...] = (
    r"(?P<roman>[IVX]{1,5})\s+secolo\b",
    r"(?P<n>\d{1,2})[°º]\s+secolo\b",
    r"\bsecolo\s+(?P<roman>[IVX]{1,5})\b",
)
# Eras written after a year or century: "44 a.C.", "il III secolo avanti Cristo", "79 d.C.".
ERA_BEFORE_CHRIST: tuple[str, ...] = ("a.C.", "a. C.", "avanti Cristo", "a.e.v.", "prima di Cristo")
ERA_AFTER_CHRIST: tuple[str, ...] = ("d.C.", "d. C.", "dopo Cristo", "e.v.")
DECADE_WORDS: dict[str, int] = {
    "venti": 2, "trenta": 3, "quaranta": 4, "cinquanta": 5, "sessanta": 6, "settanta": 7,
    "ottanta": 8, "novanta": 9,
}  # fmt: skip
DECADE_WORD_PREFIX = r"(?:gli\s+)?anni\s+"

# Between a weekday and a relative week: "venerdì della prossima settimana".
WEEKDAY_WEEK_LINK = r"\s*,?\s*(?:(?:di|della|del)\s+)?"

RANGE_PAIRS: tuple[tuple[str, str], ...] = (
    ("dal", "al"), ("dall'", "al"), ("dal", "all'"), ("dall'", "all'"), ("da", "a"),
    ("tra", "e"), ("fra", "e"), ("dal", "fino al"), ("da", "fino a"), ("dalle", "alle"),
    ("dalle", "fino alle"), ("tra le", "e le"),
)  # fmt: skip
# Joining words that make a range without an opening word ("12 to 16 September").
RANGE_TO_WORDS: tuple[str, ...] = ("al", "all'", "fino al")
# Joining words between two clock times that make a range without an opening word.
TIME_RANGE_JOINS: tuple[str, ...] = ()  # "delle 3 alle 4" is a change of time, not a range
RANGE_DASH = r"\s?[-–]\s?"
YEAR_CUES: tuple[str, ...] = (
    "nel", "del", "dal", "al", "il", "entro il", "fino al", "anno", "e", "o", "tra il",
    "nell'anno", "inizio", "fine", "metà", "primavera", "estate", "autunno", "inverno", "prima del",
    "dopo il", "per il", "sul", "dell'anno", "anni", "a",
)  # fmt: skip

# Tense cues: words (compiled as a trie) and patterns.
PAST_WORDS: tuple[str, ...] = ()
FUTURE_WORDS: tuple[str, ...] = ()
# A participle ending is a past cue, with an enclitic too ("tenutasi", "arrivatoci"), but not in
# the nouns of the day that share it ("mattinata", "serata", "giornata", "nottata") nor in
# "estate" (summer).
PAST_CUES = (
    r"\b(?:ha|hanno|è|sono|era|erano|aveva|avevano|fu|furono|fa|scors[oa]|"
    r"(?!(?:mattinat|serat|giornat|nottat|estat)[aei]\b)"
    r"[a-zà-ú]{2,}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)(?:si|mi|ti|ci|vi|lo|la|li|le)?)\b"
)
FUTURE_CUES = r"\b(?:sarà|saranno|prossim[oa]|[a-zà-ú]{2,}(?:erà|eranno|irà|iranno|arà|aranno))\b"
DATE_PREPOSITIONS: tuple[str, ...] = ("il", "nel", "a", "di", "dal", "lo", "la", "l'")


# Where a bare quarter code ('Q3') is a quarter: talk of money nearby (otherwise it is a
# qualifying session, a question, a grade...).
FISCAL_WORDS: tuple[str, ...] = (
    "ricavi",
    "fatturato",
    "vendite",
    "utile",
    "utili",
    "perdita",
    "perdite",
    "risultati",
    "trimestre",
    "trimestrale",
    "esercizio",
    "bilancio",
    "pil",
    "crescita",
    "economia",
    "azioni",
    "dividendo",
    "ebitda",
    "margine",
    "conti",
)
# The cues before a year the plain year pattern leaves out ('entro il 2100', "del '92"): the
# prepositions of time only ('il 2100 euro' is an amount).
FAR_YEAR_CUES: tuple[str, ...] = (
    "nel",
    "del",
    "dal",
    "entro il",
    "fino al",
    "nell'anno",
    "dell'anno",
    "prima del",
    "dopo il",
    "anno",
)
# Between a clock time and the named day it belongs to, either way round ('alle 15 di ieri',
# 'ieri alle 15', '3 pm yesterday', 'yesterday at 3 pm'): the two are one time expression.
CLOCK_DAY_LINK = r"\s*,?\s*(?:(?:di|del|della|alle|alla|ore|a|intorno alle|verso le)\s+)*"
# A range of durations keeps both ends ('35-40 minutes', 'da uno a tre giorni', 'between two
# and three hours'): the words that open it and join its ends.
DURATION_RANGE_OPEN: tuple[str, ...] = (
    "da",
    "tra",
    "fra",
    "dai",
    "dalle",
    "tra i",
    "tra le",
    "fra i",
    "fra le",
)
DURATION_RANGE_JOIN: tuple[str, ...] = ("-", "–", "a", "ai", "alle", "e", "e i", "e le", "o")
# Race times written with primes (44’23’’, a 40"): Italian sports reports write them so.
PRIME_TIMES = True

# Centuries named in words: "il XX secolo" is in CENTURY_PATTERNS; "il Novecento" (the 1900s,
# capitalised: "novecento" is 900) and "il ventesimo secolo" here (TimeML: '19').
CENTURY_WORDS: dict[str, int] = {
    "duecento": 13, "trecento": 14, "quattrocento": 15, "cinquecento": 16, "seicento": 17,
    "settecento": 18, "ottocento": 19, "novecento": 20, "primo": 1, "secondo": 2, "terzo": 3,
    "quarto": 4, "quinto": 5, "sesto": 6, "settimo": 7, "ottavo": 8, "nono": 9, "decimo": 10,
    "undicesimo": 11, "dodicesimo": 12, "tredicesimo": 13, "quattordicesimo": 14,
    "quindicesimo": 15, "sedicesimo": 16, "diciassettesimo": 17, "diciottesimo": 18,
    "diciannovesimo": 19, "ventesimo": 20, "ventunesimo": 21,
}  # fmt: skip
# the ordinals before 'secolo'; the names (Novecento) alone, with their capital
CENTURY_WORD_PATTERN = (
    r"(?:(?P<w>{words})\s+secolo\b|(?-i:(?P<name>Duecento|Trecento|Quattrocento|Cinquecento|"
    r"Seicento|Settecento|Ottocento|Novecento))\b)"
)
# A holiday named after a saint is a place after these ('la chiesa di San Giuseppe').
HOLIDAY_PLACE_NOUNS: tuple[str, ...] = (
    "chiesa",
    "parrocchia",
    "basilica",
    "santuario",
    "cappella",
    "oratorio",
    "convento",
    "piazza",
    "via",
    "viale",
    "ospedale",
    "scuola",
    "istituto",
    "quartiere",
    "festa patronale",
)

# A unit that is also an ordinal ('a second earthquake'): after an article and before a word that
# opens a noun phrase it is the ordinal. Words after a unit that keep it a unit, besides the
# language's function words:
ORDINAL_UNITS: frozenset[str] = frozenset({"secondo"})
DURATION_FOLLOWERS: frozenset[str] = frozenset(
    {"dopo", "prima", "fa", "più", "meno", "ancora", "appena"}
)
