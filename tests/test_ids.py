"""One pattern for each kind of id: the code's (core.ids) are the JSON Schemas' own."""

from __future__ import annotations

import pytest

from zvit.check import schemas
from zvit.check.submissions import parse_tag
from zvit.commands._args import unit_id
from zvit.core.errors import ZvitError
from zvit.core.ids import (
    MEASURE_ID_PATTERN,
    MEASURE_KEY_PATTERN,
    PROGRAMME_ID_PATTERN,
    SECTION_ID_PATTERN,
    UNIT_ID,
    UNIT_ID_PATTERN,
)
from zvit.model.objects import ReportRef


def test_the_schema_files_use_the_code_s_patterns() -> None:
    programme, report = schemas.programme_schema(), schemas.report_schema()
    defs = programme["$defs"]
    assert defs["unitId"]["pattern"] == f"^{UNIT_ID_PATTERN}$" == report["properties"]["unit"]["pattern"]
    assert defs["programmeId"]["pattern"] == f"^{PROGRAMME_ID_PATTERN}$" == report["properties"]["programme"]["pattern"]
    assert defs["sectionId"]["pattern"] == f"^{SECTION_ID_PATTERN}$"
    measures = report["properties"]["measures"]["propertyNames"]["pattern"]
    assert defs["measureId"]["pattern"] == f"^{MEASURE_ID_PATTERN}$"
    assert measures == f"^{MEASURE_KEY_PATTERN}$"


@pytest.mark.parametrize("value", ["jkg", "a", "sp-aparat", "a" + "b" * 39])
def test_a_unit_id_is_accepted_by_every_check_alike(value: str) -> None:
    assert UNIT_ID.match(value)
    assert unit_id(value, None) == value
    assert parse_tag(f"{value}/2019-q3") == ReportRef(value, 2019, 3)


@pytest.mark.parametrize("value", ["", "Jkg", "1jkg", "../x", "jkg\n", "a" + "b" * 40, "jkg/x"])
def test_a_bad_unit_id_is_refused_by_every_check_alike(value: str) -> None:
    assert not UNIT_ID.match(value)
    with pytest.raises(ZvitError):
        unit_id(value, None)
    assert parse_tag(f"{value}/2019-q3") is None
