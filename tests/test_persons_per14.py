"""Persons (round per14): document forms with a first person and labelled speakers - a
parliamentary record ("The Minister of State for Asia (X): ...", "X (Constituency) (Party): ..."
under a "Hansard - UK Parliament" masthead), a speech whose header names the speaker ("Remarks by
X, ..."), an interview whose answers are labelled with the speaker's initials - and what the
first person says of journeys and meetings ("my visit to Kenya", "to be back in Nairobi", "I was
received by President Y", "to whom I handed a letter from Z"); also a ministry's portfolio
"Mineral Resources", a body named with "and" between an office and the name, "the Ambassador of
X in <city>, Y" and "Ambassador Y has represented X in Z"."""

from __future__ import annotations

from pipeline.extract.persons_first_person import _initials, _label_speaker
from pipeline.extract.persons_home_country import masthead_country
from tests.test_persons_per13 import _people, _people_by


# -- titles -------------------------------------------------------------------------------------


def test_mineral_resources_portfolio_with_a_comma_series():
    people = _people(
        "Zambia's Minister of Mineral Resources, Energy and Water, Mr Chanda Mwale, toured the mine."
    )
    assert people["Chanda Mwale"][0] == {"ZMB"}
    assert "Minister of Mineral Resources, Energy and Water" in people["Chanda Mwale"][1]


def test_office_of_a_body_named_with_and_before_the_name():
    people = _people(
        "The delegation called on Vice Premier and Chairman of the State Planning and Budget "
        "Commission Wen Qiaolin in Beijing on Friday. Wen Qiaolin said China valued the ties."
    )
    titles = people["Wen Qiaolin"][1]
    assert any(t.startswith("Chairman") for t in titles)


def test_ambassador_of_a_country_posted_in_a_city():
    people = _people(
        "Guests included the Ambassador of Ghana in Rome, Mrs Abena Owusu-Mensah, and the mayor."
    )
    assert people["Abena Owusu-Mensah"] == ({"GHA"}, {"Ambassador"})


def test_an_envoy_who_has_represented_a_country_in_another():
    people = _people(
        "Ambassador Tomás Herrera Vidal has represented Chile in Peru since 2022. He spoke to us "
        "at the residence in Lima."
    )
    assert people["Tomás Herrera Vidal"][0] == {"CHL"}


# -- a parliamentary record ---------------------------------------------------------------------


def test_parliament_masthead_gives_the_country():
    assert masthead_country("Hansard - UK Parliament") == "GBR"
    assert masthead_country("Parliament of Ghana") == "GHA"
    assert masthead_country("Ghana Parliament approves the budget") is None


_HANSARD = (
    "Hansard - UK Parliament\n"
    "House of Commons\n"
    "Monday 4 May 2026\n\n"
    "UK-Indonesia Relations\n\n"
    "The Minister of State for Asia (Thomas Fairley-Grant): With permission, Mr Speaker, I will "
    "make a statement on my visit to Indonesia.\n\n"
    "From 20 to 23 April I visited Jakarta and Surabaya. On 21 April I was received at the "
    "palace by President Budi Santoso Wirawan, to whom I conveyed a letter from my right hon. "
    "Friend the Prime Minister. Trade between the UK and Indonesia grew last year, and "
    "Indonesia remains a valued partner of the UK.\n\n"
    "Joanna Pryce-Evans (Cardiff South and Penarth) (Lab): I thank the Minister. Will she "
    "publish the communiqué?\n\n"
    "Thomas Fairley-Grant: I will. I also met Indonesia's Trade Minister on the margins.\n"
)


def test_hansard_office_with_the_holder_in_brackets():
    people = _people(_HANSARD)
    assert people["Thomas Fairley-Grant"][0] == {"GBR"}
    assert "Minister of State" in people["Thomas Fairley-Grant"][1]


def test_hansard_member_labelled_with_constituency_and_party():
    people = _people(_HANSARD)
    assert people["Joanna Pryce-Evans"] == ({"GBR"}, {"Member of Parliament"})


def test_hansard_first_person_received_by_a_host():
    people = _people(_HANSARD)
    assert people["Budi Santoso Wirawan"][0] == {"IDN"}


# -- a speech and its header --------------------------------------------------------------------


