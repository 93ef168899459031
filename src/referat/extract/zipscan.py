"""The members of a ZIP archive cut short, read from its local file headers in order.

A ZIP keeps its index (the central directory) at the very end, so a file cut short has none
and :mod:`zipfile` refuses it. Every member is also preceded by a local header with its name,
method and (usually) sizes; reading those one after another recovers every member that arrived
whole and the beginning of the one the file ends in.
"""

from __future__ import annotations

import contextlib
import struct
import zlib
from dataclasses import dataclass

_LOCAL = b"PK\x03\x04"
_DESCRIPTOR = b"PK\x07\x08"
_HEADER = struct.Struct("<4sHHHHHIIIHH")
_STORED, _DEFLATED = 0, 8
_HAS_DESCRIPTOR = 0x08
_ENCRYPTED = 0x01
_CHUNK = 1 << 16
#: No member of a document unpacks to more than this; past it the data is taken as ending there.
MAX_MEMBER = 256 << 20


@dataclass
class Member:
    """One member as far as the data goes; ``complete`` is false for the one cut short."""

    name: str
    data: bytes
    complete: bool


def _inflate(data: bytes, start: int, size: int | None) -> tuple[bytes, bool, int]:
    """Raw-inflate from ``start``: (the bytes, whether the stream ended, where the compressed data ended).

    Inflated in chunks, so data that turns corrupt part-way still gives what came before.
    """
    end = len(data) if size is None else min(len(data), start + size)
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    out: list[bytes] = []
    total = 0
    for chunk in range(start, end, _CHUNK):
        try:
            out.append(inflater.decompress(data[chunk:min(end, chunk + _CHUNK)], MAX_MEMBER - total))
        except zlib.error:
            return b"".join(out), False, end
        total += len(out[-1])
        if total >= MAX_MEMBER:
            return b"".join(out), False, end
        if inflater.eof:
            return b"".join(out), True, min(end, chunk + _CHUNK) - len(inflater.unused_data)
    with contextlib.suppress(zlib.error):
        out.append(inflater.flush())
    return b"".join(out), False, end


def scan_members(data: bytes) -> list[Member]:
    """Every member the local headers of ``data`` lead to, in archive order, the last perhaps incomplete.

    Reading stops at the central directory, at anything that is not a local header, at an
    encrypted member or one compressed with a method other than store and deflate.
    """
    members: list[Member] = []
    offset = 0
    while data.startswith(_LOCAL, offset) and offset + _HEADER.size <= len(data):
        (_, _, flags, method, _, _, crc, compressed, size, name_length,
         extra_length) = _HEADER.unpack_from(data, offset)
        name_start = offset + _HEADER.size
        start = name_start + name_length + extra_length
        if start > len(data) or flags & _ENCRYPTED or method not in (_STORED, _DEFLATED):
            break
        name = data[name_start:name_start + name_length].decode("utf-8" if flags & 0x800 else "cp437",
                                                                 errors="replace")
        descriptor = bool(flags & _HAS_DESCRIPTOR)
        if method == _DEFLATED:
            body, ended, end = _inflate(data, start, None if descriptor else compressed)
        elif descriptor:
            break  # a stored member of unknown length: its end cannot be found
        else:
            end = min(len(data), start + compressed)
            body, ended = data[start:end], end == start + compressed
        complete = ended and (descriptor or (len(body) == size and zlib.crc32(body) == crc))
        members.append(Member(name, body, complete))
        if not ended:
            break
        offset = end
        if descriptor:
            offset += 16 if data.startswith(_DESCRIPTOR, offset) else 12
    return members
