"""One module per command; each offers `register(subparsers, name)`.

The registry below is the only list of commands: `cli.py` builds the parser from it.
"""

from __future__ import annotations

from types import ModuleType

from zvit.commands import docx, schema, validate
from zvit.commands import consolidated, status
from zvit.commands import audit, codeowners, submit
from zvit.commands import fmt, import_form, new

COMMANDS: dict[str, ModuleType] = {
    "validate": validate,
    "schema": schema,
    "docx": docx,
    "status": status,
    "consolidated": consolidated,
    "submit": submit,
    "codeowners": codeowners,
    "audit": audit,
    "new": new,
    "fmt": fmt,
    "import": import_form,
}
