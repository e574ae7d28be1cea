"""The columns of the seed's form (`seed-2019`), by the names the renderers and import used first.

The form's columns belong to the programme now (`form_layout`); these stay for code
that speaks of the seed form itself.
"""

from __future__ import annotations

from zvit.model.form_layout import SEED_2019

COLUMN_TITLES = tuple(column.title for column in SEED_2019.columns)
# Where the status column stands in the seed form, counted from 0.
STATUS_COLUMN = SEED_2019.fields.index("status")