_SPEECH = (
    "Embassy of Sweden in Kenya\n\n"
    "Kenya - Remarks by Mr Lars Ekholm-Berg, Minister for Foreign Trade, at the opening of the "
    "Sweden-Kenya business forum\n\n"
    "Nairobi, 12 May 2026\n\n"
    "Ladies and gentlemen,\n\n"
    "I am delighted to be back in Nairobi. Yesterday I was received by President Samuel Kiptoo "
    "Otieno, to whom I handed a letter from the Prime Minister, Mr Henrik Dahlgren. Sweden and "
    "Kenya have a long friendship, and Swedish companies employ many people in Kenya.\n\n"
    "Last week, Prime Minister Dahlgren and President Otieno spoke by telephone. Sweden will "
    "remain a partner of Kenya.\n"
)


def test_speech_speaker_travels_to_the_venue():
    people = _people_by("Embassy of Sweden in Kenya", _SPEECH)
    assert people["Lars Ekholm-Berg"] == {"SWE"}


def test_speech_host_and_the_sender_of_the_letter_handed_over():
    people = _people_by("Embassy of Sweden in Kenya", _SPEECH)
    assert people["Samuel Kiptoo Otieno"] == {"KEN"}
    assert people["Henrik Dahlgren"] == {"SWE"}


# -- an interview labelled with initials --------------------------------------------------------


def test_initials_label_names_the_interviewee():
    assert _initials("Tomás Herrera Vidal") == "THV"
    assert _initials("Ana Pérez-Soto") == "APS"


def test_label_speaker_of_a_question_and_of_an_answer():
    from pipeline.extract.persons_runs import _Run

    names = {"Tomás Herrera Vidal", "Rosa Quispe"}
    assert _label_speaker("THV: We met last week.", [], names) == (True, "Tomás Herrera Vidal")
    assert _label_speaker("LR: And trade?", [], names) == (True, None)
    text = "Ambassador Herrera Vidal: It was a good year."
    run = _Run(11, 24, ("Herrera", "Vidal"), ((11, 18), (19, 24)), text)
    assert _label_speaker(text, [(run, "Tomás Herrera Vidal")], names) == (
        True, "Tomás Herrera Vidal"
    )
    assert _label_speaker("In short, the talks went well.", [], names) == (False, None)


# -- companions ---------------------------------------------------------------------------------


def test_companion_without_a_country_takes_the_travellers():
    people = _people(
        "President Ibrahim Nasir Latheef of the Maldives undertook a State Visit to Bangladesh "
        "at the invitation of President Rafiqul Islam Chowdhury of Bangladesh.\n\n"
        "The visiting President was accompanied by his spouse, Madam Fathimath Rasheeda, and a "
        "business delegation. Bangladesh and the Maldives signed three agreements."
    )
    assert people["Fathimath Rasheeda"][0] == {"MDV"}


def test_companion_named_after_the_traveller_in_one_sentence():
    people = _people(
        "Prime Minister Aroha Tane-Whitfield of New Zealand, accompanied by Dame Miriama "
        "Kereama-Holt, arrived in Suva on Monday. New Zealand and Fiji agreed to expand trade; "
        "Fiji welcomed the visit."
    )
    assert people["Miriama Kereama-Holt"][0] == {"NZL"}


def test_companion_of_the_guest_not_of_the_inviting_host():
    people = _people(
        "At the invitation of President Ahmet Kaya Demirel of Türkiye, the Honourable Tan Sri "
        "Rahman bin Yusof, Prime Minister of Malaysia, is paying an official visit to Türkiye "
        "from 3 to 5 May 2026. He is accompanied by Ministers, including Dato' Seri Kamal bin "
        "Hashim, Minister of Foreign Affairs. Malaysia and Türkiye signed two agreements."
    )
    assert people["Kamal bin Hashim"][0] == {"MYS"}


def test_bracketed_remit_before_a_name_is_no_holder():
    people = _people(
        "Additional Secretary (Middle-East) Farah Naz Qureshi of Pakistan joined the talks."
    )
    assert "Middle-East" not in people
    assert people["Farah Naz Qureshi"][0] == {"PAK"}


# -- titles (title recall) ----------------------------------------------------------------------


def test_state_secretary_to_a_minister_of_a_country():
    people = _people(
        "Commerce Secretary Shri Rajiv Rao met the State Secretary to the Minister for Foreign "
        "Trade of Norway, Ms. Ingrid Solberg-Haug, in New Delhi on Tuesday."
    )
    assert people["Ingrid Solberg-Haug"] == (
        {"NOR"}, {"State Secretary to the Minister for Foreign Trade"}
    )


def test_minister_for_europe_and_foreign_affairs_is_one_title():
    people = _people(
        "Remarks by Ms Claire Dupont-Marais, Minister for Europe and Foreign Affairs, at the "
        "ceremony in Rabat."
    )
    assert people["Claire Dupont-Marais"][1] == {"Minister for Europe and Foreign Affairs"}
