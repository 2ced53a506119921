"""Resolution: merge what is one real-world fact, keep apart what is not (mention frames by hand)."""

from __future__ import annotations

from datetime import date

import polars as pl

from pipeline.model import AGREEMENT_MENTIONS, EVENT_MENTIONS, INDICATOR_MENTIONS, PERSON_MENTIONS, from_records
from pipeline.resolve.run import resolve_all


def person(doc, sid, name, surface=None, title=None, country=None):
    return {"doc_id": doc, "sentence_id": sid, "char_start": 0, "char_end": len(surface or name),
            "surface": surface or name, "name": name, "title": title, "country_iso3": country}


def p(name, country, role="participant", kind="person"):
    return {"name": name, "actor_type": kind, "country_iso3": country, "role": role}


def event(doc, sid, etype, start=None, end=None, prec=None, participants=(), host=None, status="occurred", rnd=None, **kw):
    return {"doc_id": doc, "sentence_id": sid, "char_start": 0, "char_end": 10, "event_type": etype, "status": status,
            "date_start": start, "date_end": end, "date_precision": prec or ("unknown" if start is None else "day"),
            "host_country_iso3": host, "mechanism_round": rnd, "participants": list(participants),
            "summary": f"{etype} in {doc}", **kw}


def resolve(persons=(), events=(), agreements=(), indicators=()):
    return resolve_all({
        "person_mentions": from_records(list(persons), PERSON_MENTIONS),
        "event_mentions_raw": from_records(list(events), EVENT_MENTIONS),
        "agreement_mentions_raw": from_records(list(agreements), AGREEMENT_MENTIONS),
        "indicator_mentions_raw": from_records(list(indicators), INDICATOR_MENTIONS),
    })


def names(tables) -> set[str]:
    return set(tables["actors"].filter(pl.col("actor_type") == "person")["name"])


def test_person_surface_forms_merge_across_documents():
    t = resolve(persons=[
        person("d1", 0, "Pushpa Kamal Dahal", title="Prime Minister", country="NPL"),
        person("d1", 3, "Pushpa Kamal Dahal", surface="Dahal"),
        person("d2", 0, "Kamal Dahal", country="NPL"),
        person("d3", 1, "Pushpa Kamal Dahal", surface="Mr. Dahal"),
    ])
    assert names(t) == {"Pushpa Kamal Dahal"}
    aliases = set(t["actor_aliases"]["alias"])
    assert {"Dahal", "Kamal Dahal", "Mr. Dahal", "Pushpa Kamal Dahal"} <= aliases
    assert t["positions"].select("title", "country_iso3").rows() == [("Prime Minister", "NPL")]


def test_people_sharing_a_surname_never_merge():
    t = resolve(persons=[
        person("d1", 0, "Asif Ali Zardari", country="PAK"),
        person("d1", 4, "Bilawal Bhutto Zardari", country="PAK"),
        person("d2", 0, "Nawaz Sharif", country="PAK"),
        person("d3", 0, "Shehbaz Sharif", country="PAK"),
        person("d4", 0, "Zardari"),  # a bare surname that fits two people: no actor
    ])
    assert names(t) == {"Asif Ali Zardari", "Bilawal Bhutto Zardari", "Nawaz Sharif", "Shehbaz Sharif"}


def test_same_name_different_country_stays_apart():
    t = resolve(persons=[person("d1", 0, "Ali Khan", country="PAK"), person("d2", 0, "Ali Khan", country="AFG")])
    assert t["actors"].filter(pl.col("actor_type") == "person").height == 2


