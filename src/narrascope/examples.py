"""Labelled articles a catalogue carries (its top-level ``examples:``), validated like the rest of it.

Format::

    examples:
      - file: labelled/article-17.txt       # relative to the catalogue's folder, or absolute
        narratives: [us-relocates-isis]     # ids of this catalogue it pushes; [] = none of them
      - text: "The article itself, inline."
        narratives: []
        id: desk-2024-03-17                 # optional: a name of the labelled article

An example says, for *every* narrative of the catalogue, whether the article pushes it: listed
ids are positives, the others negatives. What the matcher learns from them is in
:mod:`narrascope.learn`. A missing or unreadable file and an id the catalogue lacks are E208,
naming the file, line and field.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
import yaml

from .errors import E_CAT_EXAMPLE, E_CAT_FIELD, CatalogueError

EXAMPLE_FIELDS = {"file", "text", "narratives", "id"}


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled article: the narratives it pushes (the catalogue's others it does not)."""

    narratives: tuple[str, ...]
    file: Path | None = None
    text: str | None = None
    id: str | None = None
    line: int = 0
    #: sha256 of the article's bytes: what was learnt from it is cached under it
    digest: str = ""

    @property
    def name(self) -> str:
        """How the example is named in messages and in the analysis of it."""
        return self.id or (str(self.file) if self.file else f"example at line {self.line}")


@dataclass(frozen=True, slots=True)
class FileRules:
    """Which example files a catalogue may name: where they are found, how large they may be, and
    (for a catalogue that arrives over the API) the one folder they must lie in."""

    base: Path
    max_bytes: int
    within: Path | None = None
    #: files outside ``within`` that are allowed all the same (those the operator's own catalogue names)
    trusted: frozenset[Path] = frozenset()


def parse_examples(node: yaml.Node | None, value_of: Callable[[yaml.Node], Any], source: str, files: FileRules,
                   narrative_ids: Iterable[str], warnings: list[str]) -> tuple[Example, ...]:
    """The ``examples:`` list (already checked for tags, duplicate keys and size by the catalogue reader)."""
    if node is None:
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise CatalogueError("'examples' must be a list of labelled articles (file or text, and narratives)",
                             where=f"{source}:{node.start_mark.line + 1}", code=E_CAT_FIELD)
    known = set(narrative_ids)
    examples = tuple(_example(item, value_of, source, files, known, warnings) for item in node.value)
    first: dict[str, Example] = {}
    for example in examples:  # one article labelled twice: a slip, or two annotators who disagree (both kept)
        earlier = first.setdefault(example.digest, example)
        if earlier is example:
            continue
        differ = set(earlier.narratives) != set(example.narratives)
        warnings.append(f"{source}:{example.line}: the same article as the example at line {earlier.line}"
                        + (f", labelled otherwise ({list(example.narratives)} against {list(earlier.narratives)}); "
                           "both are kept" if differ else ""))
    return examples


def _example(node: yaml.Node, value_of: Callable[[yaml.Node], Any], source: str, files: FileRules, known: set[str],
             warnings: list[str]) -> Example:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise CatalogueError("each example must be a mapping with 'file' or 'text', and 'narratives'",
                             where=f"{source}:{line}", code=E_CAT_FIELD)
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key, value in node.value:
        data[str(key.value)] = value_of(value)
        lines[str(key.value)] = key.start_mark.line + 1
    unknown = sorted(set(data) - EXAMPLE_FIELDS)
    if unknown:
        warnings.append(f"{source}:{line}: the example has unknown field(s) {', '.join(unknown)} (ignored)")
    if ("file" in data) == ("text" in data):
        raise CatalogueError("an example needs exactly one of 'file' (a path) and 'text' (the article)",
                             where=f"{source}:{line}", code=E_CAT_FIELD)
    narratives = _ids(data.get("narratives"), known, f"{source}:{lines.get('narratives', line)}")
    example_id = data.get("id")
    if example_id is not None and (not isinstance(example_id, (str, int)) or isinstance(example_id, bool)):
        raise CatalogueError("field 'id' of an example must be text", where=f"{source}:{lines['id']}",
                             code=E_CAT_FIELD)
    name = None if example_id is None else str(example_id)
    if "text" in data:
        text = data["text"]
        if not isinstance(text, str) or not text.strip():
            raise CatalogueError("field 'text' of an example must be the article's text",
                                 where=f"{source}:{lines['text']}", code=E_CAT_FIELD)
        return Example(narratives, text=text, id=name, line=line, digest=_digest(text.encode("utf-8")))
    where = f"{source}:{lines['file']}"
    path = _path(data["file"], files, where)
    return Example(narratives, file=path, id=name, line=line, digest=_digest(_read(path, files, where)))


