"""Persons (round per13): a country's long form that begins inside a title ("President of the
Republic of Maldives"), a name broken by a hard-wrapped line, bracketed sub-portfolios and
"Minister Delegate for ...", "President of the Council of Ministers", the co-chairs of a passive
"co-chaired by X and Y", an embassy's own envoy on the embassy's pages, an envoy who calls on an
official, "the visiting <office>" standing for a traveller named further back, high commissions
and consulates as embassies, and two fixes of the links between officials."""

from __future__ import annotations

import polars as pl

from pipeline.extract.persons_embassies import names_mission
from pipeline.extract.persons_home import _adopt_speakers
from pipeline.extract.persons_home_country import mission_countries
from pipeline.extract.persons_links import _coordinated_peers
from pipeline.extract.persons_runs import _Run
from tests.test_persons_per12 import _people, people_of_document


def _people_by(publisher: str, text: str) -> dict[str, set]:
    """name -> countries for one document issued by ``publisher``."""
    return people_of_document(text, publisher=publisher)


# -- "President of the Republic of X": the country's long form starts inside the title ------------


def test_republic_long_form_inside_an_appositive_title():
    people = _people(
        "Dr. Ali Hassan Zaki, President of the Republic of Maldives, paid a visit to Nepal."
    )
    assert people["Ali Hassan Zaki"][0] == {"MDV"}
    assert "President" in people["Ali Hassan Zaki"][1]


def test_republic_long_form_before_a_verb_after_a_wrapped_line():
    people = _people(
        "Mrs. Halima Yusuf Bello, President of the Republic of Ghana, under-\n"
        "took an official visit to Peru."
    )
    assert people["Halima Yusuf Bello"][0] == {"GHA"}


# -- a name broken by the wrap of a hard-wrapped paragraph (a statement converted from PDF) -------


def test_name_broken_across_a_hard_wrapped_line():
    text = (
        "PRESS RELEASE\n\n"
        "4. The 2nd Session of the Kenya-Peru Joint Commission was held in Nairobi on 3rd May and\n"
        "was co-chaired by the Minister of Foreign Affairs of Kenya, Hon. Wanjiku Achieng Kamau\n"
        "Mwangi, and her Peruvian counterpart. The 1st Session of the Commission was held in\n"
        "the city of Lima in March 2024. Both sides agreed to convene the 3rd Session of the\n"
        "body in Lima in 2027, on dates to be fixed through diplomatic channels in due course.\n"
    )
    people = _people(text)
    assert "Wanjiku Achieng Kamau Mwangi" in people
    assert people["Wanjiku Achieng Kamau Mwangi"][0] == {"KEN"}


def test_short_heading_line_does_not_join_the_next_line():
    text = "Delegation\nMaria Lopez Vidal, Foreign Minister of Chile, said the talks went well.\n"
    people = _people(text)
    assert "Maria Lopez Vidal" in people
    assert not any(name.startswith("Delegation") for name in people)


# -- generic ministers: a bracketed sub-portfolio, "Minister Delegate for <qualified portfolio>" ---


def test_bracketed_sub_portfolio_and_long_portfolio_list():
    people = _people(
        "The accord was signed by Kenya's Minister of State for Petroleum Resources (Gas), "
        "Amina Wanjiru Odhiambo, and Chile's Minister of Energy Transition and Sustainable "
        "Development, Carla Soto Vidal."
    )
    assert people["Amina Wanjiru Odhiambo"] == (
        {"KEN"}, {"Minister of State for Petroleum Resources (Gas)"})
    assert people["Carla Soto Vidal"] == (
        {"CHL"}, {"Minister of Energy Transition and Sustainable Development"})
    assert "Transition" not in people


def test_minister_delegate_with_a_regional_qualifier():
    people = _people(
        "Tunisia's Minister Delegate for African Cooperation, Samira Ben Salah Trabelsi, also "
        "attended the forum in Dakar."
    )
    assert people["Samira Ben Salah Trabelsi"] == (
        {"TUN"}, {"Minister Delegate for African Cooperation"})
    assert "Delegate" not in people


def test_president_of_the_council_of_ministers_is_a_prime_minister():
    people = _people(
        "President of the Council of Ministers Tomasz Nowicki Zielinski of Poland opened the "
        "forum in Warsaw."
    )
    assert people["Tomasz Nowicki Zielinski"] == ({"POL"}, {"Prime Minister"})


# -- "co-chaired by X and the <demonym> <office>, Y": the two chairs serve the two sides ----------


