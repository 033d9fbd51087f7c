"""Alert rules: a YAML file, validated strictly, every error naming the file, the line and the field.

```yaml
since: 2024-01-01            # optional: nothing dated before this alerts (an archive's backlog)
webhooks:                    # optional: each new alert is POSTed there as JSON
  - https://chat.example.org/hooks/narrascope
rules:
  - id: rising               # required, unique
    kind: rise               # rise | new-narrative | new-outlet | new-variant | new-language
    narratives: [us-relocates-isis]   # optional (every narrative when absent)
    factor: 2                # rise: a week's pushing articles at least factor x the mean of the weeks before ...
    minimum: 3               # ... and at least this many more than that mean
    weeks: 4                 # ... over this many weeks before it
  - id: variants
    kind: new-variant
    slots: [destination, source]       # new-variant: the changing slots that count (default both)
```

>>> parse_rules("rules: [{id: r, kind: new-language}]").rules[0].kind
'new-language'
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..corpus.lineage import CHANGING
from ..errors import E_RULES_DUP, E_RULES_FIELD, E_RULES_SHAPE, E_RULES_YAML, AlertRulesError

KINDS = ("rise", "new-narrative", "new-outlet", "new-variant", "new-language")
#: Fields each kind takes besides id, kind and narratives, with their defaults.
OPTIONS: dict[str, dict[str, Any]] = {
    "rise": {"factor": 2.0, "minimum": 3, "weeks": 4},
    "new-narrative": {},
    "new-outlet": {},
    "new-variant": {"slots": ["destination", "source"]},
    "new-language": {},
}
TOP_FIELDS = ("rules", "since", "webhooks")


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    narratives: tuple[str, ...] = ()       # empty: every narrative
    factor: float = 2.0
    minimum: int = 3
    weeks: int = 4
    slots: tuple[str, ...] = ("destination", "source")
    line: int = 0

    def covers(self, narrative: str) -> bool:
        return not self.narratives or narrative in self.narratives


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    since: str | None = None
    webhooks: tuple[str, ...] = ()
    source: str = "<memory>"
    version: str = field(default="")


def load_rules(path: str | Path) -> Rules:
    """Read and validate a rules file (E701 when it cannot be read)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise AlertRulesError(f"cannot read the rules file ({getattr(err, 'strerror', None) or err})",
                              where=str(path), code=E_RULES_YAML) from err
    return parse_rules(text, str(path))


