"""Read an ONNX file's metadata_props without loading the model.

ModelProto is a protobuf message; metadata_props is its field 14. Walking the top-level
fields and seeking past the rest (the graph holds the weights) reads a few kilobytes of a
1 GB model, where onnx.load would parse all of it into memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

METADATA_FIELD = 14
_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5


class NotOnnxError(ValueError):
    """The file is not a readable ONNX model."""


def read_metadata(path: Path) -> dict[str, str]:
    metadata: dict[str, str] = {}
    size = Path(path).stat().st_size
    with open(path, "rb") as f:
        while f.tell() < size:
            field, wire = _read_tag(f)
            if wire == _VARINT:
                _read_varint(f)
            elif wire == _I64:
                f.seek(8, 1)
            elif wire == _I32:
                f.seek(4, 1)
            elif wire == _LEN:
                length = _read_varint(f)
                if f.tell() + length > size:
                    raise NotOnnxError(f"{path} is truncated or not an ONNX model.")
                if field == METADATA_FIELD:
                    key, value = _parse_entry(f.read(length))
                    metadata[key] = value
                else:
                    f.seek(length, 1)
            else:
                raise NotOnnxError(f"{path} is not an ONNX model (unexpected protobuf wire type {wire}).")
    return metadata


def _read_tag(f: BinaryIO) -> tuple[int, int]:
    tag = _read_varint(f)
    return tag >> 3, tag & 7


def _read_varint(f: BinaryIO) -> int:
    result = shift = 0
    while True:
        byte = f.read(1)
        if not byte:
            raise NotOnnxError("unexpected end of file in an ONNX model")
        result |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return result
        shift += 7
        if shift > 63:
            raise NotOnnxError("malformed ONNX model (varint too long)")


def _parse_entry(data: bytes) -> tuple[str, str]:
    """StringStringEntryProto: key = field 1, value = field 2."""
    import io

    f, fields = io.BytesIO(data), {1: "", 2: ""}
    while f.tell() < len(data):
        field, wire = _read_tag(f)
        if wire != _LEN:
            raise NotOnnxError("malformed metadata entry in ONNX model")
        fields[field] = f.read(_read_varint(f)).decode("utf-8", errors="replace")
    return fields[1], fields[2]
