"""One module per command; each offers `register(subparsers, name, lang)`.

The registry below is the only list of commands: command name -> module of this
package.  `cli.py` builds the parser from it and imports only the module of the
command being run, so that `zvit validate` in a pre-commit hook does not load
python-docx and lxml for `zvit docx` (tests/test_startup.py keeps it so).
To add a command, add `"name": "module"` below.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

COMMANDS: dict[str, str] = {
    "validate": "validate",
    "schema": "schema",
    "docx": "docx",
    "status": "status",
    "consolidated": "consolidated",
    "submit": "submit",
    "codeowners": "codeowners",
    "audit": "audit",
    "new": "new",
    "fmt": "fmt",
    "import": "import_form",
    "diff": "diff",
    "history": "history",
    "review": "review",
    "textconv": "textconv",
    "init": "init",
    "setup": "setup",
}


def load_command(name: str) -> ModuleType:
    """The module of command `name` (imported on first use)."""
    return import_module(f"zvit.commands.{COMMANDS[name]}")
