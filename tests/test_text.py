"""One way to fold and shorten text (core.text), and each place that shows a short text says what it did before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zvit.check.form_import import shown
from zvit.core.text import ELLIPSIS, one_line, shorten
from zvit.model.report_template import shorten as template_title
from zvit.render.diff_text import TITLE_WIDTH, _short
from zvit.render.overview_html import HOVER_TITLE
from zvit.render.overview_html import _fit as hover_fit
from zvit.render.overview_text import _fit as column_fit

TEXTS = st.text(alphabet=st.sampled_from("аб cd,;:–—-\n\t."), max_size=200)


def test_a_cut_at_a_word_drops_the_punctuation_before_the_ellipsis() -> None:
    title = "Забезпечити постійний моніторинг стану виконання плану заходів, установ та організацій"
    assert template_title(title, 40) == "Забезпечити постійний моніторинг стану…"
    assert shorten("абв, где", 7, at_word=True, trim=" ,") == "абв…"
    assert shorten("абв где", 7) == "абв где"
    assert shorten("абвгдеж", 4) == "абв…"
    assert shorten("абв", 0) == ELLIPSIS


@given(TEXTS, st.integers(min_value=1, max_value=120))
def test_a_short_text_is_a_prefix_within_the_limit(value: str, limit: int) -> None:
    flat = one_line(value)
    short = shorten(flat, limit, at_word=True, trim=" ,;:")
    assert len(short) <= limit
    assert short == flat or (short.endswith(ELLIPSIS) and flat.startswith(short[:-1]))
    assert "\n" not in flat and "  " not in flat and flat == flat.strip()


# The helpers as they were, before they shared core.text: users see the same words.
def _old_template(title: str, limit: int = 110) -> str:
    flat = " ".join(title.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def _old_shown(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= 70:
        return flat
    cut = flat[:69]
    return (cut[: cut.rindex(" ")] if " " in cut else cut).rstrip(" ,;:") + "…"


def _old_short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1].rstrip() + "…"


@given(TEXTS, st.integers(min_value=0, max_value=80))
def test_every_caller_shows_what_it_showed_before(value: str, width: int) -> None:
    assert template_title(value) == _old_template(value)
    assert template_title(value, max(width, 1)) == _old_template(value, max(width, 1))
    assert shown(value) == _old_shown(value)
    assert _short(value) == _old_short(value)
    assert column_fit(value, width) == (value if len(value) <= width else value[: max(width - 1, 0)] + "…")
    assert hover_fit(value) == (value if len(value) <= HOVER_TITLE else value[: HOVER_TITLE - 1] + "…")
