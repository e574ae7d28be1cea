"""A reporting repository with a history: two quarters of jkg's report, edited by three people.

Shared by the tests of compare, history, diff, review and textconv, which assert the
exact words zvit prints about it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from conftest import REPORT_PATH, Repo, make_repo

KOVAL = "Оксана Коваль <koval@example.org>"
IVANENKO = "Петро Іваненко <ivanenko@example.org>"
SHEVCHUK = "Марія Шевчук <shevchuk@example.org>"

Q3 = REPORT_PATH.read_text(encoding="utf-8")
I1_Q3 = "Проводиться роз’яснювальна робота."
I2_Q3 = "Постійно здійснюється контроль"
I14_Q3 = "Протягом ІІІ кварталу вносилися зміни."


def q2_text() -> str:
    """The previous quarter: the same report with a few statuses worded differently."""
    text = Q3.replace("quarter: 3", "quarter: 2").replace(I1_Q3, "Проводиться роз’яснювальна робота з працівниками.")
    return text.replace('  II.12: ""', "  II.12: Виконано.")


def edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


@dataclass
class Scenario:
    repo: Repo
    q2: str  # commit ids
    first: str
    fix: str
    submitted: str
    after: str


def build(path: Path) -> Scenario:
    repo = make_repo(path, files=("programme.yaml", "schema"))
    repo.write("reports/jkg/2019-q2.yaml", q2_text())
    q2 = repo.commit("Звіт за II квартал", author=KOVAL, date="2019-07-05T09:00:00")
    repo.write("reports/jkg/2019-q3.yaml", Q3)
    first = repo.commit("Звіт за III квартал: перша версія", author=KOVAL, date="2019-10-01T09:00:00")
    text = edit(Q3, I1_Q3, "Проводиться планова роз’яснювальна робота.")
    text = edit(text, '  I.11: "."', "  I.11: Працівники ознайомлені з вимогами статті 45.")
    repo.write("reports/jkg/2019-q3.yaml", text)
    fix = repo.commit("Уточнено I.1, заповнено I.11", author=IVANENKO, date="2019-10-02T10:30:00")
    text = edit(text, I14_Q3, "Протягом ІІІ кварталу зміни не вносилися.")
    repo.write("reports/jkg/2019-q3.yaml", text)
    submitted = repo.commit("I.14: уточнено закупівлі", author=SHEVCHUK, date="2019-10-03T11:00:00")
    repo.git(
        "tag",
        "-a",
        "jkg/2019-q3",
        "-m",
        "Подано: jkg, III квартал 2019 року",
        submitted,
        env={"GIT_COMMITTER_DATE": "2019-10-04T12:00:00"},
    )
    repo.write("reports/jkg/2019-q3.yaml", edit(text, I2_Q3, "Постійно здійснювався контроль"))
    after = repo.commit("Після подання: I.2", author=KOVAL, date="2019-10-07T08:00:00")
    return Scenario(repo, q2, first, fix, submitted, after)
