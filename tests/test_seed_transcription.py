"""The programme and jkg's Q3 2019 report say exactly what the filled form says.

The form (tests/data/2019-q3-jkg-form.txt) is the official source; these tests
compare the YAML with it cell by cell, so a typo fixed, a word dropped or a
line break lost in transcription fails here rather than in a submitted DOCX.
Texts are compared after whitespace normalisation (the form's wrapping and stray
spaces are layout); line structure is checked separately where it is content
(paragraphs of a status, lines of a deadline).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from seed_form import SeedForm, normalise, parse_seed, tidy

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "tests" / "data" / "2019-q3-jkg-form.txt"
PROGRAMME_PATH = ROOT / "tests" / "data" / "programme.yaml"
REPORT_PATH = ROOT / "tests" / "data" / "reports" / "jkg" / "2019-q3.yaml"
UNIT = "jkg"


def load_yaml(path: Path) -> Any:
    """Plain data from a YAML file; the one place to switch to the project's loader."""
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text: str) -> SeedForm:
    return parse_seed(seed_text)


@pytest.fixture(scope="module")
def programme() -> dict[str, Any]:
    return load_yaml(PROGRAMME_PATH)


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return load_yaml(REPORT_PATH)


def measures(programme: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The programme's measures by id, in order."""
    return {m["id"]: m for section in programme["sections"] for m in section["measures"]}


def printed_name(programme: dict[str, Any], ref: str) -> str:
    if ref in programme["units"]:
        unit = programme["units"][ref]
        return unit.get("printed") or unit["name"]
    return programme["groups"][ref]["name"]


def default_responsible(programme: dict[str, Any], measure: dict[str, Any]) -> str:
    """The responsible column as rendered without responsible_text: one name a line, ";"-joined."""
    names = [printed_name(programme, ref) for ref in measure["responsible"]]
    return "\n".join(name + (";" if i < len(names) - 1 else "") for i, name in enumerate(names))


def rendered_responsible(programme: dict[str, Any], measure: dict[str, Any]) -> str:
    text = measure.get("responsible_text")
    return text if text is not None else default_responsible(programme, measure)


def units_of(programme: dict[str, Any], ref: str) -> set[str]:
    """The unit ids a responsible entry stands for, groups expanded."""
    if ref in programme["units"]:
        return {ref}
    result: set[str] = set()
    for member in programme["groups"][ref]["members"]:
        result |= units_of(programme, member)
    return result


def status_text(value: Any) -> str:
    """A status is a string or a mapping with `text`; None (empty value) means not filled."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return value.get("text") or ""
    assert isinstance(value, str), value
    return value


def lines(text: str) -> list[str]:
    """The cell's lines, each trimmed: the line structure, without layout spaces."""
    return [line.strip() for line in tidy(text).split("\n")]


# --- The parser reads the form as expected -----------------------------------


def test_seed_shape(seed: SeedForm) -> None:
    assert [s.id for s in seed.sections] == ["I", "II"]
    assert [s.printed for s in seed.sections] == ["І", "ІІ"]  # Cyrillic І
    assert len(seed.measures) == 37
    assert [m.number for m in seed.section_measures("I")] == [str(n) for n in range(1, 23)]
    assert [m.number for m in seed.section_measures("II")] == [str(n) for n in range(1, 16)]
    assert seed.unit_name == "Департамент житлово-комунального господарства Луганської обласної державної адміністрації"


def test_parser_keeps_cells_apart() -> None:
    text = (
        "ФОРМА\n___Відділ__\n\n\t№\n\tНазва\n\tСтрок\n\tВідповідальні\n\t\nСтан\n\n"
        "\t1\n\t2\n\t3\n\t4\n\t5\n\n\tІ. Розділ\n\n"
        "\t1\n\tЗахід\n\n\tпостійно\n\tвідділ;\nапарат\n\tАбзац 1\n\n  Абзац 2\n\n\n"
        "\t2\n\tЗахід 2\n\tЧервень\n\tвідділ\n\t   \n\n"
    )
    form = parse_seed(text)
    assert form.unit_name == "Відділ"
    assert form.columns[-1] == "\nСтан"
    first = form.measures["I.1"]
    assert (first.title, first.deadline, first.responsible) == ("Захід", "постійно", "відділ;\nапарат")
    assert first.status == "Абзац 1\n\n  Абзац 2"
    assert form.measures["I.2"].status == "   "


def test_parser_rejects_a_broken_row() -> None:
    with pytest.raises(ValueError, match="underscored unit name"):
        parse_seed("\t№\n\tа\n\tб\n\tв\n\tг\n\t1\n\t2\n\t3\n\t4\n\t5\n\tІ. Розділ\n\t1\n\tЗахід\n")


# --- Programme ----------------------------------------------------------------


def test_title_in_form_is_printed_in_the_heading(programme: dict[str, Any], seed: SeedForm) -> None:
    assert any(programme["title_in_form"] in line for line in seed.heading)


def test_unit_name_is_the_forms_heading(programme: dict[str, Any], seed: SeedForm) -> None:
    assert programme["units"][UNIT]["name"] == seed.unit_name


def test_sections_match(programme: dict[str, Any], seed: SeedForm, seed_text: str) -> None:
    got = [(s["id"], s["printed"], s["title"]) for s in programme["sections"]]
    assert got == [(s.id, s.printed, s.title) for s in seed.sections]
    for section in programme["sections"]:
        heading = f"{section['printed']}. {section['title']}"
        assert f"\t{heading}\n" in seed_text


def test_measure_sets_and_order_match(programme: dict[str, Any], seed: SeedForm) -> None:
    ours = measures(programme)
    assert list(ours) == list(seed.measures)
    assert len(ours) == 37
    sizes = {s["id"]: len(s["measures"]) for s in programme["sections"]}
    assert sizes == {"I": 22, "II": 15}
    for section in programme["sections"]:
        for measure in section["measures"]:
            assert measure["id"].startswith(section["id"] + ".")


@pytest.mark.parametrize("field", ["title", "deadline"])
def test_texts_match(programme: dict[str, Any], seed: SeedForm, field: str) -> None:
    for measure_id, measure in measures(programme).items():
        ours, theirs = measure[field], getattr(seed.measures[measure_id], field)
        assert normalise(ours) == normalise(theirs), measure_id
        assert lines(ours) == lines(theirs), f"{measure_id}: line breaks differ"


def test_texts_are_verbatim_not_retouched(programme: dict[str, Any], seed: SeedForm) -> None:
    """Inner spaces and typos are the form's: only the cell's ends may be trimmed."""
    for measure_id, measure in measures(programme).items():
        cell = seed.measures[measure_id]
        assert measure["title"] == cell.title.strip(), measure_id
        assert measure["deadline"] == tidy(cell.deadline), measure_id


def test_responsible_ids_resolve(programme: dict[str, Any]) -> None:
    known = set(programme["units"]) | set(programme["groups"])
    for measure_id, measure in measures(programme).items():
        assert measure["responsible"], measure_id
        assert set(measure["responsible"]) <= known, measure_id
    for group in programme["groups"].values():
        assert set(group["members"]) <= known


def test_responsible_column_matches(programme: dict[str, Any], seed: SeedForm) -> None:
    for measure_id, measure in measures(programme).items():
        cell = seed.measures[measure_id].responsible
        assert normalise(rendered_responsible(programme, measure)) == normalise(cell), measure_id


def test_responsible_text_only_where_needed(programme: dict[str, Any], seed: SeedForm) -> None:
    for measure_id, measure in measures(programme).items():
        cell = seed.measures[measure_id].responsible
        default_matches = normalise(default_responsible(programme, measure)) == normalise(cell)
        assert ("responsible_text" in measure) != default_matches, measure_id
        if "responsible_text" in measure:
            assert measure["responsible_text"] == tidy(cell), measure_id


def test_responsible_text_names_the_responsible_in_order(programme: dict[str, Any]) -> None:
    """responsible_text overrides the rendering, so the ids must still say the same thing."""
    for measure_id, measure in measures(programme).items():
        if "responsible_text" not in measure:
            continue
        text = normalise(measure["responsible_text"]).casefold()
        position = 0
        for ref in measure["responsible"]:
            name = normalise(printed_name(programme, ref)).casefold()
            found = text.find(name, position)
            assert found >= 0, f"{measure_id}: {ref} not found (in order) in responsible_text"
            position = found + len(name)


def test_due_dates_are_strings(programme: dict[str, Any]) -> None:
    kinds = {"continuous", "quarterly", "by-date", "on-condition"}
    for measure_id, measure in measures(programme).items():
        due = measure["due"]
        assert due["kind"] in kinds, measure_id
        if due["kind"] == "by-date":
            assert isinstance(due.get("date"), str), measure_id
        elif due["kind"] in ("continuous", "quarterly"):
            assert "date" not in due, measure_id
        if "date" in due:
            assert isinstance(due["date"], str) and due["date"].startswith("2019-"), measure_id


# --- Report -------------------------------------------------------------------


def test_report_header(report: dict[str, Any], programme: dict[str, Any]) -> None:
    assert report["programme"] == programme["id"]
    assert (report["unit"], report["year"], report["quarter"]) == (UNIT, 2019, 3)


def test_statuses_match(report: dict[str, Any], seed: SeedForm) -> None:
    statuses = report["measures"]
    assert set(statuses) <= set(seed.measures)
    for measure_id, cell in seed.measures.items():
        if not normalise(cell.status):
            continue
        assert measure_id in statuses, f"{measure_id}: the form has a status"
        ours = status_text(statuses[measure_id])
        assert normalise(ours) == normalise(cell.status), measure_id
        assert lines(ours) == lines(cell.status), f"{measure_id}: paragraphs differ"


def test_statuses_keep_the_forms_order(report: dict[str, Any], seed: SeedForm) -> None:
    order = list(seed.measures)
    ids = list(report["measures"])
    assert ids == sorted(ids, key=order.index)


def test_blank_cells_stay_blank(report: dict[str, Any], seed: SeedForm, programme: dict[str, Any]) -> None:
    statuses = report["measures"]
    for measure_id, cell in seed.measures.items():
        if normalise(cell.status) in ("", ".") and measure_id in statuses:
            assert status_text(statuses[measure_id]) == normalise(cell.status), measure_id
        ours = status_text(statuses.get(measure_id))
        if ours.strip() in ("", "."):
            assert normalise(cell.status) == ours.strip(), f"{measure_id}: placeholder not in the form"


def test_report_covers_exactly_the_units_measures(
    report: dict[str, Any], seed: SeedForm, programme: dict[str, Any]
) -> None:
    """Blank cells are kept for jkg's own measures and left out for the others'."""
    responsible = {
        measure_id
        for measure_id, measure in measures(programme).items()
        if any(UNIT in units_of(programme, ref) for ref in measure["responsible"])
    }
    filled = {measure_id for measure_id, cell in seed.measures.items() if normalise(cell.status)}
    assert set(report["measures"]) == responsible | filled
