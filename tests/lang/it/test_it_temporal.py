"""Italian temporal tagging: value, kind and exact span per phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.temporal import tag

ANCHOR = dt.date(2021, 10, 6)  # mercoledì

CASES = [
    ("Ci vuole un buon decennio per ricostruire", "un buon decennio", "duration", "P10Y"),
    ("Ci fu un secondo di silenzio", "un secondo", "duration", "PT1S"),
    ("Alle 8 e 20 di ieri mattina la scossa", "8 e 20 di ieri mattina", "time", "2021-10-05T08:20"),
    ("Il 5 ottobre 2021 è stato lanciato", "5 ottobre 2021", "date", "2021-10-05"),
    ("Per ben dodici giorni la troupe", "dodici giorni", "duration", "P12D"),
    ("30 ore di riprese spaziali", "30 ore", "duration", "PT30H"),
    ("per circa 35 minuti di film", "35 minuti", "duration", "PT35M"),
    ("non ha il tempo di crescere la figlia di tre anni", "tre anni", "age", "P3Y"),
    ("Mario Rossi, 37 anni, è", "37 anni", "age", "P37Y"),
    ("un 37enne di Roma", "37enne", "age", "P37Y"),
    ("Il volo è durato tre ore e 27 minuti.", "tre ore e 27 minuti", "duration", "PT3H27M"),
    ("Ci vuole una settimana.", "una settimana", "duration", "P1W"),
    ("Ci vuole mezz'ora.", "mezz'ora", "duration", "PT30M"),
    ("Ha lavorato un anno e mezzo.", "un anno e mezzo", "duration", "P1Y6M"),
    ("Ha aspettato mesi.", "mesi", "duration", "PXM"),
    ("L'ho visto ieri.", "ieri", "date", "2021-10-05"),
    ("Arriva oggi.", "oggi", "date", "2021-10-06"),
    ("Arriva domani.", "domani", "date", "2021-10-07"),
    ("È partito stamane.", "stamane", "time", "2021-10-06TMO"),
    ("È successo stanotte.", "stanotte", "time", "2021-10-06TNI"),
    ("È successo l'altro ieri.", "l'altro ieri", "date", "2021-10-04"),
    ("È arrivato domenica.", "domenica", "date", "2021-10-03"),
    ("Arriverà domenica.", "domenica", "date", "2021-10-10"),
    ("L'ho visto sabato scorso.", "sabato scorso", "date", "2021-10-02"),
    ("È successo la settimana scorsa.", "settimana scorsa", "date", "2021-W39"),
    ("Partirà il mese prossimo.", "mese prossimo", "date", "2021-11"),
    ("È successo nel 2023.", "2023", "date", "2023"),
    ("A ottobre 2021 tutto cambiò.", "ottobre 2021", "date", "2021-10"),
    ("Il 10/06/2021 a Roma", "10/06/2021", "date", "2021-06-10"),
    ("Il 2021-10-06 a Roma", "2021-10-06", "date", "2021-10-06"),
    ("Lancio alle 14:22 ora italiana.", "14:22 ora italiana", "time", "2021-10-06T14:22+02:00"),
    ("Si corre ogni giorno.", "ogni giorno", "set", "P1D"),
    ("È accaduto due settimane fa.", "due settimane fa", "date", "2021-W38"),
    ("Tornerà tra due giorni.", "tra due giorni", "date", "2021-10-08"),
    ("Il festival dal 5 al 17 ottobre.", "dal 5 al 17 ottobre", "interval", "2021-10-05"),
    ("Una dozzina di giorni", "Una dozzina di giorni", "duration", "P12D"),
    ("La mostra va da aprile a ottobre.", "da aprile a ottobre", "interval", "2021-04"),
    (
        "Tornerà venerdì della prossima settimana.",
        "venerdì della prossima settimana",
        "date",
        "2021-10-15",
    ),
    ("Resta tutto il giorno.", "tutto il giorno", "duration", "P1D"),
    ("Tornerò il ventuno maggio.", "ventuno maggio", "date", "2021-05-21"),
    ("Ci vogliono due ore e mezza.", "due ore e mezza", "duration", "PT2H30M"),
    (
        "Sono le sette e mezza di pomeriggio.",
        "sette e mezza di pomeriggio",
        "time",
        "2021-10-06T19:30",
    ),
    ("Ci vediamo alle otto meno dieci.", "otto meno dieci", "time", "2021-10-06T07:50"),
    ("Il treno parte alle 15h30.", "15h30", "time", "2021-10-06T15:30"),
    ("Ci vediamo a Natale.", "Natale", "date", "2021-12-25"),
    ("Pasqua 2022 cade di domenica.", "Pasqua 2022", "date", "2022-04-17"),
    ("Il terzo martedì di novembre si vota.", "terzo martedì di novembre", "date", "2021-11-16"),
    ("Tornerò il 20 del prossimo mese.", "20 del prossimo mese", "date", "2021-11-20"),
    ("Tornerò il 15.", "15", "date", "2021-10-15"),
    ("Utili in calo nel primo trimestre del 2020.", "primo trimestre del 2020", "date", "2020-Q1"),
    (
        "Nel secondo semestre dell'anno prossimo.",
        "secondo semestre dell'anno prossimo",
        "date",
        "2022-H2",
    ),
    ("Un palazzo del XVI secolo.", "XVI secolo", "date", "15"),
    ("L'estate del 2016 fu calda.", "estate del 2016", "date", "2016-SU"),
    ("Sciopero dalle 9 alle 13.", "dalle 9 alle 13", "interval", "2021-10-06T09:00"),
    ("Torno 8 della sera.", "8 della sera", "time", "2021-10-06T20:00"),
    ("Il treno delle 8.15 è partito.", "8.15", "time", "2021-10-06T08:15"),
    ("La legge sarà approvata entro fine anno.", "fine anno", "date", "2021"),
    ("Ci vediamo questo fine settimana.", "questo fine settimana", "date", "2021-W40-WE"),
    ("Il viaggio dura un'ora e trenta.", "un'ora e trenta", "duration", "PT1H30M"),
    ("Ci vediamo stasera alle 8.", "8", "time", "2021-10-06T20:00"),
    (
        "Pranzo a mezzogiorno meno un quarto.",
        "mezzogiorno meno un quarto",
        "time",
        "2021-10-06T11:45",
    ),
    ("Riunione questa mattinata.", "questa mattinata", "time", "2021-10-06TMO"),
    ("Ci vediamo lunedì in serata.", "lunedì in serata", "time", "2021-10-04TEV"),
    ("Firmato il 5 dicembre 1391.", "5 dicembre 1391", "date", "1391-12-05"),
    ("Chiuso per la festa degli innamorati.", "festa degli innamorati", "date", "2022-02-14"),
    ("Depositato il 08/12,2015 in tribunale.", "08/12,2015", "date", "2015-12-08"),
    ("Nato il dieci di settembre, duemila.", "dieci di settembre, duemila", "date", "2000-09-10"),
    ("Utili in calo nel terzo trimestre.", "terzo trimestre", "date", "2021-Q3"),
    (
        "Si riunirono alle mezzanotte meno un quarto.",
        "mezzanotte meno un quarto",
        "time",
        "2021-10-06T23:45",
    ),  # fmt: skip
]


# Unità contate in un periodo, parti di giorni nominati, modificatori, giorni narrativi.
CASES += [
    ("È successo l'ultima settimana di settembre 2021.", "ultima settimana di settembre 2021",
     "date", "2021-W38"),
    ("Il terzo giorno di ottobre 2021 è piovuto.", "terzo giorno di ottobre 2021", "date",
     "2021-10-03"),
    ("Si vota la settimana del 4 ottobre.", "la settimana del 4 ottobre", "date", "2021-W40"),
    ("La scadenza è alla fine del 2012.", "fine del 2012", "date", "2012"),
    ("Fu eletto a metà degli anni '90.", "metà degli anni '90", "date", "199"),
    ("Nella serata di domani si vota.", "Nella serata di domani", "time", "2021-10-07TEV"),
    ("Nel pomeriggio è arrivata la notizia.", "Nel pomeriggio", "time", "2021-10-06TAF"),
    ("Il 5 ottobre 2010 è arrivato. Il giorno dopo è partito.", "Il giorno dopo", "date",
     "2010-10-06"),
    ("Alle 8 di stasera si parte.", "8 di stasera", "time", "2021-10-06T20:00"),
    ("La mattina del 15 febbraio 2021 è partito.", "La mattina del 15 febbraio 2021", "time",
     "2021-02-15TMO"),
    ("È arrivato altroieri.", "altroieri", "date", "2021-10-04"),
    ("Si parte il giorno dopo domani.", "il giorno dopo domani", "date", "2021-10-08"),
    ("Il bilancio di genn. 2013.", "genn. 2013", "date", "2013-01"),
    ("Ci vuole un quarto d'ora.", "un quarto d'ora", "duration", "PT15M"),
    ("In estate la siccità è finita.", "estate", "date", "2021-SU"),
    ("D'inverno nevicherà.", "inverno", "date", "2022-WI"),
    ("Lunedì in mattinata si vota.", "Lunedì in mattinata", "time", "2021-10-04TMO"),
    ("La seduta finisce alle 24.", "24", "time", "2021-10-07T00:00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind", "value"), CASES)
def test_it_phrase(text: str, surface: str, kind: str, value: str) -> None:
    got = [(t.text, t.kind, t.value) for t in tag(text, "it", ANCHOR)]
    assert (surface, kind, value) in got, got


APPROXIMATE = [
    ("per circa 35 minuti di film", "35 minuti", True),
    ("quasi due ore", "due ore", True),
    ("poco più di tre anni", "tre anni", True),
    ("per ben dodici giorni", "dodici giorni", False),
]


@pytest.mark.parametrize(("text", "surface", "approx"), APPROXIMATE)
def test_it_approximate(text: str, surface: str, approx: bool) -> None:
    [t] = [t for t in tag(text, "it", ANCHOR) if t.text == surface]
    assert t.approximate is approx


NOTHING = [
    "Un secondo forte terremoto ha colpito la zona.",
    "La partecipazione di circa 3mila attrici.",
    "Il mar Mediterraneo è calmo.",
    "Sono le ore più difficili.",
    "Dimagrito di ben 15 kg.",
    "La Juventus ha vinto 2-1.",
    "Costa 2000 euro.",
    "Secondo il ministro, è vero.",
    "Ne ha presi tra 2 e 3.",
    "Torna nella sua città natale.",
    "Il 25° anniversario delle relazioni.",
    "La Borsa ha chiuso in rialzo dell'1,5% a 34.500 punti.",
    "Il Milan ha vinto 3-1 davanti a 70.000 tifosi.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_it_no_false_positive(text: str) -> None:
    assert tag(text, "it", ANCHOR) == []


# TimeML's vague references: tagged with their REF value, never turned into a calendar date.
REFERENCES = [
    ("Ora il governo deve decidere.", "Ora", "PRESENT_REF"),
    ("La situazione è ora cambiata.", "ora", "PRESENT_REF"),
    ("Adesso la situazione è diversa.", "Adesso", "PRESENT_REF"),
    ("L'azienda attualmente impiega 300 persone.", "attualmente", "PRESENT_REF"),
    ("Al momento non ci sono feriti.", "Al momento", "PRESENT_REF"),
    ("In passato l'azienda ha perso soldi.", "In passato", "PAST_REF"),
    ("Di recente ha vissuto a Parigi.", "Di recente", "PAST_REF"),
    ("In futuro il piano sarà completato.", "In futuro", "FUTURE_REF"),
]
NOT_REFERENCES = [
    "È ora di partire.",
    "L'ora legale torna domenica.",
    "Un'ora fa.",
    "Il futuro governo decide.",
    "È passato molto.",
    "Ogni ora conta.",
]


@pytest.mark.parametrize(("text", "surface", "value"), REFERENCES)
def test_it_reference(text: str, surface: str, value: str) -> None:
    got = [(t.text, t.value, t.granularity) for t in tag(text, "it", ANCHOR)]
    assert (surface, value, "reference") in got, got


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_it_not_reference(text: str) -> None:
    assert all(t.granularity != "reference" for t in tag(text, "it", ANCHOR))


def test_it_day_after_an_event_is_not_counted_from_the_last_date() -> None:
    text = "Il 5 ottobre 2010 è arrivato. Lo sciopero è iniziato il giorno dopo il voto."
    assert all(not t.text.lower().startswith("il giorno dopo") for t in tag(text, "it", ANCHOR))


def test_it_relative_without_anchor_is_not_guessed() -> None:
    [t] = tag("L'ho visto ieri.", "it", None)
    assert t.value is None and t.relative


# The "assistant" convention (Recognizers-Text, Duckling), against the news default.
NOW = dt.datetime(2021, 10, 6, 4, 30)  # mercoledì, 04:30
# (text, surface, kind, value, end_value, news value or None when news gives another timex)
ASSISTANT = [
    ("Ci vediamo lunedì.", "lunedì", "date", "2021-10-11", None, "2021-10-04"),
    (
        "È successo due settimane fa.",
        "due settimane fa",
        "time",
        "2021-09-22T04:30",
        None,
        "2021-W38",
    ),  # fmt: skip
    ("È successo pochi giorni fa.", "pochi giorni fa", "time", "2021-10-03T04:30", None, None),
    ("È successo un mese fa.", "un mese fa", "date", "2021-09-06", None, "2021-09"),
    (
        "Mostra gli ultimi 2 giorni.",
        "ultimi 2 giorni",
        "interval",
        "2021-10-04",
        "2021-10-05",
        None,
    ),  # fmt: skip
    (
        "Nelle 24 ore passate.",
        "24 ore passate",
        "interval",
        "2021-10-05T04:00",
        "2021-10-06T03:00",
        None,
    ),  # fmt: skip
    (
        "Parto due giorni dopo domani.",
        "due giorni dopo domani",
        "date",
        "2021-10-09",
        None,
        None,
    ),  # fmt: skip
    ("Tra 1 ora.", "Tra 1 ora", "time", "2021-10-06T05:30", None, None),
    ("Torno 2 anni e 21 giorni dopo.", "2 anni e 21 giorni dopo", "date", "2023-10-27", None, None),
    ("Ci vediamo il giorno dopo.", "il giorno dopo", "date", "2021-10-07", None, "2021-10-07"),
    ("Ci vediamo alle 3:30.", "3:30", "time", "2021-10-07T03:30", None, "2021-10-06T03:30"),
    ("ci vediamo gio", "gio", "date", "2021-10-07", None, None),
    ("ci vediamo a natale", "natale", "date", "2021-12-25", None, None),
    ("Dove sei adesso?", "adesso", "time", "2021-10-06T04:30:00", None, "PRESENT_REF"),
    ("i tre prossimi mesi", "tre prossimi mesi", "interval", "2021-11", "2022-01", None),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "end", "news"), ASSISTANT)
def test_it_assistant_convention(
    text: str, surface: str, kind: str, value: str, end: str | None, news: str | None
) -> None:
    got = [(t.text, t.kind, t.value, t.end_value) for t in tag(text, "it", NOW,
                                                               convention="assistant")]  # fmt: skip
    assert (surface, kind, value, end) in got, got
    default = {t.text: t.value for t in tag(text, "it", NOW)}
    if news is not None:
        assert default.get(surface) == news, default
    else:
        assert surface not in default, default


def test_it_change_of_time_is_not_a_range() -> None:
    """'delle 15 alle 16' moves an appointment: two times, not an interval ('dalle' opens one)."""
    got = [
        (t.text, t.kind) for t in tag("Sposto l'appuntamento delle 15:00 alle 16:00.", "it", ANCHOR)
    ]
    assert ("15:00", "time") in got and not any(k == "interval" for _, k in got), got


# Passato remoto e futuro lontano, ere: un valore dove il calendario lo sa scrivere, se no None;
# lo span copre sempre tutta l'espressione. (text, surface, value)
DEEP_TIME = [
    ("Lucy visse 3,2 milioni di anni fa in Etiopia.", "3,2 milioni di anni fa", None),
    ("I dinosauri si estinsero 66 milioni di anni fa.", "66 milioni di anni fa", None),
    ("Il borgo fu fondato 1.000 anni fa.", "1.000 anni fa", "1021"),
    ("Tra 10000 anni il sole splenderà ancora.", "Tra 10000 anni", None),
    ("Nel III secolo a.C. Roma conquistò la Sicilia.", "III secolo a.C.", None),
    ("Cesare fu ucciso nel 44 a.C. a Roma.", "44 a.C.", None),
    ("Nel 79 d.C. il Vesuvio seppellì Pompei.", "79 d.C.", "0079"),
    ("Una tomba del 1500 avanti Cristo.", "1500 avanti Cristo", None),
]


@pytest.mark.parametrize(("text", "surface", "value"), DEEP_TIME)
def test_it_deep_time(text: str, surface: str, value: str | None) -> None:
    found = [t for t in tag(text, "it", ANCHOR) if t.kind == "date"]
    assert [(t.text, t.value) for t in found] == [(surface, value)]


# Il tempo verbale e gli indizi locali scelgono tra le occorrenze. (text, anchor, surface, value)
DIRECTION = [
    ("dalla scorsa edizione, tenutasi eccezionalmente in autunno, i lettori", dt.date(2022, 5, 23),
     "autunno", "2021-FA"),
    ("Entro il 2100 i ghiacciai spariranno.", dt.date(2019, 6, 20), "2100", "2100"),
    ("Il processo per la strage del '92 riprende.", dt.date(2019, 6, 20), "'92", "1992"),
    ("Il 20 set. 2021 è cominciato.", dt.date(2019, 6, 20), "20 set. 2021", "2021-09-20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "anchor", "surface", "value"), DIRECTION)
def test_it_direction(text: str, anchor: dt.date, surface: str, value: str) -> None:
    got = [(t.text, t.value) for t in tag(text, "it", anchor)]
    assert (surface, value) in got, got


@pytest.mark.parametrize(
    "text",
    ["Sconfitto in due set, per una volta.", "Ha vinto il primo set 6-4.", "Costa 2100 euro."],
)
def test_it_no_date_here(text: str) -> None:
    assert [t.text for t in tag(text, "it", ANCHOR) if t.kind == "date"] == []


# Cronaca di tutti i giorni. (text, surface, kind, value, end_value); ancora il 2021-10-06.
EVERYDAY = [
    ("Il 5 ottobre scorso è partito.", "5 ottobre scorso", "date", "2021-10-05", None),
    ("Il 25 ottobre scorso era qui.", "25 ottobre scorso", "date", "2020-10-25", None),
    ("Il prossimo 3 marzo si vota.", "prossimo 3 marzo", "date", "2022-03-03", None),
    ("È successo alle 15 di ieri.", "15 di ieri", "time", "2021-10-05T15:00", None),
    ("Ieri alle 15 è partito.", "15", "time", "2021-10-05T15:00", None),
    ("L'attentato dell'11 settembre 2001.", "11 settembre 2001", "date", "2001-09-11", None),
    ("Era nato il 7 luglio del 1943.", "7 luglio del 1943", "date", "1943-07-07", None),
    ("Nell'agosto del 2020 chiuse.", "agosto del 2020", "date", "2020-08", None),
    ("La cura dura da uno a tre giorni.", "da uno a tre giorni", "duration", "P1D", "P3D"),
    ("Servono tra i 35 e i 40 minuti.", "tra i 35 e i 40 minuti", "duration", "PT35M", "PT40M"),
    ("Servono 35-40 minuti.", "35-40 minuti", "duration", "PT35M", "PT40M"),
    ("Roglič ha chiuso in 44’23’’.", "44’23’’", "duration", "PT44M23S", None),
    ("Secondo Thomas a 14\".", "14\"", "duration", "PT14S", None),
    ("Giro in 1'18\"792.", "1'18\"792", "duration", "PT1M18.792S", None),
    ("Nel Novecento la città crebbe.", "Novecento", "date", "19", None),
    ("Nel ventesimo secolo crebbe.", "ventesimo secolo", "date", "19", None),
    ("A 80 anni appena compiuti, il cantautore è morto.", "80 anni", "age", "P80Y", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind", "value", "end"), EVERYDAY)
def test_it_everyday(text: str, surface: str, kind: str, value: str, end: str | None) -> None:
    got = [(t.text, t.kind, t.value, t.end_value) for t in tag(text, "it", ANCHOR)]
    assert (surface, kind, value, end) in got, got


@pytest.mark.parametrize(
    "text", ["Al 90' segna Rossi.", "Condannato a sei anni.", "Il conto: novecento euro."]
)
def test_it_no_duration_or_age_here(text: str) -> None:
    assert [t.text for t in tag(text, "it", ANCHOR) if t.kind in ("duration", "age")] == (
        ["sei anni"] if "sei anni" in text else []
    )
    assert all(t.kind != "age" for t in tag(text, "it", ANCHOR))


def test_it_years_from_context_without_a_publication_date() -> None:
    text = "Nell'ottobre 2014 fu arrestato; a dicembre il processo e il 5 marzo la sentenza."
    got = [(t.text, t.value) for t in tag(text, "it")]
    assert ("dicembre", "2014-12") in got and ("5 marzo", "2014-03-05") in got
    alone = [(t.text, t.value) for t in tag("Il 5 ottobre partì.", "it", year_hint=2021)]
    assert alone == [("5 ottobre", "2021-10-05")]
    assert [t.value for t in tag("Il 5 ottobre partì.", "it")] == [None]


def test_it_named_day_and_its_date_in_apposition_are_one() -> None:
    got = [
        (t.text, t.value) for t in tag("Appuntamento domani 10 maggio.", "it", dt.date(2018, 5, 9))
    ]
    assert got == [("domani 10 maggio", "2018-05-10")]


def test_it_a_church_named_after_a_saint_is_no_holiday() -> None:
    assert tag("Partendo dalla chiesa di San Giuseppe.", "it", ANCHOR) == []
