"""The import graph of server/ and gateway/, read from the sources with ``ast`` (nothing is run).

Layers, lowest first; a module imports only from its own layer or lower ones:

1. ``gateway``: the HTTP runtime, generic, knows no module of ``server``;
2. the core of ``server``: errors and configuration; field masks, validation and the store;
   authentication and rights; the kinds of rights rule; events; the pipeline and its gRPC
   transport (each step may use the ones before it);
3. ``server.devices``: what the end-device registries of the components share;
4. the components (``identity``, ``join``, ``network``, ``application``, ``legacy``): none
   imports another, except through a declared seam (:data:`SEAMS`);
5. the composition root (``server.app``, and ``server.cli`` that starts it): the only place that
   knows every component.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LAYERS: tuple[tuple[str, ...], ...] = (
    ("gateway",),
    ("server.errors", "server.config"),
    ("server.fieldmask", "server.validate", "server.store"),
    ("server.auth",),
    ("server.rules",),
    ("server.events",),
    ("server.pipeline", "server.grpc_transport"),
    ("server.devices",),
    ("server.identity", "server.join", "server.network", "server.application", "server.legacy"),
    ("server.app", "server.cli", "server"),
)
COMPONENTS = LAYERS[-2]

# A component's module that another may import, and who may: the reason is in each comment.
SEAMS: dict[str, frozenset[str]] = {
    # The Application Server hands its downlinks to the Network Server in process, where
    # upstream calls the NS's AsNs service.
    "server.network.downlink_queue": frozenset({"server.application"}),
    # The v2 payload functions run on the Application Server's formatter engine (upstream keeps
    # it apart too, as pkg/messageprocessors).
    "server.application.formatters": frozenset({"server.legacy"}),
}


def _modules() -> dict[str, Path]:
    """Every module of server/ and gateway/ by dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for top in ("server", "gateway"):
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> list[tuple[str, int]]:
    """(imported module of server/ or gateway/, line) for every import in the file, anywhere
    in it (inside functions and ``TYPE_CHECKING`` blocks too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # ``from package import module`` names the module, ``from module import name`` the module.
            targets = list(dict.fromkeys(f"{module}.{alias.name}" if f"{module}.{alias.name}" in MODULES else module
                                         for alias in node.names))
        else:
            continue
        out.extend((target, node.lineno) for target in targets if target.split(".")[0] in ("server", "gateway"))
    return out


def _owner(name: str, prefixes) -> str | None:
    """The longest of ``prefixes`` that ``name`` is or lies under."""
    best = None
    for prefix in prefixes:
        if (name == prefix or name.startswith(prefix + ".")) and (best is None or len(prefix) > len(best)):
            best = prefix
    return best


def _layer(name: str) -> int:
    prefixes = {prefix: rank for rank, layer in enumerate(LAYERS) for prefix in layer}
    owner = _owner(name, prefixes)
    assert owner is not None, f"{name} is in no layer: add it to LAYERS"
    return prefixes[owner]


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def test_every_module_is_in_a_layer():
    for name in MODULES:
        _layer(name)


def test_no_module_imports_upward():
    upward = [
        f"{MODULES[name].relative_to(ROOT)}:{line} imports {target}"
        for name, imports in GRAPH.items()
        for target, line in imports
        if _layer(target) > _layer(name)
    ]
    assert not upward, "\n".join(upward)


def test_components_import_each_other_only_through_seams():
    crossing = []
    for name, imports in GRAPH.items():
        mine = _owner(name, COMPONENTS)
        if mine is None:
            continue
        for target, line in imports:
            theirs = _owner(target, COMPONENTS)
            if theirs is None or theirs == mine:
                continue
            seam = _owner(target, SEAMS)
            if seam is None or mine not in SEAMS[seam]:
                crossing.append(f"{MODULES[name].relative_to(ROOT)}:{line} imports {target}")
    assert not crossing, "\n".join(crossing)


def test_only_the_composition_root_knows_every_component():
    knows = {name: {_owner(target, COMPONENTS) for target, _ in imports} - {None} for name, imports in GRAPH.items()}
    assert knows["server.app"] == set(COMPONENTS)
    assert [name for name, known in knows.items() if known == set(COMPONENTS)] == ["server.app"]


def test_the_gateway_imports_nothing_of_the_server():
    assert not [(name, target) for name, imports in GRAPH.items() if name.startswith("gateway")
                for target, _ in imports if target.startswith("server")]


@pytest.mark.parametrize("source, expected", [
    # A planted upward import is found: the check reads what it claims to read.
    ("from ..application.link import As\n", "server.application.link"),
    ("from .. import pipeline\n", "server.pipeline"),
    ("import server.app\n", "server.app"),
    ("def f():\n    from ..identity import entities\n", "server.identity.entities"),
])
def test_imports_are_resolved(tmp_path, source, expected):
    path = tmp_path / "probe.py"
    path.write_text(source)
    assert [target for target, _ in _imports("server.auth.probe", path)] == [expected]
