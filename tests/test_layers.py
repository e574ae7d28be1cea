"""The package's shape: imports point one way, and each library has one owner.

A module's layer is the folder it lives in (`tools/zvit/<layer>/<module>.py`); the
entry points `cli` and `__main__` sit above everything. A module may import its
own layer or lower ones only. Render modules take objects: nothing they import,
directly or through other modules, reads files or runs git.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tools" / "zvit"

ORDER = ["core", "load", "model", "check", "render", "commands"]
# Top-level modules and the layer they stand in: the entry points belong with the commands.
TOP = {"__init__": "core", "cli": "commands", "__main__": "commands"}

# What reads or writes files or starts processes: render must reach none of it.
OS_CALLS = {
    "open",
    "fdopen",
    "replace",
    "rename",
    "unlink",
    "remove",
    "mkdir",
    "makedirs",
    "listdir",
    "scandir",
    "walk",
    "stat",
    "lstat",
    "system",
    "popen",
    "execv",
    "execvp",
    "fork",
}
PATH_CALLS = {"read_bytes", "read_text", "write_bytes", "write_text", "iterdir", "glob", "rglob"}
OUTSIDE_IO = {"subprocess", "shutil", "tempfile", "glob", "pathlib"}

# Each third-party library (and subprocess) is used by the modules named here only.
OWNERS: dict[str, set[str]] = {
    "ruamel": {"load.yamlfile", "load.yamledit"},
    "_ruamel_yaml": {"load.yamlfile"},
    "jsonschema": {"check.schema_check"},
    "jsonschema_rs": {"check.schema_check"},
    "docx": {
        "render.ooxml",
        "load.ooxml_reading",
        "render.ooxml_revisions",
        "render.form_docx",
        "render.diff_docx",
        "render.consolidated_docx",
        "render.audit_docx",
        "check.form_import",
    },
    "lxml": {"render.ooxml", "load.ooxml_reading", "render.ooxml_revisions"},
    "subprocess": {"load.git"},
}


def _name(path: Path) -> str:
    """`tools/zvit/check/audit.py` → `check.audit`; a package's `__init__` is the package."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _layer(name: str) -> str:
    return TOP.get(name, name.split(".")[0])


def _modules() -> dict[str, ast.Module]:
    return {
        _name(path): ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


MODULES = _modules()


def _resolve(importer: str, node: ast.ImportFrom) -> str:
    """The absolute module an ImportFrom names, relative imports included."""
    if node.level == 0:
        return node.module or ""
    package = importer.split(".")
    is_package = (PACKAGE / Path(*package) / "__init__.py").exists()
    base = package if is_package else package[:-1]
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return ".".join(["zvit", *base, *([node.module] if node.module else [])])


def _imports(importer: str, tree: ast.Module) -> tuple[set[str], set[str]]:
    """(zvit modules, other top-level modules) that `tree` imports, as names like `check.audit`."""
    own: set[str] = set()
    other: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = _resolve(importer, node)
            if module == "zvit" or module.startswith("zvit."):
                inner = module.removeprefix("zvit").removeprefix(".")
                for alias in node.names:
                    candidate = f"{inner}.{alias.name}" if inner else alias.name
                    if candidate in MODULES:
                        own.add(candidate)
                    elif inner:
                        own.add(inner)
            else:
                other.add(module.split(".")[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("zvit."):
                    own.add(alias.name.removeprefix("zvit."))
                else:
                    other.add(alias.name.split(".")[0])
    return own - {""}, other


IMPORTS = {name: _imports(name, tree) for name, tree in MODULES.items()}


def _does_io(tree: ast.Module) -> list[str]:
    """Calls in `tree` that open files, touch the file system or start processes."""
    calls = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            calls.append(f"open() at line {node.lineno}")
        elif isinstance(func, ast.Attribute):
            on_os = isinstance(func.value, ast.Name) and func.value.id in {"os", "io"}
            if (on_os and func.attr in OS_CALLS) or func.attr in PATH_CALLS:
                calls.append(f"{func.attr}() at line {node.lineno}")
    return calls


def _reachable(name: str) -> set[str]:
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        for module in IMPORTS[current][0]:
            if module not in seen and module in MODULES:
                seen.add(module)
                todo.append(module)
    return seen


def test_every_module_lives_in_a_known_layer() -> None:
    assert sorted(name for name in MODULES if _layer(name) not in ORDER) == []


def test_relative_imports_are_seen() -> None:
    tree = ast.parse("from ..load import git\nfrom .compare import x\nfrom . import history\n")
    own, _ = _imports("check.audit", tree)
    assert own == {"load.git", "check.compare", "check.history"}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_point_down_and_libraries_stay_with_their_owners(name: str) -> None:
    layer = ORDER.index(_layer(name))
    own, other = IMPORTS[name]
    upward = sorted(m for m in own if ORDER.index(_layer(m)) > layer)
    assert upward == [], f"{name} imports from a higher layer"
    strays = sorted(lib for lib in other if lib in OWNERS and name not in OWNERS[lib])
    assert strays == [], f"{name} uses a library another module owns"


@pytest.mark.parametrize("name", sorted(m for m in MODULES if _layer(m) == "render"))
def test_render_reaches_no_file_and_no_git(name: str) -> None:
    """Through every module it imports, a renderer never opens a file or starts a process."""
    offenders = {}
    for module in {name} | _reachable(name):
        calls = _does_io(MODULES[module])
        if calls or IMPORTS[module][1] & OUTSIDE_IO:
            offenders[module] = calls or sorted(IMPORTS[module][1] & OUTSIDE_IO)
    assert offenders == {}, f"{name} reaches files or processes"


def test_the_file_and_process_detector_sees_what_it_guards() -> None:
    assert _does_io(MODULES["core.writing"]) and IMPORTS["load.git"][1] & OUTSIDE_IO
    assert _does_io(ast.parse("'a'.replace('b', 'c')")) == []


# The modules that may call open(): the reader everything reads through, and git's stderr file.
OPENERS = {"load.files", "load.git"}


def test_files_are_read_through_one_reader() -> None:
    """Everything else reads through `load.files` (a `Source`, for the repository's files)."""
    opening = sorted(name for name, tree in MODULES.items() if _opens(tree))
    assert [name for name in opening if name not in OPENERS] == []
    assert set(opening) == OPENERS


def _opens(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open"
        for node in ast.walk(tree)
    )


def test_git_is_run_to_its_end_in_one_place() -> None:
    """`load.git.git_process` runs every one-shot git command: one set of options, one environment."""
    runs = [
        node.lineno
        for node in ast.walk(MODULES["load.git"])
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "run"
    ]
    (function,) = [
        node
        for node in ast.walk(MODULES["load.git"])
        if isinstance(node, ast.FunctionDef) and node.name == "git_process"
    ]
    assert len(runs) == 1 and function.lineno <= runs[0] <= (function.end_lineno or 0)


def test_the_readme_lists_the_layers_in_order_and_every_module() -> None:
    """README's developer section and this test describe one layout."""
    readme = (PACKAGE.parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("### Layout: one folder per layer\n\n```\n", 1)[1].split("```", 1)[0]
    layers = [line.split()[0] for line in block.splitlines() if line and not line.startswith(" ")]
    assert layers == ORDER
    words = set(re.findall(r"[A-Za-z_]+", block))
    # Each command's module is named by the command; the layers' other modules by the README.
    listed = [name for name in MODULES if name not in TOP and (_layer(name) != "commands" or "._" in name)]
    assert sorted(name for name in listed if name.split(".")[-1] not in words) == []
    assert {"cli", "__main__", "_args"} <= words