def _ids(value: Any, known: set[str], where: str) -> tuple[str, ...]:
    if value is None:
        raise CatalogueError("an example needs 'narratives': the ids it pushes, [] for none", where=where,
                             code=E_CAT_FIELD)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CatalogueError("field 'narratives' of an example must be a list of narrative ids", where=where,
                             code=E_CAT_FIELD)
    ids = tuple(dict.fromkeys(v.strip() for v in value))
    missing = [v for v in ids if v not in known]
    if missing:
        raise CatalogueError(f"field 'narratives' of an example names unknown narrative(s) {', '.join(missing)}",
                             where=where, code=E_CAT_EXAMPLE)
    return ids


def _path(value: Any, files: FileRules, where: str) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError("field 'file' of an example must be a path", where=where, code=E_CAT_FIELD)
    if files.within is not None:  # over the API: no home folders, no paths out of the catalogue's folder
        path = files.base / value.strip()
        real = path.resolve()
        if not real.is_relative_to(files.within.resolve()) and real not in files.trusted:
            raise CatalogueError(f"example files of a catalogue sent to the server must lie in its folder "
                                 f"({files.within}): {value.strip()}", where=where, code=E_CAT_EXAMPLE)
        return path
    path = Path(value.strip()).expanduser()
    return path if path.is_absolute() else files.base / path


def _read(path: Path, files: FileRules, where: str) -> bytes:
    """The file's bytes: a regular file of at most ``files.max_bytes`` (a device or a pipe could be endless)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise CatalogueError(f"example file is not a regular file: {path}", where=where, code=E_CAT_EXAMPLE)
        if info.st_size > files.max_bytes:
            raise CatalogueError(f"example file is larger than max_input_bytes ({files.max_bytes:,} bytes): {path}",
                                 where=where, code=E_CAT_EXAMPLE)
        with path.open("rb") as handle:
            return handle.read(files.max_bytes + 1)[: files.max_bytes]
    except FileNotFoundError as err:
        raise CatalogueError(f"example file not found: {path}", where=where, code=E_CAT_EXAMPLE) from err
    except OSError as err:
        raise CatalogueError(f"example file cannot be read: {path} ({err.strerror or err})", where=where,
                             code=E_CAT_EXAMPLE) from err


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def with_example(text: str, file: str, narratives: Sequence[str]) -> str:
    """Catalogue YAML ``text`` with the example ``file`` labelled ``narratives``: added to the end of
    its ``examples:`` list (created when absent), replacing an entry for the same file in the form
    this function writes. The rest of the text, comments included, is left as it was."""

    def entry_for(indent: int) -> str:
        pad = " " * indent
        return (f"{pad}- file: {json.dumps(file, ensure_ascii=False)}\n"
                f"{pad}  narratives: [{', '.join(json.dumps(n) for n in narratives)}]\n")

    earlier = regex.compile(rf"^ *- file: {regex.escape(json.dumps(file, ensure_ascii=False))}\n"
                            r" *narratives: \[[^\n]*\]\n", regex.M)
    text = earlier.sub("", text)
    if text and not text.endswith("\n"):
        text += "\n"
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    value = None
    if isinstance(root, yaml.MappingNode):
        value = next((v for k, v in root.value if k.value == "examples"), None)
    if value is None:
        return text + "\nexamples:\n" + entry_for(2)
    if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
        indent = max(0, value.value[0].start_mark.column - 2)
        at = value.end_mark.index
        at = text.rfind("\n", 0, at) + 1 if text[at - 1: at] != "\n" else at
        return text[:at] + entry_for(indent) + text[at:]
    # ``examples: []`` or an empty value: the list starts here
    start, end = value.start_mark.index, value.end_mark.index
    if isinstance(value, yaml.ScalarNode) and value.value == "":
        start = end = text.find("\n", text.rfind("examples", 0, start))
    return text[:start].rstrip(" ") + "\n" + entry_for(2) + text[end:].lstrip("\n")
