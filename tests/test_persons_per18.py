"""Persons (round per18): a news site's navigation bar with its own country's desk beside the
world desk, and a national body's site name ("MOFA Japan"), as the home country; the words after
"Ministry of" are the body's portfolio, not a speaker; a national body's acronym closing a title
phrase ("Deputy Chief of the TPDF, General X") and the last of two coordinated bodies spelled out
before it; a companion is read one way (an escort of the host's side says nothing of the
visitor's); a body's short name in brackets and an office "in the Ministry of Finance" between a
title and a comma; General Manager titles; the letters a name is written with as a national
style; the presiding officers of a national assembly or senate as offices of the state."""

from __future__ import annotations

from pipeline.extract.persons_acronyms import acronym_countries
from pipeline.extract.persons_name_letters import name_letter_countries
from pipeline.extract.persons_nav_bar import nav_bar_country, site_name_country
from tests.test_persons_per12 import _people, people_of_document


# -- a navigation bar's own-country desk and a site name as the home country --------------------


def test_nav_bar_with_a_world_desk_names_the_home_country():
    assert nav_bar_country("Home | Kenya | Politics | World | Sports") == "KEN"
    assert nav_bar_country("Home • Nepal • Business • International • Opinion") == "NPL"
    assert nav_bar_country("News | Latest | Ghana | Africa | World | Sport") == "GHA"


def test_nav_bar_without_a_world_desk_or_with_two_countries_is_no_home():
    assert nav_bar_country("Home | National | Diplomacy | North Korea | Sports") is None
    assert nav_bar_country("Home | Asia | China | Japan | World") is None
    assert nav_bar_country("Kenya | World") is None


def test_nav_bar_gives_the_unqualified_minister_its_country():
    doc = (
        "The Ledger\nHome | Kenya | Politics | Business | World | Sports\n\n"
        "Nairobi and Kampala agree on rail link\n\nStaff Writer\n\n"
        "Transport Minister Joseph Kiprono Mutai met Uganda's High Commissioner on Monday to "
        "discuss the standard gauge railway.\n"
    )
    assert people_of_document(doc)["Joseph Kiprono Mutai"] == {"KEN"}
    doc = (
        "Daily Courier\nHome | Sections | Ghana | Business | International | Opinion\n\n"
        "Trade ties with Togo\n\nThe Minister of Trade, Kwabena Owusu Asare, received a business "
        "delegation from Togo in Accra on Tuesday.\n"
    )
    assert people_of_document(doc)["Kwabena Owusu Asare"] == {"GHA"}


def test_nav_bar_of_a_site_about_abroad_gives_no_home():
    doc = (
        "The Ledger\nHome | Politics | Business | World | Sports\n\nStaff Writer\n\n"
        "Transport Minister Joseph Kiprono Mutai met Uganda's High Commissioner on Monday.\n"
    )
    assert people_of_document(doc).get("Joseph Kiprono Mutai") != {"KEN"}


def test_site_name_of_a_national_body():
    assert site_name_country("MOFA Japan") == "JPN"
    assert site_name_country("MFA Ghana") == "GHA"
    assert site_name_country("BBC News") is None
    assert site_name_country("MOFA Japan and Korea") is None


def test_site_name_gives_the_unqualified_chief_its_country():
    doc = (
        "MOD Kenya\nNews Release\n\n12 Mar 2026\n\nChief of Defence Forces General Peter Njoroge "
        "Kamau visited Uganda on Monday and held talks with the Ugandan army chief.\n"
    )
    assert people_of_document(doc)["Peter Njoroge Kamau"] == {"KEN"}


# -- the words after "Ministry of" are the body's portfolio, not a speaker ----------------------


def test_portfolio_after_a_body_head_is_no_speaker():
    got = _people("Ghana and Togo signed two accords, the Ministry of Lands Development said.")
    assert "Lands Development" not in got
    got = _people("The talks will resume in June, said the Department of Energy Affairs on Friday.")
    assert "Energy Affairs" not in got


def test_honorific_after_a_body_head_is_still_a_person():
    got = _people("The Office of Mr Joseph Mensah said the accord was signed in Accra.")
    assert "Joseph Mensah" in got


# -- a national body's acronym closing a title phrase -------------------------------------------


def test_acronym_after_of_the_gives_the_body_country():
    got = _people(
        "The Kenya Defence Forces and the Tanzania People's Defence Force (TPDF) began a joint "
        "drill in Arusha. The drill was observed by the Deputy Chief of the TPDF, Major General "
        "Juma Mwinyi Salim."
    )
    assert got["Juma Mwinyi Salim"][0] == {"TZA"}
    got = _people(
        "Troops of the Ghana Armed Forces (GAF) and of Togo trained at Ho. Commander of the GAF "
        "Brigadier Kofi Asante Mensah inspected the troops."
    )
    assert got["Kofi Asante Mensah"][0] == {"GHA"}


def test_last_of_two_coordinated_bodies_spells_the_acronym():
    assert acronym_countries(
        ["The Singapore Navy and the Royal Malaysian Navy (RMN) sailed together."]
    ) == {"RMN": "MYS"}
    # a body named after two countries gives none
    assert acronym_countries(["the India and Nepal Joint Commission (INJC) met."]) == {}


# -- a companion is read one way ---------------------------------------------------------------


