"""Persons (round per17): a family name in capitals after a title that ends in a country
("Ambassador to Peru SUZUKI Taro"), a development agency's country office ("KOICA Kenya Country
Director X"), a father's name that is also a stop word after "bin" ("Khalid bin Said Al Habsi"),
"Hellenic" as a demonym, an opening adverbial before the main clause's title ("Asked about
Kashmir, the spokesperson said"), more portfolio words ("Investment Promotion"), co-signatories
with a place between "signed" and "by" or a comma before the second name, the signature block of
a release (name line, office line, "For the Government of X"), the place and date a release is
signed at as its home, a host who welcomes a visitor "where" the visitor arrived, "The President
was accompanied by" after a plural subject, a group leader's office closed by a comma before the
rank, and the Undersecretary family of titles."""

from __future__ import annotations

from pipeline.extract.persons_foot_place import foot_place_country
from tests.test_persons_per12 import _people, people_of_document


# -- a family name in capitals after a title that ends in a country ----------------------------


def test_capitalised_family_name_after_an_envoy_title_with_its_country():
    people = _people(
        "The note was handed over by the Japanese Ambassador to Peru SUZUKI Taro on Monday."
    )
    assert "Suzuki Taro" in people
    assert people["Suzuki Taro"][0] == {"JPN"}
    assert "Taro" not in people


def test_capitalised_family_name_after_a_minister_of_a_country():
    people = _people(
        "Talks were opened by Minister of State of Japan KATO Hanako and the Kenyan side."
    )
    assert "Kato Hanako" in people
    assert people["Kato Hanako"][0] == {"JPN"}


def test_capitals_after_a_country_without_a_title_stay_an_acronym():
    people = _people("Exports from Sri Lanka NAFTA Kenji said nothing.")
    assert not any(name.startswith("Nafta") for name in people)


# -- a development agency's office in a country ------------------------------------------------


def test_agency_country_office_serves_the_agency_country():
    people = _people(
        "The grant was signed by KOICA Kenya Country Director Park Ji-hoon and Treasury "
        "Principal Secretary Mary Wambui."
    )
    assert people["Park Ji-hoon"][0] == {"KOR"}
    assert "Country Director" in people["Park Ji-hoon"][1]


def test_agency_resident_representative_after_the_host_country():
    people = _people("USAID Nepal Resident Representative Laura Bennett visited the dam site.")
    assert people["Laura Bennett"][0] == {"USA"}


def test_country_before_a_title_without_an_agency_is_the_country():
    people = _people("Nepal Finance Minister Ram Prasad Thapa met the donors.")
    assert people["Ram Prasad Thapa"][0] == {"NPL"}


# -- a father's name that is also a stop word, after "bin" ------------------------------------


def test_stop_word_father_name_after_bin_inside_a_name():
    people = _people(
        "The meeting was attended by Sheikh Khalid bin Said Al Habsi, adviser at the "
        "Ministry of Foreign Affairs."
    )
    assert "Khalid bin Said Al Habsi" in people
    assert "Sheikh Khalid" not in people


def test_stop_word_father_name_after_ibn_inside_a_name():
    people = _people("Sayyid Faisal ibn Said Al Busaidi welcomed the guests.")
    assert "Faisal ibn Said Al Busaidi" in people


def test_said_after_a_name_without_particle_is_a_verb():
    people = _people("Minister Khalid Al Habsi Said nothing new.")
    assert not any("Said" in name for name in people)


# -- "Hellenic" as a demonym -------------------------------------------------------------------


def test_hellenic_office_gives_greece_after_a_coordinated_foreign_officer():
    people = _people(
        "The commander of the Turkish Naval Forces, Admiral Kemal Ozturk, and the Chief of the "
        "Hellenic Navy General Staff, Vice Admiral Nikos Antoniou, attended the talks."
    )
    assert people["Nikos Antoniou"][0] == {"GRC"}
    assert people["Kemal Ozturk"][0] == {"TUR"}