def test_cochaired_by_pair_serve_opposite_sides():
    text = (
        "Spain and Chile held their 4th bilateral summit in Santiago on 4 May. The summit was "
        "co-chaired by President of the Government Pablo Ruiz Serrano and the Chilean Foreign "
        "Minister, Ana Maria Rojas. Spain and Chile also signed a memorandum on water management."
    )
    people = _people(text)
    assert people["Ana Maria Rojas"][0] == {"CHL"}
    assert people["Pablo Ruiz Serrano"] == ({"ESP"}, {"Prime Minister"})


# -- an embassy's own envoy, on the embassy's pages ----------------------------------------------


def test_mission_countries_from_publisher():
    docs = pl.DataFrame({
        "doc_id": ["a", "b", "c"],
        "publisher": ["Embassy of Norway in Hanoi", "High Commission of Kenya, Ottawa", "The Star"],
    })
    assert mission_countries(docs) == {"a": "NOR", "b": "KEN"}
    assert mission_countries(None) == {}


def test_embassy_pages_give_their_unqualified_ambassador_the_embassy_country():
    text = (
        "Norway and Viet Nam marked 55 years of relations this year. Ambassador Ingrid Solberg "
        "Haugen hosted a reception in Hanoi on 3 June for Vietnamese and Norwegian guests."
    )
    assert _people_by("Embassy of Norway in Hanoi", text)["Ingrid Solberg Haugen"] == {"NOR"}


def test_envoy_calls_on_an_official_of_the_other_side():
    text = (
        "Norway and Viet Nam marked 55 years of relations this year. Ambassador Ingrid Solberg "
        "Haugen called on Deputy Minister of Industry Tran Quoc Bao on 12 June. Norway and Viet "
        "Nam agreed to expand trade."
    )
    people = _people_by("Embassy of Norway in Hanoi", text)
    assert people["Ingrid Solberg Haugen"] == {"NOR"}
    assert people["Tran Quoc Bao"] == {"VNM"}


# -- "the visiting <office>" stands for the traveller, named further back -------------------------


def test_visiting_office_reference_makes_the_one_called_on_a_host():
    text = (
        "DHAKA, March 3 - Minister of Shipping Karim Hossain Chowdhury paid an official visit "
        "to Japan from 1 to 4 March.\n\n"
        "He visited the port of Yokohama.\n\n"
        "The delegation toured two shipyards.\n\n"
        "The delegation also met business leaders.\n\n"
        "Officials said the programme was busy.\n\n"
        "A training plan was discussed.\n\n"
        "On the last day, the visiting Minister called on Minister of Land Hiroshi Tanabe in "
        "Tokyo.\n"
    )
    people = _people(text)
    assert people["Karim Hossain Chowdhury"][0] == {"BGD"}
    assert people["Hiroshi Tanabe"][0] == {"JPN"}


# -- high commissions and consulates are embassies too --------------------------------------------


def test_high_commission_or_consulate_alone_gives_its_envoy_a_country():
    assert names_mission("at the Kenyan High Commission in Ottawa")
    assert names_mission("the Peruvian Consulate General in Shanghai")
    assert not names_mission("the Ministry of Trade")
    people = _people(
        "At the Kenyan High Commission in Ottawa, High Commissioner Mary Wanjiru Kamau hosted a "
        "reception.",
        "At the Peruvian Consulate General in Shanghai, Consul General Jorge Luis Salas opened "
        "an exhibition.",
    )
    assert people["Mary Wanjiru Kamau"][0] == {"KEN"}
    assert people["Jorge Luis Salas"][0] == {"PER"}


# -- the links between officials: a pair is linked once; one helper adopts a subject's country ---


def test_coordinated_heads_are_linked_once():
    text = "President Aldo Rossi and President Jan Novak held talks in Rome."
    a = _Run(10, 20, ("Aldo", "Rossi"), ((10, 14), (15, 20)), text, titles=["President"])
    b = _Run(35, 44, ("Jan", "Novak"), ((35, 38), (39, 44)), text, titles=["President"])
    resolved = [(0, a, "Aldo Rossi", None), (1, b, "Jan Novak", None)]
    assert _coordinated_peers(resolved, [0, 0]) == [("Aldo Rossi", "Jan Novak")]


def test_adopt_speakers_from_subject_then_from_host():
    country = {"Minister A": "KEN"}
    _adopt_speakers([("Spokesman B", "Minister A"), ("Spokesman C", "Minister D")], country)
    assert country == {"Minister A": "KEN", "Spokesman B": "KEN"}
    _adopt_speakers([("Spokesman C", "Minister D")], country, {"Spokesman C": "PER"})
    assert country["Spokesman C"] == "PER"
    _adopt_speakers([("Spokesman B", "Minister D")], country, {"Spokesman B": "PER"})
    assert country["Spokesman B"] == "KEN"  # (a country already settled stays)


