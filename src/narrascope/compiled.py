"""The compiled catalogue, cached on disk: a catalogue's probes encoded and its claim frames extracted once.

Preparing a catalogue for matching (encoding its probes, anchors and debunking sentences, extracting
the claim frames of its sentences through the pipeline) is most of a process's start-up. The
prepared object is kept in a cache file named by everything it depends on: the catalogue's content,
the encoder, the settings and every file of the installed package (path, size, modification time),
so that any change to the code, the lexicons or the data makes a new entry rather than a stale one.

The cache lives in ``$NARRASCOPE_CACHE_DIR``, else ``$XDG_CACHE_HOME/narrascope``, else
``~/.cache/narrascope``; ``NARRASCOPE_CACHE_DIR=off`` turns it off. A cache file that cannot be
read or written is ignored: the catalogue is then prepared as without a cache.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where compiled catalogues are kept, or None when the cache is off."""
    chosen = os.environ.get("NARRASCOPE_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "narrascope"


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """A hash of every file of the package (path, size, modification time): changes with any edit."""
    h = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            st = path.stat()
            h.update(f"{path.relative_to(_PACKAGE)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def cached_object(kind: str, key: tuple[Any, ...], build: Callable[[], T], shared: dict[type, Any], *,
                  of_package: bool = True, keep: int | None = None) -> T:
    """``build()``'s result, read from the cache when an entry for ``key`` exists, else built and kept.

    Attributes holding an instance of a type in ``shared`` (the encoder: large, and the process's
    own) are not written; an object read back gets ``shared[type]`` in their place. ``of_package``
    False: the entry depends on ``key`` alone, not on narrascope's files (a model of another
    package); ``keep``: entries of this kind kept (default ``KEEP_PER_KIND``).
    """
    folder = cache_dir()
    if folder is None:
        return build()
    fingerprint = package_fingerprint() if of_package else ""
    name = hashlib.sha256(repr((kind, fingerprint, *key)).encode()).hexdigest()[:32]
    path = folder / f"{kind}-{name}.pickle"
    try:
        with path.open("rb") as fh, _no_collection():
            cls, state, dropped = pickle.load(fh)  # our own file, in the user's own cache folder
        if cls is None:
            return state  # type: ignore[no-any-return]
        obj: T = cls.__new__(cls)
        vars(obj).update(state)
        for attr, kind_of in dropped.items():
            setattr(obj, attr, shared[kind_of])
        return obj
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError, KeyError):
        pass
    obj = build()
    if not hasattr(obj, "__dict__"):  # slots: written whole
        _write(path, (None, obj, {}), keep)
        return obj
    state, dropped = {}, {}
    for attr, value in vars(obj).items():
        owner = next((t for t in shared if isinstance(value, t)), None)
        if owner is None:
            state[attr] = value
        else:
            dropped[attr] = owner
    _write(path, (type(obj), state, dropped), keep)
    return obj


@contextmanager
def _no_collection() -> Iterator[None]:
    """Read a cached object with the cycle collector off, then move all that lives to the collector's permanent
    generation: what the caches hold (lexicons, the gazetteer's index) lives as long as the process, and each full
    collection would scan its hundreds of thousands of objects again (measured: a tenth to a fifth of the claims
    stage's time on a feed went to collections)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


#: Entries of one kind kept (the most recently written): older code's and catalogues' entries go.
KEEP_PER_KIND = 8


def _write(path: Path, obj: Any, keep: int | None = None) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        kind = path.name.rsplit("-", 1)[0]
        older = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[(keep or KEEP_PER_KIND) - 1:]:
            stale.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # whole or not at all, even with two processes writing
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
