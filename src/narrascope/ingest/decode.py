"""Bytes to text: byte-order marks, strict UTF-8, then statistical detection; binary is refused."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from ..errors import E_BINARY, E_DECODE, E_EMPTY, InputError
from ..settings import DEFAULT, Settings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def decode_bytes(data: bytes, where: str, settings: Settings = DEFAULT) -> str:
    """Decode ``data`` to text or raise a coded :class:`InputError` naming ``where``.

    >>> decode_bytes("Grüße".encode("latin-1"), "x.txt")
    'Grüße'
    """
    text = _decode(data, where)
    if not text.strip():
        raise InputError("the file holds no text (empty or whitespace only)", where=where, code=E_EMPTY)
    if control_ratio(text) > settings.max_control_ratio:
        raise InputError("the file looks binary, not text", where=where, code=E_BINARY)
    return text


def control_ratio(text: str) -> float:
    """Share of characters that are control characters other than ordinary whitespace."""
    sample = text[:20_000]
    bad = sum(1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    return bad / max(1, len(sample))


def _decode(data: bytes, where: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as err:
                raise InputError(f"byte-order mark says {encoding} but decoding failed: {err.reason}",
                                 where=where, code=E_DECODE) from err
    if b"\x00" in data[:4096]:
        raise InputError("the file looks binary, not text (NUL bytes)", where=where, code=E_BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputError("could not detect the text encoding", where=where, code=E_DECODE)
    return str(best)
