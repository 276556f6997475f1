"""People in one article: surnames, misspellings and titles merge into one person with a role."""

from __future__ import annotations

import pytest

from redline.actors.people import Person, name_key
from redline.analyze import analyze_text
from redline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("name", "other", "same"),
    [
        ("Hamid Rezaei Tabrizi", "Rezaei Tabrizi", True),
        ("Hamid Rezaei Tabrizi", "Tabrizi", True),
        ("Hamid Rezaei Tabrizi", "Rezai Tabrizi", True),
        ("Bashar al-Assad", "Assad", True),
        ("Amina Mohammed", "Mohamed", True),
        ("Hamid Rezaei Tabrizi", "Hamid Karimi", False),
        ("Amina Mohammed", "Amina", False),
    ],
)
def test_actors_people_name_matching(name: str, other: str, same: bool) -> None:
    assert Person(name=name).matches(other) is same


def test_actors_people_name_key_drops_arabic_article() -> None:
    assert name_key("Bashar al-Assad") == ("bashar", "assad")


def test_actors_people_one_person_with_role(actors_only: Pipeline) -> None:
    text = ("Nadia Farouk-Selim, a senior adviser to the Egyptian foreign minister, said the talks would resume. "
            "Farouk Selim added that Cairo wanted a ceasefire. The Egyptian official declined to give a date.")
    people = [a for a in analyze_text(text, pipeline=actors_only).actors if a.type == "PERSON"]
    assert len(people) == 1
    person = people[0]
    assert (person.name, person.country, person.sector, person.code) == ("Nadia Farouk-Selim", "EGY", "GOV", "EGYGOV")
    assert person.role == "senior adviser to the Egyptian foreign minister"
    assert {"Farouk Selim", "Egyptian official"} <= set(person.aliases)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("General Omar Haddad, the army chief of staff, said the border was calm.", "Omar Haddad", None),
        ("Foreign Minister Sergei Lavrov told reporters the offer stood.", "Sergei Lavrov", "RUSGOV"),
        ("Putin said the operation would continue.", "Vladimir Putin", "RUSGOV"),
    ],
)
def test_actors_people_titles_stripped(actors_only: Pipeline, text: str, name: str, code: str | None) -> None:
    people = [a for a in analyze_text(text, pipeline=actors_only).actors if a.type == "PERSON"]
    assert [p.name for p in people] == [name]
    if code:
        assert people[0].code == code


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hafez al-Assad ruled Syria for three decades. Bashar al-Assad succeeded him.",
         ["Hafez al-Assad", "Bashar al-Assad"]),
        ("President Putin spoke to reporters. Putin said talks would go on.", ["Vladimir Putin"]),
    ],
)
def test_actors_people_known_names(actors_only: Pipeline, text: str, names: list[str]) -> None:
    people = [a.name for a in analyze_text(text, pipeline=actors_only).actors if a.type == "PERSON"]
    assert people == names


def test_actors_people_dateline_gives_home_country(actors_only: Pipeline) -> None:
    text = ("KABUL (AP) — Interior Ministry spokesman Rahim Sadiqi said on Monday that the checkpoint had been "
            "attacked overnight. Sadiqi said two officers were wounded.")
    person = next(a for a in analyze_text(text, pipeline=actors_only).actors if a.type == "PERSON")
    assert (person.name, person.country, person.code) == ("Rahim Sadiqi", "AFG", "AFGGOV")


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        ("Interior Minister Joseph Mwangi arrived in Mandera on Monday. Joseph said the road would reopen.",
         "Joseph Mwangi", {"Joseph Mwangi", "Joseph"}),
        ("Amina Yusuf, a nurse at the camp, said water was short. Later, Amina said the trucks had come.",
         "Amina Yusuf", {"Amina Yusuf", "Amina"}),
    ],
)
def test_actors_people_first_name_joins_full_name(actors_only: Pipeline, text: str, name: str,
                                                  mentions: set[str]) -> None:
    people = [a for a in analyze_text(text, pipeline=actors_only).actors if a.type == "PERSON"]
    assert [p.name for p in people] == [name]
    assert {m.text for m in people[0].mentions} == mentions


