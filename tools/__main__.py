"""`python tools COMMAND ...`: run zvit from a checkout without installing it.

Python puts this directory on sys.path when it runs it, so the `zvit`
package next to this file imports as it would when installed.  The local
pre-commit hooks rely on this: pre-commit installs only their pinned
dependencies, never the repository itself.
"""

from __future__ import annotations

from zvit.cli import run

run()