def test_hellenic_title_before_the_name():
    people = _people(
        "Chief of the Hellenic Army General Staff Lieutenant General Petros Vlachos met Cypriot "
        "officers."
    )
    assert people["Petros Vlachos"][0] == {"GRC"}


# -- an opening adverbial ends at its comma ------------------------------------------------------


def test_place_in_an_opening_participle_phrase_is_no_spokesperson():
    people = _people(
        "Responding to a question about Western Sahara, the Spokesperson said the matter was "
        "before the United Nations."
    )
    assert not any("Sahara" in name for name in people)


def test_place_after_asked_about_is_no_minister():
    people = _people("Asked about Kurdistan, the minister stated that talks would resume.")
    assert "Kurdistan" not in people


def test_closed_appositive_after_an_opening_participle_stays():
    people = _people(
        "Speaking to reporters, Ahmed Raza Khan, the Foreign Minister of Pakistan, said ties "
        "were strong."
    )
    assert people["Ahmed Raza Khan"][0] == {"PAK"}
    assert "Foreign Minister" in people["Ahmed Raza Khan"][1]


# -- portfolio words: "Investment Promotion", "Government Communications" ---------------------


def test_last_portfolio_word_is_no_name():
    people = _people(
        "She also met Dr. Omar Haddad, Minister of Trade, Industry and Export Promotion, on Monday."
    )
    assert "Promotion" not in people
    assert "Omar Haddad" in people


def test_government_communications_portfolio_is_no_name():
    people = _people("Statement by the Minister for Government Communications on the visit.")
    assert "Communications" not in people


# -- co-signatories with a place between "signed" and "by" -------------------------------------


def test_signed_at_a_place_by_two_signatories_one_of_each_side():
    doc = (
        "Chile and Peru signed a border pact. Chile and Peru share a long border. The accord was "
        "signed in Lima by Chilean Ambassador Jorge Pinto and Deputy Minister Ana Torres."
    )
    people = people_of_document(doc)
    assert people["Ana Torres"] == {"PER"}
    assert people["Jorge Pinto"] == {"CHL"}


def test_signed_by_a_second_signatory_whose_title_ends_in_a_comma():
    doc = (
        "Senegal and Mauritania renewed their fisheries deal. Senegal buys fish from Mauritania. "
        "The protocol was signed on Monday by the Minister of Fisheries, Mr. Amadou Ba, and the "
        "Mauritanian Minister of Fisheries, Mr. Sidi Ould Ahmed."
    )
    people = people_of_document(doc)
    assert people["Amadou Ba"] == {"SEN"}
    assert people["Sidi Ould Ahmed"] == {"MRT"}


def test_signed_then_another_clause_links_no_signatories():
    doc = (
        "Senegal and Mauritania renewed their fisheries deal. Senegal buys fish from Mauritania. "
        "The protocol was signed by Mauritanian Minister Sidi Ould Ahmed, who later met Amadou "
        "Ba in a separate meeting."
    )
    people = people_of_document(doc)
    assert people.get("Amadou Ba", {None}) != {"SEN"}


# -- the signature block of a release ----------------------------------------------------------


def test_signature_block_name_line_then_office_line():
    doc = (
        "The talks ended on Friday.\n\nSigned\nAma Serwaa Owusu-Ansah\n"
        "Minister for Information and Media\n"
    )
    people = people_of_document(doc)
    assert "Ama Serwaa Owusu-Ansah" in people


def test_signature_blocks_for_each_government():
    doc = (
        "The two sides agreed to meet again.\n\nFor the Government of the Republic of Kenya\n"
        "Grace Wanjiru Otieno\nCabinet Secretary for Foreign Affairs\n\n"
        "For the Government of Uganda\nJohn Bosco Okello\nMinister of Foreign Affairs\n"
    )
    people = people_of_document(doc)
    assert people["Grace Wanjiru Otieno"] == {"KEN"}
    assert people["John Bosco Okello"] == {"UGA"}