def test_actors_people_ambiguous_first_name_stays_apart(actors_only: Pipeline) -> None:
    text = ("Ahmed Salim, the mayor, met Ahmed Farah, the governor, on Sunday. Ahmed said the meeting went well.")
    people = [a for a in analyze_text(text, pipeline=actors_only).actors if a.type == "PERSON"]
    assert not any("Ahmed" in {m.text for m in p.mentions} and p.name != "Ahmed" for p in people)


@pytest.mark.parametrize(("name", "other", "first"), [("Joseph Mwangi", "Joseph", True),
                                                       ("Joseph Mwangi", "Mwangi", False),
                                                       ("Mwangi", "Mwangi", False)])
def test_actors_people_first_named(name: str, other: str, first: bool) -> None:
    assert Person(name=name).first_named(other) is first


def test_actors_people_dateline_is_no_role(actors_only: Pipeline) -> None:
    text = ("TROUT BROOK, N.B. — Kevin Marsh, who became the country's envoy to Ireland, is considering a move "
            "into politics. Marsh said he would decide by spring.")
    [person] = [a for a in analyze_text(text, pipeline=actors_only).actors if a.name == "Kevin Marsh"]
    assert person.role is None


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("A Superior Court of Ontario judge chastised the radio station on Friday. Justice Sean Dunford directed "
         "the station to release the list.", "A Superior Court of Ontario judge"),
        ("Justice Sean Dunford directed the station to release the list. The judge said the station's stand was "
         "defiant.", "The judge"),
    ],
)
def test_actors_people_judge_is_the_justice(actors_only: Pipeline, text: str, description: str) -> None:
    [person] = [a for a in analyze_text(text, pipeline=actors_only).actors if a.name == "Sean Dunford"]
    assert description in [m.text for m in person.mentions]


def test_actors_people_name_holding_a_group_word_is_a_person(actors_only: Pipeline) -> None:
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani said on Friday that the strike had succeeded. "
            "Sudani called it a victory for the security forces.")
    record = analyze_text(text, pipeline=actors_only)
    [person] = [a for a in record.actors if a.type == "PERSON"]
    assert person.name == "Mohammed Shia al-Sudani"
    assert person.code == "IRQGOV"
    assert "Sudani" in person.aliases


def test_actors_people_description_tied_to_another_side_is_someone_else(actors_only: Pipeline) -> None:
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani announced the raid on Friday. "
            "Officials said the fugitive leader of ISIS had been hiding in the desert for months.")
    record = analyze_text(text, pipeline=actors_only)
    person = next(a for a in record.actors if a.name == "Mohammed Shia al-Sudani")
    assert "the fugitive leader" not in {m.text for m in person.mentions}


def test_actors_people_capital_as_surname_is_the_person(actors_only: Pipeline) -> None:
    text = ("Shamsa Mohamed Aden returned to her hometown in 2017. She is back in the camp now, and Aden is "
            "reluctant to go home again. Yemen's government in Aden said it would pay salaries.")
    record = analyze_text(text, pipeline=actors_only)
    person = next(a for a in record.actors if a.name == "Shamsa Mohamed Aden")
    assert [m.text for m in person.mentions].count("Aden") == 1
    government = next(a for a in record.actors if a.code == "YEMGOV")
    assert "Aden" not in {m.text for m in government.mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("Dadaab and Kakuma camps shelter more than 400,000 refugees, officials said.", "Kakuma"),
    ("She returned in 2017 to Kismayo, her southeastern hometown, with four children.", "Kismayo"),
])
def test_actors_people_place_tagged_as_person_by_its_noun(actors_only: Pipeline, text: str, name: str) -> None:
    record = analyze_text(text, pipeline=actors_only)
    assert name not in {a.name for a in record.actors}