def test_coarse_visit_merges_into_precise_one_finest_precision_wins():
    ps = [person(d, 0, "Hakan Fidan", country="TUR") for d in ("a", "b", "c")]
    visitor = [p("Hakan Fidan", "TUR", "visitor")]
    t = resolve(persons=ps, events=[
        event("a", 0, "visit", date(2024, 3, 4), date(2024, 3, 6), "day", visitor, host="AZE"),
        event("b", 0, "visit", date(2024, 3, 1), None, "month", visitor, host="AZE"),
        event("c", 0, "visit", date(2024, 1, 1), None, "year", visitor, host="AZE"),
    ])
    ev = t["events"]
    assert ev.height == 1
    row = ev.row(0, named=True)
    assert (row["date_start"], row["date_end"], row["date_precision"], row["n_documents"]) == (date(2024, 3, 4), date(2024, 3, 6), "day", 3)
    assert row["plover_type"] == "CONSULT"
    assert t["event_mentions"].height == 3


def test_two_meetings_of_the_same_pair_in_different_months_stay_apart():
    ps = [person("a", 0, "Wang Yi", country="CHN"), person("a", 0, "Ishaq Dar", country="PAK")]
    pair = [p("Wang Yi", "CHN"), p("Ishaq Dar", "PAK")]
    t = resolve(persons=ps, events=[
        event("a", 0, "meeting", date(2024, 5, 1), None, "month", pair),
        event("a", 5, "meeting", date(2024, 9, 1), None, "month", pair),
    ])
    assert t["events"].height == 2


def test_meetings_with_different_counterparts_stay_apart_and_link_to_visit():
    ps = [person("a", 0, n, country=c) for n, c in (("Xi Jinping", "CHN"), ("Sadyr Japarov", "KGZ"), ("Asif Ali Zardari", "PAK"))]
    t = resolve(persons=ps, events=[
        event("a", 1, "visit", date(2025, 2, 4), date(2025, 2, 8), "day", [p("Asif Ali Zardari", "PAK", "visitor")], host="CHN"),
        event("a", 2, "meeting", date(2025, 2, 5), None, "day", [p("Xi Jinping", "CHN"), p("Sadyr Japarov", "KGZ")], location_country_iso3="CHN"),
        event("a", 2, "meeting", date(2025, 2, 5), None, "day", [p("Xi Jinping", "CHN"), p("Asif Ali Zardari", "PAK")], location_country_iso3="CHN"),
    ])
    ev = t["events"]
    assert ev.filter(pl.col("event_type") == "meeting").height == 2
    visit_id = ev.filter(pl.col("event_type") == "visit")["event_id"][0]
    parents = dict(ev.filter(pl.col("event_type") == "meeting").select("summary", "parent_event_id").iter_rows())
    linked = t["events"].filter(pl.col("parent_event_id") == visit_id)
    assert linked.height == 1  # only the meeting Zardari took part in hangs under Zardari's visit
    assert None in parents.values()


def test_planned_and_occurred_are_different_facts():
    ps = [person("a", 0, "Narendra Modi", country="IND")]
    v = [p("Narendra Modi", "IND", "visitor")]
    t = resolve(persons=ps, events=[
        event("a", 0, "visit", None, None, None, v, host="BGD", status="planned"),
        event("a", 3, "visit", date(2023, 6, 1), None, "month", v, host="BGD"),
    ])
    assert sorted(t["events"]["plover_type"]) == ["AGREE", "CONSULT"]


def indicator(doc, value, metric="trade_total", year=2023, src=None, **kw):
    return {"doc_id": doc, "sentence_id": 0, "char_start": 0, "char_end": 5, "metric": metric, "value": value, "unit": "USD",
            "period_start": date(year, 1, 1), "period_end": date(year, 12, 31), "period_precision": "year",
            "source_org": src, **kw}


def test_indicators_merge_within_rounding_and_conflicts_stay_apart():
    t = resolve(indicators=[
        indicator("a", 12_340_000_000, change_pct=4.5),
        indicator("b", 12_300_000_000),          # "$12.3 billion": same figure, rounded
        indicator("c", 14_100_000_000),          # another source disagrees
        indicator("a", 9_000_000_000, metric="exports", from_country_iso3="IND", to_country_iso3="BGD"),
    ])
    ind = t["indicators"].sort("value")
    assert ind.select("metric", "value", "n_documents").rows() == [
        ("exports", 9e9, 1), ("trade_total", 12.34e9, 2), ("trade_total", 14.1e9, 1)
    ]
    assert ind.filter(pl.col("n_documents") == 2)["change_pct"].to_list() == [4.5]