def test_escort_of_the_host_side_gives_the_visitor_nothing():
    doc = (
        "NAIROBI, May 3 - Army Commander Lieutenant General Peter Njoroge Kamau visited the joint "
        "drill in Arusha on Tuesday, accompanied by Tanzania's Deputy Chief of Defence Forces, "
        "General Juma Mwinyi Salim.\n"
    )
    got = people_of_document(doc)
    assert got["Peter Njoroge Kamau"] == {"KEN"}
    assert got["Juma Mwinyi Salim"] == {"TZA"}


def test_companion_without_a_country_still_follows_the_traveller():
    got = _people(
        "Ugandan Foreign Minister Sam Okello Tumwine, accompanied by Trade Minister Grace Akello "
        "Nabirye, arrived in Nairobi on Monday."
    )
    assert got["Grace Akello Nabirye"][0] == {"UGA"}


# -- a body's short name in brackets, an office in a ministry, General Manager -------------------


def test_office_in_a_ministry_and_a_bracketed_short_name_before_the_comma():
    got = _people(
        "Nairobi. The loan was signed by the Principal Secretary in the Ministry of Treasury, "
        "Dr Peter Otieno Wafula, and the Managing Director of the Export-Import Bank of Korea "
        "(KEXIM), Mr Park Min-soo."
    )
    assert got["Peter Otieno Wafula"] == ({"KEN"}, {"Principal Secretary"})
    assert got["Park Min-soo"] == ({"KOR"}, {"Managing Director"})
    got = _people(
        "The grant was signed by the Governor of the Central Bank of Ghana (BoG), Mr Kwame Addo "
        "Boateng, and Togo's finance minister."
    )
    assert got["Kwame Addo Boateng"][0] == {"GHA"}


def test_general_manager_is_a_title_not_a_name():
    got = _people(
        "The deal was signed by the Chief General Manager of the Development Bank of Japan, "
        "Mr Hiroshi Tanaka, in Accra."
    )
    assert "Manager" not in got
    assert got["Hiroshi Tanaka"] == ({"JPN"}, {"Chief General Manager"})
    got = _people("General Manager Ruth Achieng Odera of Kenya Ports Authority spoke.")
    assert "Manager" not in got


# -- the letters a name is written with -------------------------------------------------------


def test_name_letters_point_to_one_language():
    assert name_letter_countries(("Nguyễn", "Văn", "Hải")) == ("VNM",)
    assert name_letter_countries(("Paweł", "Kowalczyk")) == ("POL",)
    assert name_letter_countries(("Novak", "Đoković")) == ()  # đ: several languages
    assert name_letter_countries(("Paweł", "Nguyễn")) == ()  # two ways: no cue


def test_two_foreign_ministers_sorted_by_the_letters_of_their_names():
    doc = (
        "JOINT STATEMENT\n\n1. The two Foreign Ministers, Ms. Maria Santos Reyes and Mr. Trương "
        "Quang Hải, co-chaired the 9th Joint Commission between the Philippines and Viet Nam.\n\n"
        "2. Viet Nam's exports of rice to the Philippines rose in 2025.\n\nManila, 4 March 2026\n"
    )
    got = people_of_document(doc)
    assert got["Trương Quang Hải"] == {"VNM"}
    assert got["Maria Santos Reyes"] == {"PHL"}
    doc = (
        "WARSAW, May 4 - Defence Ministers Rimas Petraitis of Lithuania and Paweł Zieliński "
        "co-chaired the talks between Poland and Lithuania.\n"
    )
    assert people_of_document(doc)["Paweł Zieliński"] == {"POL"}


def test_name_letters_outside_the_pair_give_nothing():
    doc = (
        "BERLIN, May 4 - The two Economy Ministers, Mr. Nguyễn Thanh Bình and Ms. Anna Weber, "
        "discussed trade between France and Germany.\n"
    )
    assert people_of_document(doc).get("Nguyễn Thanh Bình") != {"VNM"}


# -- presiding officers of a national assembly or senate ----------------------------------------


def test_chairman_of_the_national_assembly_is_an_office_of_the_state():
    doc = "SEOUL, May 3 - The Kenyan President met Chairman of the National Assembly Kim Jin-ho.\n"
    assert people_of_document(doc)["Kim Jin-ho"] == {"KOR"}
    doc = (
        "PARIS, May 3 - Prime Minister Shehbaz Sharif of Pakistan met National Assembly Speaker "
        "Jean Dupont and Senate President Gerard Larcher.\n"
    )
    got = people_of_document(doc)
    assert got["Jean Dupont"] == {"FRA"} and got["Gerard Larcher"] == {"FRA"}


def test_chairman_of_a_board_stays_without_the_home_country():
    doc = "SEOUL, May 3 - The Kenyan President met Chairman of the Board Kim Jin-ho of Hyundai.\n"
    assert people_of_document(doc).get("Kim Jin-ho") != {"KOR"}


def test_office_of_a_legislature_not_listed_still_reads_the_name():
    got = _people("The minister met Chairman of the Federal Assembly Ivan Petrovic Horvat in Zagreb.")
    assert got["Ivan Petrovic Horvat"][1] == {"Chairman"}
    got = _people("The delegation called on Deputy Speaker of the Parliament Ana Maria Kovac.")
    assert got["Ana Maria Kovac"][1] == {"Deputy Speaker"}
    assert "Kenya National Assembly" not in _people("He spoke at the Kenya National Assembly.")
