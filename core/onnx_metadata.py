"""Read what an ONNX file declares without loading the model: its metadata_props and its
graph's signature (inputs, outputs, initializer shapes, Gather nodes).

ModelProto is a protobuf message; metadata_props is its field 14 and the graph its field 7.
Walking the fields and seeking past the bulk (initializers' raw_data holds the weights) reads a
few hundred kilobytes of a 1 GB model, where onnx.load would parse all of it into memory.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

METADATA_FIELD = 14
_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5

# ModelProto
_IR_VERSION, _GRAPH = 1, 7
# GraphProto
_G_NODE, _G_INITIALIZER, _G_INPUT, _G_OUTPUT = 1, 5, 11, 12
# NodeProto
_N_INPUT, _N_OUTPUT, _N_OP_TYPE = 1, 2, 4
# TensorProto
_T_DIMS, _T_DATA_TYPE, _T_NAME = 1, 2, 8
# ValueInfoProto -> TypeProto -> TypeProto.Tensor -> TensorShapeProto -> Dimension
_V_NAME, _V_TYPE = 1, 2
_TYPE_TENSOR = 1
_TT_ELEM_TYPE, _TT_SHAPE = 1, 2
_SHAPE_DIM = 1
_DIM_VALUE, _DIM_PARAM = 1, 2

FLOAT = 1  # TensorProto.DataType.FLOAT

Dim = int | str | None  # a fixed size, a symbolic name, or unknown


class NotOnnxError(ValueError):
    """The file is not a readable ONNX model; ``detail`` is what was wrong, without the name."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail or message


class TruncatedOnnxError(NotOnnxError):
    """The file ends inside one of its fields: a download or copy that did not finish."""


@dataclass(frozen=True)
class TensorInfo:
    """One graph input or output: its name, element type (TensorProto.DataType, 0 when it is
    not a tensor) and shape (None when the graph does not declare one)."""

    name: str
    elem_type: int = 0
    shape: tuple[Dim, ...] | None = None

    def describe(self) -> str:
        dims = "?" if self.shape is None else ", ".join("?" if d is None else str(d) for d in self.shape)
        return f"{self.name}[{dims}]"


@dataclass(frozen=True)
class OnnxSummary:
    metadata: dict[str, str]
    ir_version: int | None
    has_graph: bool
    inputs: tuple[TensorInfo, ...]  # graph inputs that are not initializers, in order
    outputs: tuple[TensorInfo, ...]
    initializer_dims: dict[str, tuple[int, ...]] = field(default_factory=dict)
    gathers: tuple[tuple[str, str], ...] = ()  # (data, indices) of every Gather node

    def gathered_rows(self, indices: str) -> int | None:
        """Rows of the initializer that a Gather on ``indices`` looks up (an embedding's size)."""
        for data, idx in self.gathers:
            dims = self.initializer_dims.get(data)
            if idx == indices and dims:
                return dims[0]
        return None


def read_metadata(path: Path) -> dict[str, str]:
    """metadata_props only; the graph is skipped without being read."""
    return _read(Path(path), with_graph=False).metadata


def read_summary(path: Path) -> OnnxSummary:
    """metadata_props and the graph's signature; raises NotOnnxError (TruncatedOnnxError for a
    file that ends early) for anything that is not a whole ONNX model."""
    return _read(Path(path), with_graph=True)


def _read(path: Path, with_graph: bool) -> OnnxSummary:
    size = path.stat().st_size
    metadata: dict[str, str] = {}
    ir_version: int | None = None
    graph: _Graph | None = None
    with open(path, "rb") as f:
        try:
            for number, wire, value in _fields(f, size):
                if number == _IR_VERSION and wire == _VARINT:
                    ir_version = value
                elif number == METADATA_FIELD and wire == _LEN:
                    key, text = _parse_entry(f.read(value))
                    metadata[key] = text
                elif number == _GRAPH and wire == _LEN:
                    graph = _Graph()
                    if with_graph:
                        graph.read(f, f.tell() + value)
        except TruncatedOnnxError as err:
            raise TruncatedOnnxError(f"{path.name} is truncated: {err}", str(err)) from None
        except NotOnnxError as err:
            raise NotOnnxError(f"{path.name} is not an ONNX model ({err})", str(err)) from None
    if graph is None:
        return OnnxSummary(metadata, ir_version, False, (), ())
    initializers = set(graph.initializer_dims)
    return OnnxSummary(
        metadata,
        ir_version,
        True,
        tuple(t for t in graph.inputs if t.name not in initializers),
        tuple(graph.outputs),
        graph.initializer_dims,
        tuple(graph.gathers),
    )


