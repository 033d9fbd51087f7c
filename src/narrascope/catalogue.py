"""Narrative catalogues: the YAML files users write, validated strictly and with the place of each error.

Format::

    narratives:
      - id: us-relocates-isis           # required, unique
        title: ...                      # required
        description: ...                # required
        claims: [..., ...]              # optional example claims (strings)
        parent: broader-id              # optional, must exist in the file
        keywords: {en: [...], ru: [...]}  # optional extra phrases per language
    examples:                           # optional labelled articles (see narrascope.examples)
      - {file: labelled/a.txt, narratives: [us-relocates-isis]}

Unknown fields produce a warning that names them (catalogues travel between tools); missing or
mistyped required fields, duplicate ids and unknown parents are errors naming file, line, field.
So are YAML tags other than the plain types (``!foo``, ``!!python/...``: never constructed) and a
key given twice in one mapping (YAML would keep the last one silently). Anchors, aliases and
``<<`` merges of plain values are fine. What a catalogue may hold is bounded (bytes, narratives,
nesting, values with aliases spelled out: ``settings.catalogue_max_*``, E207), so that checking
one costs seconds at most.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import (
    E_CAT_DUP,
    E_CAT_EMPTY,
    E_CAT_FIELD,
    E_CAT_PARENT,
    E_CAT_SHAPE,
    E_CAT_SIZE,
    E_CAT_YAML,
    CatalogueError,
)
from .examples import Example, FileRules, parse_examples
from .settings import DEFAULT, Settings

KNOWN_FIELDS = {"id", "title", "description", "claims", "parent", "keywords", "examples"}
REQUIRED_TEXT = ("id", "title", "description")
# The tags plain YAML resolves to by itself; any other one (``!foo``, ``!!python/object``) is refused.
PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in
                       ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "merge"))


@dataclass(frozen=True, slots=True)
class Narrative:
    id: str
    title: str
    description: str
    claims: tuple[str, ...] = ()
    parent: str | None = None
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    line: int = 0
    #: the line of its ``parent:`` field in the file (0: none, or built in Python), where E205 points
    parent_line: int = field(default=0, compare=False, repr=False)

    def __post_init__(self) -> None:
        """The rules a catalogue file's narrative obeys, for one built in Python too (E203); ``claims``
        given as one string is one claim, as in a file.

        >>> Narrative("a", "A", "Something is claimed.", claims="One claim.").claims
        ('One claim.',)
        """
        where = f"<memory>:{self.line}" if self.line else "<memory>"
        label = f"narrative {self.id!r}" if isinstance(self.id, str) else "a narrative"
        for name in REQUIRED_TEXT:
            _required_text(getattr(self, name), name, label, where)
        if type(self.claims) is not tuple or not all(type(c) is str for c in self.claims):  # as a file gives them
            object.__setattr__(self, "claims", _strings(self.claims, "claims", label, where))
        if self.parent is not None:
            _parent(self.parent, label, where)


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Narratives (at least one), ids unique, each parent one of them (E204-E206, as for a file)."""

    narratives: tuple[Narrative, ...]
    source: str = "<memory>"
    warnings: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()

    def __post_init__(self) -> None:
        if not self.narratives:
            raise CatalogueError("the catalogue has no narratives", where=self.source, code=E_CAT_EMPTY)
        if not isinstance(self.narratives, tuple):
            object.__setattr__(self, "narratives", tuple(self.narratives))
        _check_ids(self.narratives, self.source)

    @property
    def version(self) -> str:
        """A hash of the content, labelled examples included: analyses made with another catalogue are
        told apart by it (a catalogue without examples keeps the hash it had before they existed)."""
        h = hashlib.sha256()
        for n in self.narratives:
            h.update(repr((n.id, n.title, n.description, n.claims, n.parent, sorted(n.keywords.items()))).encode())
        for e in self.examples:
            h.update(repr((e.digest, e.narratives)).encode())
        return h.hexdigest()[:12]

    def get(self, narrative_id: str) -> Narrative | None:
        return next((n for n in self.narratives if n.id == narrative_id), None)


