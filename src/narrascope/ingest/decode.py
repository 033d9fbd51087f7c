"""Bytes to text: byte-order marks, UTF-8, then statistical detection; binary is refused.

UTF-8 with a few damaged bytes (a stray byte, a sequence cut short) stays UTF-8, the damage
replaced by U+FFFD; only text with no valid UTF-8 sequence to speak of is handed to detection.
Either way the reader is told, in a note (the document's warnings).
"""

from __future__ import annotations

import codecs
import threading
import unicodedata

from charset_normalizer import CharsetMatch, from_bytes

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


def decode_bytes(data: bytes, where: str, settings: Settings = DEFAULT, notes: list[str] | None = None) -> str:
    """Decode ``data`` to text or raise a coded :class:`InputError` naming ``where``; what the reader
    should know of the decoding (replaced bytes, a detected legacy encoding) is added to ``notes``.

    >>> decode_bytes("Grüße".encode("latin-1"), "x.txt")
    'Grüße'
    """
    text = _decode(data, where, notes if notes is not None else [])
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


def _decode(data: bytes, where: str, notes: list[str]) -> str:
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
    text, damaged = _damaged_utf8(data)
    if text is not None:
        notes.append(f"not valid UTF-8: {damaged} bytes replaced with U+FFFD (the rest read as UTF-8)")
        return text
    matches = list(from_bytes(data))
    if not matches:
        raise InputError("could not detect the text encoding", where=where, code=E_DECODE)
    best = _reads_best(matches)
    notes.append(f"not UTF-8: read as {best.encoding} (detected)")
    return str(best)


def _reads_best(matches: list[CharsetMatch]) -> CharsetMatch:
    """Of the detector's best encodings, tied on how odd and how coherent their text is (French in
    Latin-1 reads as well in cp1250, "systčme", as in cp1252, "système"), the one whose text the
    language identifier is surest of."""
    first = matches[0]
    tied = [m for m in matches[:6] if m.chaos <= first.chaos + 0.005 and m.coherence >= first.coherence - 0.05]
    if len(tied) < 2:
        return first
    from ..lang import identify_language  # only for legacy encodings: most files are UTF-8

    return max(tied, key=lambda m: identify_language(str(m)[:2000])[1])


def _damaged_utf8(data: bytes) -> tuple[str | None, int]:
    """The text as UTF-8 with bad bytes replaced, and how many bytes were replaced; None for the text
    when it reads better in a legacy encoding. UTF-8 it is when its valid multi-byte letters are at
    least twice the damaged spots (a legacy encoding's accented letters are nearly all bad as UTF-8),
    or when every damaged spot is a multi-byte sequence cut short (a lead byte and its continuation
    bytes, which a legacy encoding would read as two or three odd symbols)."""
    _SPOTS.lengths = []
    text = data.decode("utf-8", errors=_COLLECT)
    spots: list[int] = _SPOTS.lengths
    wide = sum(1 for ch in text if ch > "\x7f") - len(spots)
    cut_short = bool(spots) and min(spots) > 1
    return (text if wide >= 2 * len(spots) or cut_short else None), sum(spots)


def _replace_and_count(err: UnicodeError) -> tuple[str, int]:
    """U+FFFD for a bad spot, its length noted (per thread: decoding runs in worker threads too)."""
    assert isinstance(err, UnicodeDecodeError)
    _SPOTS.lengths.append(err.end - err.start)
    return "\ufffd", err.end


_SPOTS = threading.local()
_COLLECT = "narrascope-replace-and-count"
codecs.register_error(_COLLECT, _replace_and_count)
