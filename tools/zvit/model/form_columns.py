"""The columns of the official form's table, as the seed form prints them: the one place that orders them.

The form renderers write these columns, the tracked-changes form and the
consolidated document fill the status column, and `zvit import` reads it back.
"""

from __future__ import annotations

COLUMN_TITLES = (
    "№",
    "Найменування заходу, зазначеного у антикорупційній програмі",
    "Строк виконання заходу",
    "Відповідальні за виконання",
    "Стан виконання",
)
# Where the status column stands, counted from 0.
STATUS_COLUMN = COLUMN_TITLES.index("Стан виконання")