BUNDLED = "narrascope:data/catalogue.yaml"  # how the catalogue shipped with narrascope is named in messages
# libyaml's reader where PyYAML was built with it (its wheels are): 4-5 times faster, and it
# refuses nesting past 1000 levels where the pure-Python one recurses
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # a str can hold one (from a JSON escape); no file can


def load_catalogue(path: str | Path | None = None, settings: Settings = DEFAULT) -> Catalogue:
    """Read and validate a catalogue file; ``None`` gives the catalogue shipped with narrascope."""
    return parse_catalogue(catalogue_text(path, settings), BUNDLED if path is None else str(path), settings)


def catalogue_text(path: str | Path | None = None, settings: Settings = DEFAULT) -> str:
    """A catalogue file's text (the bundled one for ``None``); E202 when it cannot be read, E207
    when it is larger than ``settings.catalogue_max_bytes``."""
    if path is None:
        return resources.files("narrascope.data").joinpath("catalogue.yaml").read_text(encoding="utf-8")
    if isinstance(path, str) and "\n" in path:  # no file name holds a line break; catalogue YAML does
        raise CatalogueError("this is catalogue YAML, not a file name: read it with parse_catalogue(text) and "
                             "pass the Catalogue it returns", where="<string>", code=E_CAT_SHAPE)
    p = Path(path)
    try:
        if p.is_file() and p.stat().st_size > settings.catalogue_max_bytes:
            raise _too_large(p.stat().st_size, settings, str(p))
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as err:
        raise CatalogueError("catalogue file not found", where=str(p), code=E_CAT_SHAPE) from err
    except (OSError, UnicodeDecodeError) as err:
        raise CatalogueError(f"cannot read the catalogue ({err})", where=str(p), code=E_CAT_SHAPE) from err
    return text


def parse_catalogue(text: str, source: str = "<memory>", settings: Settings = DEFAULT,
                    base: Path | None = None, *, confined: bool = False,
                    trusted: Iterable[Path] = ()) -> Catalogue:
    """Validate catalogue YAML held in a string; example files are found relative to ``base`` (by
    default the folder of ``source`` when it names a file, else the working directory), and with
    ``confined`` (a catalogue sent to the server) must lie in that folder or be among ``trusted``.

    >>> parse_catalogue("narratives: [{id: a, title: A, description: d}]").narratives[0].id
    'a'
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > settings.catalogue_max_bytes:
        raise _too_large(size, settings, source)
    lone = _LONE_SURROGATE.search(text)
    if lone is not None:
        raise CatalogueError("not valid YAML (a lone surrogate, half of a UTF-16 pair, is no character)",
                             where=f"{source}:{text.count(chr(10), 0, lone.start()) + 1}", code=E_CAT_YAML)
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        problem = str(getattr(err, "problem", err))
        opened, context = getattr(err, "context_mark", None), getattr(err, "context", None)
        if opened is not None and mark is not None and "end of stream" in problem and context:
            # an unclosed quote is found only where the file ends: the mistake is where it opened
            where = f"{source}:{opened.line + 1}"
            problem = f"{context} opened at line {opened.line + 1} and never closed: {problem}"
        raise CatalogueError(f"not valid YAML ({problem})", where=where, code=E_CAT_YAML) from err
    except RecursionError as err:  # the pure-Python reader recurses once per level; libyaml stops at 1000
        raise CatalogueError(f"nested deeper than catalogue_max_depth ({settings.catalogue_max_depth})",
                             where=source, code=E_CAT_SIZE) from err
    top, items = _narrative_nodes(root, source)
    if len(items) > settings.catalogue_max_narratives:
        raise CatalogueError(f"{len(items):,} narratives, more than catalogue_max_narratives "
                             f"({settings.catalogue_max_narratives:,})",
                             where=f"{source}:{items[0].start_mark.line + 1}", code=E_CAT_SIZE)
    reader = _Reader(source, settings)
    reader.check_document(top)
    warnings: list[str] = []
    narratives = [_narrative(node, reader, warnings) for node in items]
    examples_node = next((v for k, v in top.value if k.value == "examples"), None)
    folder = base or _folder_of(source)
    files = FileRules(folder, settings.max_input_bytes, folder if confined else None,
                      frozenset(p.resolve() for p in trusted))
    examples = parse_examples(examples_node, reader.value, source, files, [n.id for n in narratives], warnings)
    return Catalogue(tuple(narratives), source, tuple(warnings), examples)  # which checks ids and parents


def _folder_of(source: str) -> Path:
    path = Path(source)
    return path.parent if source not in ("<memory>", BUNDLED) and path.suffix else Path.cwd()


def _narrative_nodes(root: yaml.Node | None, source: str) -> tuple[yaml.MappingNode, list[yaml.MappingNode]]:
    """The file's top mapping and its narratives, once their shape is right."""
    if root is None:
        raise CatalogueError("the catalogue is empty", where=source, code=E_CAT_EMPTY)
    if not isinstance(root, yaml.MappingNode):
        raise CatalogueError("expected a mapping with a 'narratives' list at the top",
                             where=f"{source}:{root.start_mark.line + 1}", code=E_CAT_SHAPE)
    node = next((v for k, v in root.value if k.value == "narratives"), None)
    if node is None:
        raise CatalogueError("missing the top-level field 'narratives'", where=f"{source}:1", code=E_CAT_SHAPE)
    if not isinstance(node, yaml.SequenceNode):
        raise CatalogueError("'narratives' must be a list", where=f"{source}:{node.start_mark.line + 1}",
                             code=E_CAT_SHAPE)
    if not node.value:
        raise CatalogueError("'narratives' is empty", where=f"{source}:{node.start_mark.line + 1}", code=E_CAT_EMPTY)
    for item in node.value:
        if not isinstance(item, yaml.MappingNode):
            raise CatalogueError("each narrative must be a mapping (id, title, description, ...)",
                                 where=f"{source}:{item.start_mark.line + 1}", code=E_CAT_SHAPE)
    return root, list(node.value)