# -- police ranks written before a name; "Secretary, Ministry of <portfolio>" ---------------------


def test_ghanaian_police_rank_before_a_name():
    people = _people(
        "ACCRA, May 4 - The Ashanti Regional Police Commander, DCOP Kwesi Mensah Owusu, said "
        "patrols had been stepped up."
    )
    assert people["Kwesi Mensah Owusu"][0] == {"GHA"}
    assert "Regional Police Commander" in people["Kwesi Mensah Owusu"][1]


def test_secretary_comma_ministry_of_portfolio_appositive():
    people = _people(
        "ISLAMABAD, May 4 - The talks were led by Dr. Imran Aziz Qureshi, Secretary, Ministry of "
        "Maritime Affairs, and a Turkish delegation."
    )
    assert people["Imran Aziz Qureshi"] == ({"PAK"}, {"Secretary of Maritime Affairs"})


def test_cochairs_with_an_appositive_between_them():
    people = _people(
        "Bangladesh and Japan held agriculture talks. The meeting was co-chaired by Dr. Imran "
        "Aziz Chowdhury, Secretary, Ministry of Agriculture, and Ms. Keiko Tanaka, Vice Minister "
        "of Agriculture of Japan. Bangladesh and Japan agreed to expand trade."
    )
    assert people["Keiko Tanaka"][0] == {"JPN"}
    assert people["Imran Aziz Chowdhury"][0] == {"BGD"}


# -- "<title> of <a body named after one country> (ACRONYM) <name>": the body's country -----------


def test_office_of_a_national_body_written_before_the_name():
    people = _people(
        "Chairman of the Kazakh Chamber of Commerce and Industry Nurlan Serikovich Abenov said "
        "trade grew.",
        "It was co-chaired by Vice Chairman of the Japan Council for the Promotion of Foreign "
        "Trade (JCPFT) Kenji Morimoto and others.",
    )
    assert people["Nurlan Serikovich Abenov"] == ({"KAZ"}, {"Chairman"})
    assert people["Kenji Morimoto"] == ({"JPN"}, {"Vice Chairman"})
    assert not any(name.startswith(("Industry", "Trade")) for name in people)


def test_office_of_a_body_of_two_countries_serves_neither():
    people = _people(
        "President of the Kenya-Uganda Chamber of Commerce Amos Okello Wafula said trade grew."
    )
    assert None in people.get("Amos Okello Wafula", ({None}, set()))[0]


def test_national_body_acronym_before_a_title():
    from pipeline.extract.persons_acronyms import acronym_countries

    assert acronym_countries(
        ["It met at the Kazakh Chamber of Commerce and Industry (KazCCI) in Astana.",
         "The Kenya-Uganda Business Council (KUBC) met.", "No acronym here."]
    ) == {"KazCCI": "KAZ"}
    text = (
        "The 5th meeting of the Kazakh-Korean Business Council was held at the Kazakh Chamber "
        "of Commerce and Industry (KazCCI) in Astana on Tuesday. KazCCI Chairman Nurlan "
        "Serikovich Abenov opened the meeting.\n\n"
        "KazCCI First Deputy Chairman Aigerim Bolatovna Sadykova said the Board would meet in May."
    )
    people = _people(text)
    assert people["Nurlan Serikovich Abenov"][0] == {"KAZ"}
    assert people["Aigerim Bolatovna Sadykova"][0] == {"KAZ"}


def test_national_body_office_does_not_reach_over_another_name():
    people = _people(
        "At the invitation of Premier of the State Council of the People's Republic of China "
        "Li Wenhao, the Honourable Dato' Seri Ahmad Zaki bin Yusof, Prime Minister of Malaysia, "
        "is paying an official visit to China."
    )
    assert people["Ahmad Zaki bin Yusof"] == ({"MYS"}, {"Prime Minister"})
    assert people["Li Wenhao"][0] == {"CHN"}


def test_italian_ministry_title_with_made_in_italy():
    people = _people(
        "In Rome, Tunisia's Minister of Industry, Sami Ben Ali Gharbi, met the Minister of "
        "Enterprises and Made in Italy, Paolo Ferri Lanza."
    )
    assert people["Paolo Ferri Lanza"] == ({"ITA"}, {"Minister of Enterprises and Made in Italy"})
    assert people["Sami Ben Ali Gharbi"][0] == {"TUN"}
