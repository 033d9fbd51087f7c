"""Deterministic STIX identifiers, computed as OpenCTI computes its own ("standard ids"), so that a
bundle exported twice from the same store carries the same ids, and OpenCTI recognises a narrative,
a channel or an attack pattern it already holds under the same name.

OpenCTI (pycti 6.8, ``generate_id`` of each entity) takes a UUIDv5 in the namespace below over the
JSON Canonicalization (RFC 8785) of a few identifying properties: the lower-cased name for
narratives, channels and attack patterns; name and identity class for identities; name and
publication time for reports; content and creation time for notes; type, source, target and times
for relationships. ``tests/test_exports.py`` checks :func:`canonical` against ``stix2``'s own.

>>> stix_id("narrative", {"name": "Biolabs in Ukraine"}) == stix_id("narrative", {"name": "biolabs in ukraine"})
False
>>> narrative_id("Biolabs in Ukraine") == narrative_id(" biolabs in ukraine")
True
"""

from __future__ import annotations

import json
import uuid
from typing import Any

#: The namespace of OpenCTI's standard ids (pycti, every ``generate_id``).
OPENCTI_NAMESPACE = uuid.UUID("00abedb4-aa42-466c-9c01-fed23315a9b7")


def canonical(data: dict[str, Any]) -> str:
    """RFC 8785 canonical JSON of a flat object of strings: keys sorted, no spaces, non-ASCII kept."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def stix_id(kind: str, data: dict[str, Any]) -> str:
    """``kind--<uuid5 of the canonical data>``."""
    return f"{kind}--{uuid.uuid5(OPENCTI_NAMESPACE, canonical(data))}"


def narrative_id(name: str) -> str:
    return stix_id("narrative", {"name": name.lower().strip()})


def channel_id(name: str) -> str:
    return stix_id("channel", {"name": name.lower().strip()})


def identity_id(name: str, identity_class: str) -> str:
    return stix_id("identity", {"name": name.lower().strip(), "identity_class": identity_class.lower()})


def attack_pattern_id(name: str) -> str:
    return stix_id("attack-pattern", {"name": name.lower().strip()})


def report_id(name: str, published: str) -> str:
    return stix_id("report", {"name": name.lower().strip(), "published": published})


def note_id(content: str, created: str) -> str:
    return stix_id("note", {"content": content.strip(), "created": created})


def relationship_id(relationship_type: str, source: str, target: str, start: str | None = None,
                    stop: str | None = None) -> str:
    data = {"relationship_type": relationship_type, "source_ref": source, "target_ref": target}
    if start is not None:
        data["start_time"] = start
        if stop is not None:
            data["stop_time"] = stop
    return stix_id("relationship", data)