def test_heading_lines_are_no_signature_block():
    doc = "Bilateral Trade Review\nGreat Wall Motors\nDirector General Office\nProfits rose.\n"
    people = people_of_document(doc)
    assert "Great Wall Motors" not in people


def test_for_a_company_gives_no_country():
    doc = (
        "The contract was concluded.\n\nFor the Mining Corporation of Uganda\nJohn Bosco Okello\n"
        "Minister of Foreign Affairs\n"
    )
    assert people_of_document(doc).get("John Bosco Okello") == {None}


# -- the place and date a release is signed at ------------------------------------------------


def test_foot_place_then_date_line():
    assert foot_place_country(["Signed", "Jane Doe", "Office", "State House, Nairobi",
                               "March 4, 2026"]) == "KEN"
    assert foot_place_country(["Ministry of Foreign Affairs", "Islamabad, 12 May 2025"]) == "PAK"


def test_foot_date_uses_the_date_grammar_of_the_dates_extractor():
    # capitals and "Sept." are months as the dates extractor reads them; a day 45 is no day
    assert foot_place_country(["State House, Nairobi", "SEPTEMBER 4, 2026"]) == "KEN"
    assert foot_place_country(["Islamabad, Sept. 14, 2025"]) == "PAK"
    assert foot_place_country(["State House, Nairobi", "45 March 2026"]) is None


def test_foot_place_without_a_date_is_no_home():
    assert foot_place_country(["The delegation left for Nairobi", "Ends"]) is None
    assert foot_place_country(["Nairobi"]) is None
    assert foot_place_country(["Talks in Nairobi, 12 May 2025 was a good day"]) is None


def test_release_signed_at_home_gives_the_unqualified_minister_its_country():
    doc = (
        "PRESS RELEASE\n\nThe Minister for Trade, Hon. Kofi Badu Mensah, met investors from "
        "Nigeria and Nigeria's trade envoy on Monday.\n\nFlagstaff House, Accra\n12th May, 2026\n"
    )
    assert people_of_document(doc)["Kofi Badu Mensah"] == {"GHA"}


# -- a host who welcomes a visitor where the visitor arrived ------------------------------------


def test_welcomed_where_the_visitor_arrived():
    doc = (
        "Kenya and Uganda held talks. Kenya and Uganda agreed to build a road. The Ugandan "
        "President arrived in Nairobi on Monday, where he was welcomed by Deputy President "
        "Peter Kamau Njoroge."
    )
    assert people_of_document(doc)["Peter Kamau Njoroge"] == {"KEN"}


def test_received_at_the_airport_where_the_minister_landed():
    doc = (
        "Kenya and Uganda held talks. Kenya and Uganda agreed to build a road. The Kenyan Foreign "
        "Minister landed at Entebbe International Airport in Kampala, where she was received by "
        "Minister Sarah Nankya Opio."
    )
    assert people_of_document(doc)["Sarah Nankya Opio"] == {"UGA"}


def test_welcomed_in_another_clause_is_no_reception_there():
    doc = (
        "Kenya and Uganda held talks. Kenya and Uganda agreed to build a road. The Ugandan "
        "President was in Nairobi on Monday; later he was welcomed by Minister Peter Kamau Njoroge."
    )
    assert people_of_document(doc)["Peter Kamau Njoroge"] == {None}


# -- "The President was accompanied by" after a plural subject ---------------------------------


def test_companion_after_a_plural_subject_takes_no_country_from_the_named_guest():
    doc = (
        "NAIROBI, May 3 - Uganda and Kenya signed a road deal. The two Presidents recalled "
        "President Museveni Okello's visit to Kenya in 2024. The President was accompanied by the "
        "Minister for Energy, Hon. Jane Akinyi Odhiambo, and other officials. Uganda and Kenya "
        "agreed."
    )
    assert people_of_document(doc)["Jane Akinyi Odhiambo"] == {"KEN"}


