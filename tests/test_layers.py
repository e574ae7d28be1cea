"""The package's shape: imports point one way, and each library has one owner.

A module may import modules of its own layer or of lower layers only; render
modules take objects and never read files or run git; every new module must be
given a layer here, which is the moment to decide where it belongs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tools" / "zvit"

LAYERS: dict[str, tuple[str, ...]] = {
    "foundation": ("__init__", "findings", "errors", "messages", "lookalikes", "writing", "parallel", "model"),
    "load": ("yamlfile", "yamledit", "git", "source", "submissions", "signatures", "ooxml_reading"),
    "build": ("build", "schemas", "report_template", "measure_hunks"),
    "check": ("schema_check", "cross_check", "validate", "compare", "history", "overview", "submission_check",
              "audit", "codeowners", "form_import"),
    "render": ("reporters", "ooxml", "ooxml_revisions", "form_docx", "diff_text", "diff_docx",
               "overview_text", "overview_html", "consolidated_docx", "audit_docx", "audit_render"),
    "cli": ("cli", "__main__", "commands"),
}
ORDER = list(LAYERS)
LAYER_OF = {module: layer for layer, modules in LAYERS.items() for module in modules}

# Rendering takes objects: it never reads files or runs git.
NOT_FOR_RENDER = {"yamlfile", "yamledit", "git", "source", "submissions"}

# Each third-party library (and subprocess) is used by the modules named here only.
OWNERS: dict[str, set[str]] = {
    "ruamel": {"yamlfile", "yamledit"},
    "_ruamel_yaml": {"yamlfile"},
    "jsonschema": {"schema_check"},
    "jsonschema_rs": {"schema_check"},
    "docx": {"ooxml", "ooxml_reading", "ooxml_revisions", "form_docx", "diff_docx", "consolidated_docx",
             "audit_docx", "form_import"},
    "lxml": {"ooxml", "ooxml_reading", "ooxml_revisions"},
    "subprocess": {"git"},
}


def _modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        name = rel.parts[0] if rel.parts[0] == "commands" else ".".join(rel.parts)
        found[str(rel)] = (name, ast.parse(path.read_text(encoding="utf-8")))
    return found  # type: ignore[return-value]


def _imports(tree: ast.Module) -> tuple[set[str], set[str]]:
    """(zvit modules, other top-level modules) that `tree` imports."""
    own: set[str] = set()
    other: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "zvit":
                own.update(alias.name for alias in node.names if not alias.name.startswith("__"))
            elif node.module.startswith("zvit."):
                own.add(node.module.split(".")[1])
            elif node.level == 0:
                other.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("zvit."):
                    own.add(alias.name.split(".")[1])
                else:
                    other.add(alias.name.split(".")[0])
    return own, other


MODULES = _modules()


def test_every_module_has_a_layer() -> None:
    assert sorted({name for name, _ in MODULES.values()} - set(LAYER_OF)) == []


@pytest.mark.parametrize("rel", sorted(MODULES))
def test_imports_point_down_and_libraries_stay_with_their_owners(rel: str) -> None:
    name, tree = MODULES[rel]
    layer = ORDER.index(LAYER_OF[name])
    own, other = _imports(tree)
    upward = sorted(m for m in own if m in LAYER_OF and ORDER.index(LAYER_OF[m]) > layer)
    assert upward == [], f"{rel} imports from a higher layer"
    if LAYER_OF[name] == "render":
        assert sorted(own & NOT_FOR_RENDER) == [], f"{rel} renders, so it must not read files or run git"
    strays = sorted(lib for lib in other if lib in OWNERS and name not in OWNERS[lib])
    assert strays == [], f"{rel} uses a library another module owns"