def parse_rules(text: str, source: str = "<memory>") -> Rules:
    """Validate rules YAML held in a string."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise AlertRulesError(f"not valid YAML ({getattr(err, 'problem', err)})",
                              where=f"{source}:{mark.line + 1}" if mark else source, code=E_RULES_YAML) from err
    if not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1 if root is not None else 1
        raise AlertRulesError("expected a mapping with a 'rules' list at the top", where=f"{source}:{line}",
                              code=E_RULES_SHAPE)
    top, lines = _mapping(root, source, TOP_FIELDS, "the rules file")
    if "rules" not in top:
        raise AlertRulesError("missing the top-level field 'rules'", where=f"{source}:1", code=E_RULES_SHAPE)
    node = next(v for k, v in root.value if k.value == "rules")
    if not isinstance(node, yaml.SequenceNode) or not node.value:
        raise AlertRulesError("'rules' must be a non-empty list", where=f"{source}:{lines['rules']}",
                              code=E_RULES_SHAPE)
    rules = [_rule(item, source) for item in node.value]
    seen: dict[str, int] = {}
    for r in rules:
        if r.id in seen:
            raise AlertRulesError(f"duplicate rule id {r.id!r} (first defined at line {seen[r.id]})",
                                  where=f"{source}:{r.line}", code=E_RULES_DUP)
        seen[r.id] = r.line
    since = _since(top.get("since"), f"{source}:{lines.get('since', 1)}")
    webhooks = _webhooks(top.get("webhooks"), f"{source}:{lines.get('webhooks', 1)}")
    return Rules(tuple(rules), since, webhooks, source, hashlib.sha256(text.encode()).hexdigest()[:12])


def _mapping(node: yaml.MappingNode, source: str, allowed: tuple[str, ...],
             label: str) -> tuple[dict[str, Any], dict[str, int]]:
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        lines[key] = key_node.start_mark.line + 1
        if key not in allowed:
            raise AlertRulesError(f"{label} has an unknown field {key!r} (fields: {', '.join(allowed)})",
                                  where=f"{source}:{lines[key]}", code=E_RULES_FIELD)
        data[key] = yaml.safe_load(yaml.serialize(value_node))
    return data, lines


def _rule(node: yaml.Node, source: str) -> Rule:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise AlertRulesError("each rule must be a mapping (id, kind, ...)", where=f"{source}:{line}",
                              code=E_RULES_SHAPE)
    kind_node = next((v for k, v in node.value if k.value == "kind"), None)
    kind = kind_node.value if isinstance(kind_node, yaml.ScalarNode) else None
    if kind not in KINDS:
        at = f"{source}:{kind_node.start_mark.line + 1 if kind_node else line}"
        raise AlertRulesError(f"rule field 'kind' must be one of {', '.join(KINDS)}" +
                              (f", not {kind!r}" if kind_node else " (it is missing)"), where=at,
                              code=E_RULES_FIELD)
    options = OPTIONS[str(kind)]
    data, lines = _mapping(node, source, ("id", "kind", "narratives", *options), f"a rule of kind {kind}")
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise AlertRulesError("rule field 'id' must be a non-empty text", where=f"{source}:{lines.get('id', line)}",
                              code=E_RULES_FIELD)
    label = f"rule {rule_id!r}"

    def where(name: str) -> str:
        return f"{source}:{lines.get(name, line)}"

    narratives = data.get("narratives", [])
    if not isinstance(narratives, list) or not all(isinstance(n, str) and n for n in narratives):
        raise AlertRulesError(f"{label}: 'narratives' must be a list of narrative ids", where=where("narratives"),
                              code=E_RULES_FIELD)
    values = {**options, **{k: v for k, v in data.items() if k in options}}
    if kind == "rise":
        _number(values, "factor", 1.0, label, where("factor"), integer=False)
        _number(values, "minimum", 1, label, where("minimum"), integer=True)
        _number(values, "weeks", 1, label, where("weeks"), integer=True)
    slots = values.get("slots", ["destination", "source"])
    if not isinstance(slots, list) or not slots or not all(s in CHANGING for s in slots):
        raise AlertRulesError(f"{label}: 'slots' must be a list of {', '.join(CHANGING)}", where=where("slots"),
                              code=E_RULES_FIELD)
    return Rule(rule_id.strip(), str(kind), tuple(narratives), float(values.get("factor", 2.0)),
                int(values.get("minimum", 3)), int(values.get("weeks", 4)), tuple(slots), line)


def _number(values: dict[str, Any], name: str, least: float, label: str, where: str, *, integer: bool) -> None:
    value = values[name]
    ok = isinstance(value, int) if integer else isinstance(value, (int, float))
    if isinstance(value, bool) or not ok or value < least:
        kind = "a whole number" if integer else "a number"
        raise AlertRulesError(f"{label}: '{name}' must be {kind} of at least {least:g}, not {value!r}", where=where,
                              code=E_RULES_FIELD)


def _since(value: Any, where: str) -> str | None:
    if value is None:
        return None
    try:
        return (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))).isoformat()
    except ValueError:
        raise AlertRulesError(f"'since' must be a date (YYYY-MM-DD), not {value!r}", where=where,
                              code=E_RULES_FIELD) from None


def _webhooks(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise AlertRulesError("'webhooks' must be a list of http(s) URLs", where=where, code=E_RULES_FIELD)
    for url in value:
        parts = urlsplit(str(url))
        if not isinstance(url, str) or parts.scheme not in ("http", "https") or not parts.hostname:
            raise AlertRulesError(f"'webhooks': {url!r} is not an http(s) URL", where=where, code=E_RULES_FIELD)
    return tuple(value)