class _Graph:
    def __init__(self) -> None:
        self.inputs: list[TensorInfo] = []
        self.outputs: list[TensorInfo] = []
        self.initializer_dims: dict[str, tuple[int, ...]] = {}
        self.gathers: list[tuple[str, str]] = []

    def read(self, f: BinaryIO, end: int) -> None:
        for number, wire, value in _fields(f, end):
            if wire != _LEN:
                continue
            if number == _G_NODE:
                self._node(f, f.tell() + value)
            elif number == _G_INITIALIZER:
                self._initializer(f, f.tell() + value)
            elif number in (_G_INPUT, _G_OUTPUT):
                info = _value_info(f.read(value))
                (self.inputs if number == _G_INPUT else self.outputs).append(info)

    def _node(self, f: BinaryIO, end: int) -> None:
        """Only a Gather's inputs are kept; attributes (a Constant's tensor) are skipped."""
        inputs: list[str] = []
        op_type = ""
        for number, wire, value in _fields(f, end):
            if number == _N_INPUT and wire == _LEN:
                inputs.append(_text(f.read(value)))
            elif number == _N_OP_TYPE and wire == _LEN:
                op_type = _text(f.read(value))
        if op_type == "Gather" and len(inputs) >= 2:
            self.gathers.append((inputs[0], inputs[1]))

    def _initializer(self, f: BinaryIO, end: int) -> None:
        """Name and dims; the data fields are skipped, which is what keeps this fast."""
        dims: list[int] = []
        name = ""
        for number, wire, value in _fields(f, end):
            if number == _T_DIMS and wire == _VARINT:
                dims.append(value)
            elif number == _T_DIMS and wire == _LEN:  # packed
                dims.extend(_packed_varints(f.read(value)))
            elif number == _T_NAME and wire == _LEN:
                name = _text(f.read(value))
        self.initializer_dims[name] = tuple(dims)


def _value_info(data: bytes) -> TensorInfo:
    name, elem_type, shape = "", 0, None
    for number, wire, _, payload in _message(data):
        if number == _V_NAME and wire == _LEN:
            name = _text(payload)
        elif number == _V_TYPE and wire == _LEN:
            for t_number, t_wire, _, tensor in _message(payload):
                if t_number == _TYPE_TENSOR and t_wire == _LEN:
                    elem_type, shape = _tensor_type(tensor)
    return TensorInfo(name, elem_type, shape)


def _tensor_type(data: bytes) -> tuple[int, tuple[Dim, ...] | None]:
    elem_type, shape = 0, None
    for number, wire, value, payload in _message(data):
        if number == _TT_ELEM_TYPE and wire == _VARINT:
            elem_type = value
        elif number == _TT_SHAPE and wire == _LEN:
            shape = tuple(_dim(dim) for n, w, _, dim in _message(payload) if n == _SHAPE_DIM and w == _LEN)
    return elem_type, shape


def _dim(data: bytes) -> Dim:
    for number, wire, value, payload in _message(data):
        if number == _DIM_VALUE and wire == _VARINT:
            return value
        if number == _DIM_PARAM and wire == _LEN:
            return _text(payload)
    return None


def _message(data: bytes) -> Iterator[tuple[int, int, int, bytes]]:
    """Fields of a small message held in memory: (number, wire, varint value, LEN payload)."""
    f = io.BytesIO(data)
    for number, wire, value in _fields(f, len(data)):
        yield number, wire, value, f.read(value) if wire == _LEN else b""


def _fields(f: BinaryIO, end: int) -> Iterator[tuple[int, int, int]]:
    """(field number, wire type, value) up to ``end``: a varint's value, or a LEN field's length
    with the file at its payload; whatever the caller leaves unread is skipped."""
    while f.tell() < end:
        number, wire = _read_tag(f)
        if number == 0:
            raise NotOnnxError("field number 0")
        if wire == _VARINT:
            yield number, wire, _read_varint(f)
        elif wire in (_I64, _I32):
            width = 8 if wire == _I64 else 4
            if f.tell() + width > end:
                raise TruncatedOnnxError(f"it ends inside a {width}-byte field at byte {f.tell()}")
            f.seek(width, 1)
        elif wire == _LEN:
            length = _read_varint(f)
            start = f.tell()
            if start + length > end:
                raise TruncatedOnnxError(
                    f"a field at byte {start} needs {length} bytes but only {end - start} follow"
                )
            yield number, wire, length
            f.seek(start + length)
        else:
            raise NotOnnxError(f"unexpected protobuf wire type {wire}")
    if f.tell() != end:
        raise NotOnnxError("a field runs past the end of its message")


def _read_tag(f: BinaryIO) -> tuple[int, int]:
    tag = _read_varint(f)
    return tag >> 3, tag & 7


def _read_varint(f: BinaryIO) -> int:
    result = shift = 0
    while True:
        byte = f.read(1)
        if not byte:
            raise TruncatedOnnxError("it ends inside a number")
        result |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return result
        shift += 7
        if shift > 63:
            raise NotOnnxError("varint too long")


def _packed_varints(data: bytes) -> list[int]:
    f, values = io.BytesIO(data), []
    while f.tell() < len(data):
        values.append(_read_varint(f))
    return values


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _parse_entry(data: bytes) -> tuple[str, str]:
    """StringStringEntryProto: key = field 1, value = field 2."""
    fields = {1: "", 2: ""}
    for number, wire, _, payload in _message(data):
        if wire != _LEN:
            raise NotOnnxError("malformed metadata entry")
        fields[number] = _text(payload)
    return fields[1], fields[2]
