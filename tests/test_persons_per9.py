"""Persons, session 9: family names written in capitals, a headline's coordinated subjects, the
office of a named place, the leader of a national group, two coordinated heads of state, an
expert's institution after "of the", and ministries' lists of portfolios (supply, services …).
All sentences are invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.persons_caps import ordinary_case
from test_persons_context import _people


# --- family names in capitals --------------------------------------------------------------

def test_a_family_name_in_capitals_is_part_of_the_name():
    got = _people(
        "At the invitation of H.E. Mr. Pierre LAMBERT, President of France, H.E. Mr. Tomasz "
        "Nowak, President of Poland, paid a state visit. President Lambert hosted a dinner."
    )
    assert got["Pierre Lambert"] == ({"FRA"}, {"President"})
    assert got["Tomasz Nowak"][0] == {"POL"}
    assert "Pierre" not in got


def test_a_capitalised_family_name_in_a_signature_block_and_acronyms():
    got = _people(
        "Prime Minister Ana Maria SOUSA of Portugal met Prime Minister Luis Garcia of Spain. "
        "The Lisbon LNG terminal and the Madrid MRT line were discussed.\n\n"
        "Ana Maria SOUSA                Luis GARCIA"
    )
    assert got["Ana Maria Sousa"][0] == {"PRT"}
    assert "Luis Garcia" in got
    assert not any("LNG" in k or "MRT" in k for k in got)


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ-", min_size=1, max_size=12))
def test_ordinary_case_keeps_length_and_letters(word):
    out = ordinary_case(word)
    assert len(out) == len(word)
    assert out.upper() == word.upper()


def test_ordinary_case_of_hyphenated_names():
    assert ordinary_case("EL-SAYED") == "El-Sayed"
    assert ordinary_case("McLean") == "McLean"


# --- a headline's coordinated subjects -------------------------------------------------------

def test_a_bare_title_before_a_verb_is_a_second_subject_not_an_appositive():
    got = _people("ISLAMABAD: PM Rehman, Turkish president agree to boost trade.")
    assert got["Rehman"][0] != {"TUR"}
    got = _people("Minister Kovacs, Serbian counterpart discuss energy ties.\n\n"
                  "BUDAPEST, May 3 (MTI) - Hungary and Serbia met.")
    assert got.get("Kovacs", ({None}, set()))[0] != {"SRB"}


def test_a_closed_or_final_appositive_still_gives_the_title():
    got = _people("Sami Nasser, Jordanian trade minister, said exports rose.")
    assert got["Sami Nasser"] == ({"JOR"}, {"Minister of Trade"})
    got = _people("He met Rahul Verma, Indian foreign secretary.")
    assert got["Rahul Verma"] == ({"IND"}, {"Foreign Secretary"})
    got = _people("Tan Wei, Singapore foreign minister since 2021, met the delegation.")
    assert got["Tan Wei"][0] == {"SGP"}


# --- the office of a named place -----------------------------------------------------------

def test_an_office_of_a_city_or_region_serves_its_country():
    got = _people("The envoy later called on the Mayor of Lahore, Ali Raza Khan, at his office.")
    assert got["Ali Raza Khan"] == ({"PAK"}, {"Mayor"})
    got = _people("Mayor of Istanbul Ekrem Yilmaz met the Chinese envoy.")
    assert got["Ekrem Yilmaz"][0] == {"TUR"}


def test_an_office_of_a_place_with_its_unit_noun():
    got = _people("On May 3, Ambassador Chen Hua met Governor of Mombasa County Fatuma Achieng "
                  "at the county offices.")
    assert got["Fatuma Achieng"] == ({"KEN"}, {"Governor"})
    got = _people("Chief Minister of Sindh Province Murad Ali Shah received the delegation.")
    assert got["Murad Ali Shah"][0] == {"PAK"}


# --- the leader of a national group --------------------------------------------------------

def test_the_leader_of_a_national_group_serves_its_country():
    got = _people("The Pakistani contingent is led by Brigadier Imran Aslam of the Special "
                  "Service Group.")
    assert got["Imran Aslam"][0] == {"PAK"}
    got = _people("Colonel Igor Petrov led the Russian team at the drills in Tarbela.")
    assert got["Igor Petrov"][0] == {"RUS"}


def test_each_side_has_its_own_leader():
    got = _people("The Chinese delegation was headed by Vice Minister Wang Lin, while the Nepali "
                  "side was led by Joint Secretary Ram Thapa.")
    assert got["Wang Lin"][0] == {"CHN"}
    assert got["Ram Thapa"][0] == {"NPL"}
    got = _people("The Indian side, led by Commerce Secretary Sunil Mehra, met the team.")
    assert got["Sunil Mehra"][0] == {"IND"}


# --- two coordinated heads of state --------------------------------------------------------

def test_two_coordinated_heads_of_state_serve_different_sides():
    got = _people(
        "2026-05-02 10:00\nBEIJING, May 2 (Xinhua) -- China and Ghana agreed to deepen ties. "
        "Under the guidance of President Li Ming and President Kwame Mensah Owusu, China-Ghana "
        "relations have grown. Ghana and China are partners."
    )
    assert got["Li Ming"][0] == {"CHN"}
    assert got["Kwame Mensah Owusu"][0] == {"GHA"}


def test_coordinated_prime_ministers_in_an_article_from_one_side():
    got = _people(
        "HANOI, June 4 (VNA) - Viet Nam and Laos held talks. Prime Minister Tran Van Nam and "
        "Prime Minister Somchai Keola witnessed the signing. Laos and Viet Nam agreed."
    )
    assert got["Tran Van Nam"][0] == {"VNM"}
    assert got["Somchai Keola"][0] == {"LAO"}


# --- an expert's institution -------------------------------------------------------------

def test_an_institution_after_of_the_gives_an_experts_country():
    got = _people("Economist Dr Mwila Banda of the University of Zambia said exports were key.")
    assert got["Mwila Banda"][0] == {"ZMB"}
    got = _people("Analyst Dr Sara Malik of the Lahore School of Economics said debt was high.")
    assert got["Sara Malik"][0] == {"PAK"}


def test_a_city_that_closes_an_institutions_name():
    got = _people("Nadia Hussain, a research fellow at the Institute of Policy Studies "
                  "Islamabad, said the visit was timely.")
    assert got["Nadia Hussain"][0] == {"PAK"}
    got = _people("Ahmed Raza, a professor at Quaid-i-Azam University Islamabad, said it helped.")
    assert got["Ahmed Raza"][0] == {"PAK"}


# --- lists of portfolios -------------------------------------------------------------------

def test_supply_services_and_other_portfolio_words():
    got = _people(
        "He is accompanied by Minister of Industry, Trade and Supply Rania Khoury of Jordan.",
        "Brazil's Minister of Development, Industry, Trade and Services Paulo Reis spoke.",
        "Minister for Poverty Alleviation and Social Safety Hina Baig of Pakistan attended.",
    )
    assert got["Rania Khoury"] == ({"JOR"}, {"Minister of Industry, Trade and Supply"})
    assert got["Paulo Reis"][1] == {"Minister of Development, Industry, Trade and Services"}
    assert "Alleviation" not in " ".join(got)
    assert got["Hina Baig"][0] == {"PAK"}


def test_cabinet_of_ministers_offices():
    got = _people("Chinese Vice Premier Lu Ping held a video call with Merdan Ataev, deputy "
                  "chairman of the Cabinet of Ministers of Turkmenistan.")
    assert got["Merdan Ataev"] == ({"TKM"}, {"Deputy Chairman of the Cabinet of Ministers"})


# --- a line of tags --------------------------------------------------------------------------

def test_a_line_of_tags_gives_no_title_to_the_next_tag():
    got = _people("CAIRO, Nov 2 (APP): Pakistan and Egypt began drills.\n\n"
                  "Tags: Pakistan, Egypt, ISPR, CJCSC, Desert Hawk")
    assert "Desert Hawk" not in got
    got = _people("Keywords: Secretary of State, Sea Breeze, Ukraine")
    assert "Sea Breeze" not in got


# --- the addressee of a fronted message, with a time adverb ------------------------------------

def test_the_addressee_of_a_fronted_message_dated_today():
    got = _people(
        "ISLAMABAD, Nov 25 (APP): Pakistan and Kazakhstan marked the day. Kazakhstan is a partner "
        "of Pakistan. In his message to President Askar Nurlanov today, President Imtiaz Ali "
        "Shah said Pakistan values its ties with Kazakhstan."
    )
    assert got["Imtiaz Ali Shah"][0] == {"PAK"}
    assert got["Askar Nurlanov"][0] == {"KAZ"}
    got = _people(
        "NAIROBI: Kenya and Ghana agreed. Kenya and Ghana trade more. In a letter to President "
        "Kofi Mensah on Monday, President William Kamau said ties were strong."
    )
    assert got["Kofi Mensah"][0] == {"GHA"}


# --- a modifier joined by a hyphen -----------------------------------------------------------

def test_a_hyphenated_vice_or_deputy_is_the_same_title():
    got = _people("Japanese Vice-Minister Kenta Mori met the delegation.")
    assert got["Kenta Mori"] == ({"JPN"}, {"Vice Minister"})
    got = _people("Chinese Vice-Minister of Commerce Li Fang met the delegation.")
    assert got["Li Fang"] == ({"CHN"}, {"Vice Minister of Commerce"})
    got = _people("The Vice-President of Zambia, Mutale Banda, received the envoy.")
    assert got["Mutale Banda"] == ({"ZMB"}, {"Vice President"})


# --- a dateline whose agency tag has several words -------------------------------------------

def test_a_dateline_with_a_newspaper_name_in_brackets_gives_the_home_country():
    got = _people("Colombo (Daily Mirror) - Sri Lanka and India signed the deal. Prime Minister "
                  "Nimali Perera said the deal was fair.")
    assert got["Nimali Perera"][0] == {"LKA"}
    got = _people("Karachi (Business Recorder): Pakistan and Oman agreed. Commerce Minister Jam "
                  "Rafiq Khan said trade would grow.")
    assert got["Jam Rafiq Khan"][0] == {"PAK"}


# --- a counterpart without a possessive; a particle capitalised at a sentence's start ---------

def test_a_counterpart_named_without_a_possessive():
    got = _people("Russian Foreign Minister Pavel Orlov met Pakistani counterpart Asim Raza "
                  "in Moscow.")
    assert got["Asim Raza"] == ({"PAK"}, {"Foreign Minister"})
    got = _people("Chinese Premier Li Gang held talks with the Kazakh counterpart, Olzhas "
                  "Nurov, in Astana.")
    assert got["Olzhas Nurov"] == ({"KAZ"}, {"Premier"})


def test_a_surname_with_a_particle_capitalised_at_the_start_of_a_sentence():
    got = _people("Mexican Foreign Secretary Juan Pablo de la Garza met the envoy. De la Garza "
                  "said the talks went well.")
    assert "De la Garza" not in got
    assert got["Juan Pablo de la Garza"][0] == {"MEX"}
    got = _people("Dutch Trade Minister Anne van der Berg met the delegation. Van der Berg said "
                  "exports rose.")
    assert "Van der Berg" not in got


# --- a country's possessive inside an office's body ------------------------------------------

def test_an_office_of_a_body_written_with_a_countrys_possessive():
    got = _people("Li Wen, Vice Chairman of China's National Development and Reform Commission, "
                  "led the delegation.")
    assert got["Li Wen"] == (
        {"CHN"}, {"Vice Chairman of the National Development and Reform Commission"})
    got = _people("Chief of Russia's General Staff Pavel Sokolov met the delegation.")
    assert got["Pavel Sokolov"] == ({"RUS"}, {"Chief of the General Staff"})


# --- an aide's office: the principal's title is not the aide's ---------------------------------

def test_an_aide_holds_the_aides_office_not_the_principals():
    got = _people("Press Secretary to the President Nabil Karam said the visit was postponed.")
    assert got["Nabil Karam"][1] == {"Press Secretary to the President"}
    got = _people("Special Assistant to the Prime Minister on Overseas Pakistanis Omar Farooq "
                  "met the envoy.")
    assert got["Omar Farooq"][1] == {
        "Special Assistant to the Prime Minister on Overseas Pakistanis"}


def test_a_letter_to_the_president_keeps_the_presidents_title():
    got = _people("He handed over a letter to the President Samuel Okoro on Monday.")
    assert got["Samuel Okoro"][1] == {"President"}


# --- an office of a military district --------------------------------------------------------

def test_a_commander_of_a_military_district():
    got = _people("Lieutenant General Pavel Ivanov, Commander of the Central Military District, "
                  "opened the drills.")
    assert "Commander of the Central Military District" in got["Pavel Ivanov"][1]
    got = _people("Deputy Commander of the Southern Military District Major General Oleg Fomin "
                  "said the drills began.")
    assert "Deputy Commander of the Southern Military District" in got["Oleg Fomin"][1]


def test_a_principal_secretary_is_an_office():
    got = _people("Grace Wanjiku, Principal Secretary of the State Department for Trade of Kenya, "
                  "held a video call.")
    assert got["Grace Wanjiku"] == ({"KEN"}, {"Principal Secretary"})
    got = _people("Principal Secretary Alfred Kamau of Kenya met the delegation in Nairobi.")
    assert got["Alfred Kamau"] == ({"KEN"}, {"Principal Secretary"})