def test_companion_after_a_single_named_traveller_follows_them():
    doc = (
        "NAIROBI, May 3 - Ugandan President Museveni Okello arrived in Nairobi for a visit to "
        "Kenya. "
        "He was accompanied by Minister Jane Akinyi Odhiambo. Uganda and Kenya agreed."
    )
    assert people_of_document(doc)["Jane Akinyi Odhiambo"] == {"UGA"}


# -- a group leader's office closed by a comma before the rank ---------------------------------


def test_group_leader_after_an_office_with_a_bracketed_remit_and_a_comma():
    people = _people(
        "The Indian team was headed by the Joint Secretary (North), Dr. Anil Kumar Rao, in "
        "Kathmandu."
    )
    assert people["Anil Kumar Rao"][0] == {"IND"}


def test_group_leader_after_an_office_and_a_courtesy_rank():
    people = _people(
        "The Qatari side was led by Assistant Foreign Minister, Ambassador Salem Rashid Al Kuwari, "
        "while the Kenyan side was led by Principal Secretary John Mwangi."
    )
    assert people["Salem Rashid Al Kuwari"][0] == {"QAT"}
    assert people["John Mwangi"][0] == {"KEN"}


def test_a_comma_and_another_clause_break_the_leader_gap():
    people = _people(
        "The Indian side was led by the Foreign Secretary, and Minister Ram Bahadur Thapa also "
        "spoke."
    )
    assert people["Ram Bahadur Thapa"][0] == {None}


# -- the Undersecretary family ---------------------------------------------------------------


def test_undersecretary_is_a_state_office_given_the_home_country():
    doc = (
        "MUSCAT, Nov 2 - The talks were attended by Sheikh Hamad bin Ali Al Rawahi, "
        "Undersecretary for Economic Affairs at the Ministry of Foreign Affairs."
    )
    assert people_of_document(doc)["Hamad bin Ali Al Rawahi"] == {"OMN"}


def test_under_secretary_written_apart_is_a_state_office_too():
    doc = "ISLAMABAD, May 2 - The talks were attended by Under Secretary Ahmed Raza Malik today."
    assert people_of_document(doc)["Ahmed Raza Malik"] == {"PAK"}


def test_un_under_secretary_general_gets_no_home_country():
    doc = "RIYADH, May 2 - Under-Secretary-General Maria Lopez met the minister on Monday."
    assert people_of_document(doc)["Maria Lopez"] == {None}


# -- the sender of a message that a visitor delivers ---------------------------------------------


def test_message_from_a_president_handed_over_by_an_unnamed_national_minister():
    people = _people(
        "On Monday the Zambian minister was received by Sheikh Faisal bin Ali Al Thani, to whom "
        "she handed over a written message from President Dr. Chanda Mwale Banda to the Emir."
    )
    assert people["Chanda Mwale Banda"][0] == {"ZMB"}


def test_letter_delivered_by_a_national_envoy_after_a_relative_pronoun():
    people = _people(
        "Jordan's prime minister received the Kenyan envoy, who delivered a letter from "
        "President Wanjiku Kamau Njeri to King Abdullah."
    )
    assert people["Wanjiku Kamau Njeri"][0] == {"KEN"}


def test_message_conveyed_by_a_named_minister_of_known_country():
    people = _people(
        "Ghanaian Foreign Minister Ama Adjoa Boakye conveyed a message from President Kofi Mensah "
        "Owusu to the Togolese leader."
    )
    assert people["Kofi Mensah Owusu"][0] == {"GHA"}


def test_message_received_gives_the_sender_no_country_of_the_receiver():
    people = _people(
        "The Omani minister received a written message from President Wanjiku Kamau Njeri."
    )
    assert people["Wanjiku Kamau Njeri"][0] == {None}


def test_named_bearer_of_unknown_country_gives_no_country():
    people = _people(
        "The Kenyan delegation met Minister Salim Al Harthy, who delivered a message from "
        "Sultan Haitham bin Tariq."
    )
    assert people.get("Haitham bin Tariq", ({None}, set()))[0] == {None}