class _Reader:
    """Checks composed YAML nodes (tags, keys given twice, size) and builds plain values from them.

    Values are constructed by PyYAML's safe constructor, only after every node in them was checked.
    """

    def __init__(self, source: str, settings: Settings = DEFAULT) -> None:
        self.source = source
        self.settings = settings
        self.constructor = yaml.constructor.SafeConstructor()
        # per node: (values it stands for, levels below it); (-1, 0) while it is being measured
        self.measured: dict[int, tuple[int, int]] = {}
        self.total = 0

    def check_document(self, root: yaml.MappingNode) -> None:
        """Every node of the file; an error names the narrative's field, or the top-level key, it is under."""
        self._plain(root, "narratives", 0)
        for key, value in root.value:
            if key.value == "narratives" and isinstance(value, yaml.SequenceNode):
                self._plain(value, "narratives", 1)
                for item in value.value:
                    self._plain(item, "narratives", 2)
                    for k, v in item.value:
                        self._count(k, self._measure(k, str(k.value), 3) + self._measure(v, str(k.value), 3))
            else:
                self._count(key, self._measure(key, str(key.value), 1) + self._measure(value, str(key.value), 1))

    def _plain(self, node: yaml.Node, name: str, depth: int) -> None:
        """One level of the file's frame (the top, the list, a narrative): its tag and its keys."""
        self._measure(node, name, depth, frame=True)
        self._count(node, 1)

    def _count(self, node: yaml.Node, values: int) -> None:
        self.total += values
        if self.total > self.settings.catalogue_max_values:
            raise CatalogueError(f"the catalogue stands for more than catalogue_max_values "
                                 f"({self.settings.catalogue_max_values:,}) values once its aliases are spelled "
                                 "out", where=self._at(node), code=E_CAT_SIZE)

    def _measure(self, node: yaml.Node, name: str, depth: int, *, frame: bool = False) -> int:
        """Refuse a foreign tag, a key given twice, nesting too deep or a value that contains itself,
        in ``node`` and (unless ``frame``: its keys are fields, measured on their own) below it.
        Returns how many values ``node`` stands for with its aliases spelled out (memoised per node,
        so that a few lines naming each other ten times over are measured in a few steps)."""
        if id(node) in self.measured:
            values, below = self.measured[id(node)]
            if values < 0:
                raise CatalogueError(f"field '{name}' contains itself (through a YAML alias)", where=self._at(node),
                                     code=E_CAT_SIZE)
            self._deep(node, name, depth + below)
            return values
        self._deep(node, name, depth)
        if node.tag not in PLAIN_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise CatalogueError(f"field '{name}' carries the YAML tag {tag}; a catalogue holds plain "
                                 "text, lists and mappings only", where=self._at(node), code=E_CAT_FIELD)
        if isinstance(node, yaml.MappingNode):
            self._unique_keys(node.value, None if frame else name)
        if frame or isinstance(node, yaml.ScalarNode):
            return 1
        self.measured[id(node)] = (-1, 0)
        children = [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else node.value
        values, below = 1, 0
        for child in children:
            values += self._measure(child, name, depth + 1)
            below = max(below, 1 + self.measured.get(id(child), (0, 0))[1])
            if values > self.settings.catalogue_max_values:  # stop early: the total will be refused anyway
                break
        self.measured[id(node)] = (values, below)
        return values

    def _deep(self, node: yaml.Node, name: str, depth: int) -> None:
        if depth > self.settings.catalogue_max_depth:
            raise CatalogueError(f"field '{name}' is nested deeper than catalogue_max_depth "
                                 f"({self.settings.catalogue_max_depth})", where=self._at(node), code=E_CAT_SIZE)

    def _unique_keys(self, pairs: list[tuple[yaml.Node, yaml.Node]], name: str | None) -> None:
        first: dict[str, int] = {}
        for key, _ in pairs:
            if not isinstance(key, yaml.ScalarNode) or key.tag.endswith(":merge"):
                continue
            if key.value in first:
                raise CatalogueError(f"field '{name or key.value}' is given twice (first at line {first[key.value]})",
                                     where=self._at(key), code=E_CAT_DUP)
            first[key.value] = key.start_mark.line + 1

    def value(self, node: yaml.Node) -> Any:
        """The plain Python value of a checked node (lists, dicts, strings, numbers, dates)."""
        return self.constructor.construct_object(node, deep=True)

    def fields(self, node: yaml.MappingNode) -> list[tuple[yaml.Node, yaml.Node]]:
        """A narrative's key and value nodes, ``<<`` merges resolved (explicit keys win)."""
        self.constructor.flatten_mapping(node)
        return list(node.value)

    def _at(self, node: yaml.Node) -> str:
        return f"{self.source}:{node.start_mark.line + 1}"


def _too_large(size: int, settings: Settings, where: str) -> CatalogueError:
    return CatalogueError(f"{size:,} bytes, more than catalogue_max_bytes ({settings.catalogue_max_bytes:,})",
                          where=where, code=E_CAT_SIZE)


def _narrative(node: yaml.MappingNode, reader: _Reader, warnings: list[str]) -> Narrative:
    source = reader.source
    line = node.start_mark.line + 1
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in reader.fields(node):
        data[str(key_node.value)] = reader.value(value_node)
        lines[str(key_node.value)] = key_node.start_mark.line + 1
    nid = data.get("id")
    label = f"narrative {nid!r}" if isinstance(nid, str) else "a narrative"
    for name in REQUIRED_TEXT:
        _required_text(data.get(name), name, label, f"{source}:{lines.get(name, line)}")
    unknown = sorted(set(data) - KNOWN_FIELDS)
    if unknown:
        guesses = [f"{name!r} (did you mean {close[0]!r}?)" if (close := difflib.get_close_matches(
            name, sorted(KNOWN_FIELDS), n=1, cutoff=0.75)) else repr(name) for name in unknown]
        warnings.append(f"{source}:{line}: {label} has unknown field(s) {', '.join(guesses)} (ignored)")
    return Narrative(
        id=str(data["id"]).strip(),
        title=" ".join(str(data["title"]).split()),
        description=" ".join(str(data["description"]).split()),
        claims=_strings(data.get("claims"), "claims", label, f"{source}:{lines.get('claims', 0)}"),
        parent=_parent(data.get("parent"), label, f"{source}:{lines.get('parent', 0)}"),
        keywords=_keywords(data.get("keywords"), label, source, lines),
        line=line,
        parent_line=lines.get("parent", 0),
    )


def _required_text(value: Any, name: str, label: str, where: str) -> None:
    """``id``, ``title`` and ``description``: present, and text that is not blank (E203)."""
    if value is None:
        raise CatalogueError(f"{label} is missing the required field '{name}'", where=where, code=E_CAT_FIELD)
    if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
        raise CatalogueError(f"field '{name}' of {label} must be non-empty text", where=where, code=E_CAT_FIELD)


def _strings(value: Any, name: str, label: str, where: str) -> tuple[str, ...]:
    """Sentences: one string is one sentence; blanks are dropped and spaces collapsed (E203 otherwise)."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, (str, int, float)) for v in value):
        raise CatalogueError(f"field '{name}' of {label} must be a list of sentences", where=where, code=E_CAT_FIELD)
    return tuple(" ".join(str(v).split()) for v in value if str(v).strip())


def _parent(value: Any, label: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"field 'parent' of {label} must be a narrative id", where=where, code=E_CAT_FIELD)
    return value.strip()


def _keywords(value: Any, label: str, source: str, lines: dict[str, int]) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    where = f"{source}:{lines.get('keywords', 0)}"
    if isinstance(value, list):
        value = {"any": value}
    if not isinstance(value, dict):
        raise CatalogueError(f"field 'keywords' of {label} must map languages to lists of phrases",
                             where=where, code=E_CAT_FIELD)
    return {str(lang): _strings(words, "keywords", label, where) for lang, words in value.items()}


def _check_ids(narratives: tuple[Narrative, ...], source: str) -> None:
    seen: dict[str, int] = {}
    for n in narratives:
        if any(part in ("", ".", "..") for part in n.id.split("/")):
            # a browser rewrites the link "/narratives/a/../b" to "/narratives/b": the page shown would be another's
            raise CatalogueError(f"the id {n.id!r} has an empty, '.' or '..' part between slashes, which a browser "
                                 "rewrites in the dashboard's links: give each part a name", where=_at(source, n),
                                 code=E_CAT_FIELD)
        if n.id in seen:
            raise CatalogueError(f"duplicate id {n.id!r} (first defined at line {seen[n.id]})",
                                 where=_at(source, n), code=E_CAT_DUP)
        seen[n.id] = n.line
    for n in narratives:
        if n.parent is not None and n.parent not in seen:
            raise CatalogueError(f"narrative {n.id!r} names an unknown parent {n.parent!r}",
                                 where=_at(source, n, n.parent_line), code=E_CAT_PARENT)
        if n.parent == n.id:
            raise CatalogueError(f"narrative {n.id!r} is its own parent", where=_at(source, n, n.parent_line),
                                 code=E_CAT_PARENT)
    parent_of = {n.id: n.parent for n in narratives}
    for n in narratives:  # a longer loop (a -> b -> a) would send every walk up the parents round forever
        chain, at = [n.id], n.parent
        while at is not None and at not in chain:
            chain.append(at)
            at = parent_of.get(at)
        if at == n.id:
            raise CatalogueError(f"narrative {n.id!r} is its own ancestor: {' -> '.join([*chain, at])}",
                                 where=_at(source, n, n.parent_line), code=E_CAT_PARENT)


def _at(source: str, n: Narrative, line: int = 0) -> str:
    """Where ``n`` is in the file: ``line`` (one of its fields) when known, else where the narrative starts."""
    line = line or n.line
    return f"{source}:{line}" if line else source
