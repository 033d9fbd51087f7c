"""Writes the few parts of the ONNX model format (a protocol-buffers message) that an inference graph
of plain tensors needs, so that onnxruntime can run a graph built here without the ``onnx`` package
(31 MB, for about sixty lines of serialisation).

Field numbers are those of ``onnx.proto`` (ModelProto, GraphProto, NodeProto, AttributeProto,
TensorProto, ValueInfoProto); the wire format is protocol buffers' (varints, length-delimited
fields). onnxruntime checks every model it loads, so a malformed one fails at once, loudly.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

import numpy as np

IR_VERSION = 8                      # what onnxruntime 1.14 and later read
ELEMENT_TYPES = {np.dtype(np.float32): 1, np.dtype(np.uint8): 2, np.dtype(np.int8): 3,
                 np.dtype(np.int32): 6, np.dtype(np.int64): 7}
_ATTR_FLOAT, _ATTR_INT, _ATTR_INTS = 1, 2, 7


def varint(n: int) -> bytes:
    """Protocol buffers' base-128 varint; a negative int64 is written as its 64-bit two's complement."""
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        if n:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _int(number: int, value: int) -> bytes:
    return varint(number << 3) + varint(value)


def _message(number: int, payload: bytes) -> bytes:
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def _text(number: int, value: str) -> bytes:
    return _message(number, value.encode("utf-8"))


def tensor(name: str, array: np.ndarray) -> bytes:
    """A TensorProto holding ``array`` (little-endian raw bytes)."""
    array = np.ascontiguousarray(array)
    kind = ELEMENT_TYPES.get(array.dtype)
    if kind is None:
        raise TypeError(f"no ONNX element type for {array.dtype}")
    return (b"".join(_int(1, d) for d in array.shape) + _int(2, kind) + _text(8, name)
            + _message(9, array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes()))


def value_info(name: str, dtype: type, shape: tuple[int | str, ...]) -> bytes:
    """A graph input or output: its element type and shape (a str for a dimension named, not fixed)."""
    dims = b"".join(_message(1, _text(2, d) if isinstance(d, str) else _int(1, d)) for d in shape)
    tensor_type = _int(1, ELEMENT_TYPES[np.dtype(dtype)]) + _message(2, dims)
    return _text(1, name) + _message(2, _message(1, tensor_type))


def _attribute(name: str, value: int | float | tuple[int, ...]) -> bytes:
    if isinstance(value, tuple):
        return _text(1, name) + b"".join(_int(8, v) for v in value) + _int(20, _ATTR_INTS)
    if isinstance(value, float):
        return _text(1, name) + varint(2 << 3 | 5) + struct.pack("<f", value) + _int(20, _ATTR_FLOAT)
    return _text(1, name) + _int(3, value) + _int(20, _ATTR_INT)


@dataclass
class Graph:
    """An ONNX graph built node by node; ``model()`` gives the bytes onnxruntime loads."""

    name: str
    nodes: list[bytes] = field(default_factory=list)
    initializers: list[bytes] = field(default_factory=list)
    inputs: list[bytes] = field(default_factory=list)
    outputs: list[bytes] = field(default_factory=list)
    _count: int = 0

    def constant(self, name: str, array: np.ndarray) -> str:
        self.initializers.append(tensor(name, array))
        return name

    def node(self, op: str, inputs: list[str], *, domain: str = "", output: str | None = None,
             **attributes: int | float | tuple[int, ...]) -> str:
        """Adds one node of operator ``op`` and returns the name of its (single) output."""
        self._count += 1
        out = output or f"{op.lower()}_{self._count}"
        body = (b"".join(_text(1, i) for i in inputs) + _text(2, out) + _text(3, f"n{self._count}")
                + _text(4, op) + b"".join(_message(5, _attribute(k, v)) for k, v in attributes.items()))
        self.nodes.append(body + (_text(7, domain) if domain else b""))
        return out

    def model(self, opsets: dict[str, int]) -> bytes:
        graph = (b"".join(_message(1, n) for n in self.nodes) + _text(2, self.name)
                 + b"".join(_message(5, t) for t in self.initializers)
                 + b"".join(_message(11, i) for i in self.inputs) + b"".join(_message(12, o) for o in self.outputs))
        opset_ids = b"".join(_message(8, (_text(1, d) if d else b"") + _int(2, v)) for d, v in opsets.items())
        return _int(1, IR_VERSION) + _text(2, "narrascope") + _message(7, graph) + opset_ids
