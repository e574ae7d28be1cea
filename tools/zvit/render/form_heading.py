"""The words above the form's table: the title sentence and the caption under the unit.

They are the programme's words (its `title_in_form`, the kind of body, the
gender of the document's name) and the period's: one function words a period of
any kind, so the quarterly, half-yearly and yearly forms say it the same way.
"""

from __future__ import annotations

from zvit.model.form_layout import FormSpec
from zvit.model.objects import Programme, Report
from zvit.model.period import Period, PeriodKind

# Printed in the number's place on a blank form (no report yet).
BLANK = "____"

_CAPTIONS = {
    "oblast-administration": "(найменування підрозділу облдержадміністрації)",
    "military-administration": "(найменування підрозділу обласної військової адміністрації)",
    "oblast-council": "(найменування підрозділу обласної ради)",
    "city-council": "(найменування підрозділу міської ради)",
    "village-council": "(найменування підрозділу сільської ради)",
    "ministry": "(найменування підрозділу міністерства)",
    "enterprise": "(найменування підрозділу підприємства)",
}
# "… та реалізації визначених у ній заходів": the pronoun agrees with the document.
_IN_IT = {"feminine": "у ній", "masculine": "у ньому", "neuter": "у ньому"}


def period_phrase(kind: PeriodKind, number: int | None, year: int) -> str:
    """ "за ІІІ квартал 2019 року", "за І півріччя 2022 року", "за 2022 рік" (`Period.phrase` after «за»).

    `number` None leaves a line to fill in (a blank form).
    """
    if number is None and kind != "year":
        unit = "квартал" if kind == "quarter" else "півріччя"
        return f"за {BLANK} {unit} {year} року"
    return f"за {Period(kind, year, number or 1).phrase}"


def report_period_phrase(programme: Programme, report: Report | None) -> str:
    """The report's period as the heading words it; a blank of the programme's cadence on a blank form."""
    if report is None:
        phrase = period_phrase(programme.reporting, None, programme.year)
        # A programme of several years leaves the year to fill in too.
        return phrase.replace(str(programme.year), BLANK) if len(programme.years) > 1 else phrase
    return period_phrase(report.period.kind, report.period.number, report.period.year)


def title_sentence(programme: Programme, period: str) -> str:
    """The sentence under «ФОРМА»: what the form reports on, for `period` (a `period_phrase`)."""
    in_it = _IN_IT[programme.form.gender]
    return (
        f"для надання звітної інформації {period} "
        f"про виконання {programme.title_in_form} та реалізації визначених {in_it} заходів"
    )


def consolidated_sentence(programme: Programme, period: str) -> str:
    """The consolidated report's sentence: the same words, the period last."""
    in_it = _IN_IT[programme.form.gender]
    return f"про виконання {programme.title_in_form} та реалізації визначених {in_it} заходів {period}"


def unit_caption(form: FormSpec) -> str:
    """The caption under the unit's name: the programme's own words, else its body's."""
    return form.caption or _CAPTIONS[form.body]