def test_agreements_merge_across_documents():
    parties = [p("India", "IND", "party", "country"), p("Bangladesh", "BGD", "party", "country")]
    base = {"sentence_id": 0, "char_start": 0, "char_end": 5, "agreement_type": "mou", "signed_date": date(2024, 6, 22),
            "signed_precision": "day", "quantity": 10, "parties": parties, "topics": ["railways"]}
    t = resolve(agreements=[
        base | {"doc_id": "a"},
        base | {"doc_id": "b", "topics": ["railways", "digital economy"], "signed_date": date(2024, 6, 1), "signed_precision": "month"},
        base | {"doc_id": "c", "quantity": 3, "signed_date": date(2023, 1, 1), "signed_precision": "year"},
    ])
    agr = t["agreements"].sort("signed_date")
    assert agr.select("signed_date", "quantity", "n_documents").rows() == [(date(2023, 1, 1), 3, 1), (date(2024, 6, 22), 10, 2)]
    assert set(t["agreement_parties"]["actor_id"]) == {"cty_IND", "cty_BGD"}
    assert set(t["agreement_topics"]["topic"]) == {"railways", "digital economy"}


def test_ids_are_stable_when_unrelated_facts_arrive():
    ps = [person("a", 0, "Hakan Fidan", country="TUR")]
    e1 = event("a", 0, "visit", date(2024, 3, 4), None, "day", [p("Hakan Fidan", "TUR", "visitor")], host="AZE")
    first = resolve(persons=ps, events=[e1])["events"]["event_id"].to_list()
    more = resolve(
        persons=ps + [person("z", 0, "Luiz Inacio Lula da Silva", country="BRA")],
        events=[e1, event("z", 0, "phone_call", date(2024, 7, 1), None, "month", [p("Luiz Inacio Lula da Silva", "BRA")])],
    )["events"]["event_id"].to_list()
    assert set(first) <= set(more) and len(more) == 2


def test_same_numbered_round_of_a_mechanism_is_one_event_whatever_the_word_order():
    ps = [person("a", 0, "Rajiv Menon", country="IND"), person("a", 0, "Tahmina Haque", country="BGD")]
    t = resolve(persons=ps, events=[
        event("a", 3, "meeting", date(2025, 3, 10), None, "day", [p("Rajiv Menon", "IND"), p("Tahmina Haque", "BGD")],
              mechanism="India-Bangladesh Joint Consultative Commission", rnd=8),
        event("b", 5, "meeting", date(2025, 3, 11), None, "day", [],
              mechanism="Bangladesh-India Joint Consultative Commission", rnd=8),
        event("b", 9, "meeting", date(2023, 6, 1), None, "month", [],
              mechanism="Bangladesh-India Joint Consultative Commission", rnd=7),
    ])
    assert sorted(t["events"].select("mechanism_round", "n_documents").rows()) == [(7, 1), (8, 2)]


def test_a_visit_is_identified_by_its_visitors_not_its_hosts():
    ps = [person("a", 0, "Rajiv Menon", country="IND"), person("b", 0, "Rajiv Menon", country="IND"), person("b", 0, "Tahmina Haque", country="BGD")]
    t = resolve(persons=ps, events=[
        event("a", 0, "visit", date(2025, 3, 10), None, "day", [p("Rajiv Menon", "IND", "visitor")], host="BGD"),
        event("b", 0, "visit", date(2025, 3, 10), None, "day", [p("Rajiv Menon", "IND", "visitor"), p("Tahmina Haque", "BGD", "host")], host="BGD"),
    ])
    assert t["events"]["n_documents"].to_list() == [2]
