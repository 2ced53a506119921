"""Turn the raw bytes of a file into text, or say in plain words why that is impossible.

Only the standard library is used.  The order of the checks:

1. empty file;
2. known binary formats by their magic number (PNG, PDF, ZIP, ELF, GZIP, …);
3. a byte-order mark: UTF-32, UTF-16 or UTF-8 (the mark is removed);
4. UTF-16 without a mark, recognised by its regular NUL bytes (ASCII text in UTF-16);
5. any other NUL byte, or a high share of control bytes, means binary;
6. strict UTF-8;
7. Windows-1252, then Latin-1 — only when the result looks like text (mostly printable, few
   control characters, mostly ASCII);
8. a text that is only whitespace is rejected too.

:func:`normalise_text` then gives the canonical form that every offset points into.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# Magic numbers of common binary formats (prefix -> name shown in the rejection reason).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/ODT)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"\x7fELF", "ELF executable"),
    (b"\x1f\x8b", "GZIP archive"),
    (b"BZh91AY&SY", "BZIP2 archive"),
    (b"\xfd7zXZ\x00", "XZ archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (old Word/Excel)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xca\xfe\xba\xbe", "Java class / Mach-O file"),
    (b"OggS", "Ogg media"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
)
# RIFF containers (WAV, AVI, WEBP) and ISO media (MP4) carry their tag a few bytes in.
_MAGIC_AT: tuple[tuple[int, bytes, str], ...] = (
    (4, b"ftyp", "MP4/MOV media"),
    (8, b"WEBP", "WEBP image"),
    (8, b"WAVE", "WAV audio"),
    (8, b"AVI ", "AVI video"),
)

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

# C0 control bytes that never occur in text (tab, LF, VT, FF, CR and ESC are tolerated).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.05  # above this share of control bytes a file is binary
_MAX_C1_SHARE = 0.01  # single-byte decodings: C1 controls / other controls allowed
_MIN_ASCII_SHARE = 0.6  # single-byte decodings: an English text is mostly ASCII
_SAMPLE = 1 << 16  # heuristics look at the first 64 KiB
_MIN_UTF16 = 16  # BOM-less UTF-16 is only guessed for files of at least this many bytes

# Characters that end a line (besides \n and \r) become \n; other controls (not \t) are deleted.
_LINE_BREAK_RE = re.compile(r"[\x0b\x0c\x85\u2028\u2029]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_CRLF = re.compile(r"\r\n?")
# Something visible: not whitespace, not a control, not a zero-width space or BOM.
_VISIBLE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\u200b\ufeff]")


def sniff_magic(data: bytes) -> str | None:
    """The name of a known binary format whose magic number ``data`` starts with, else None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    for offset, magic, name in _MAGIC_AT:
        if data[offset : offset + len(magic)] == magic:
            return name
    return None


def _control_share(data: bytes) -> float:
    """Share of C0 control bytes (other than whitespace) in the first 64 KiB of ``data``."""
    sample = data[:_SAMPLE]
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when ``data`` looks like BOM-less UTF-16 text, else None.

    Mostly-Latin text in UTF-16 has a NUL in every other byte: in the odd positions for LE, the
    even ones for BE, and (almost) none in the other half.
    """
    sample = data[: _SAMPLE & ~1]
    if len(sample) < _MIN_UTF16 or len(data) % 2:
        return None
    half = len(sample) // 2
    even_nul = sample[0::2].count(0) / half
    odd_nul = sample[1::2].count(0) / half
    if odd_nul > 0.3 and even_nul < 0.02:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.02:
        return "utf-16-be"
    return None


def _looks_like_text(text: str) -> bool:
    """A single-byte decoding is plausible when it is mostly ASCII with few control characters."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    n = len(sample)
    controls = len(_CONTROL_RE.findall(sample))
    ascii_ = len(sample.encode("ascii", "ignore"))
    return controls / n <= _MAX_C1_SHARE and ascii_ / n >= _MIN_ASCII_SHARE


def _finish(text: str, data: bytes) -> tuple[str | None, str | None]:
    """Reject decoded text that holds nothing but whitespace or control characters."""
    if _VISIBLE.search(text) is None:
        return None, f"whitespace only ({len(data)} bytes, no visible text)"
    return text, None


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Decode the raw bytes of a document.

    Returns ``(text, None)`` on success (the text is decoded, not yet normalised, without a
    byte-order mark) or ``(None, reason)`` with a human-readable reason for the rejection.
    """
    if not data:
        return None, "empty file (0 bytes)"
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            if codec.startswith("utf-32") and len(data) % 4:
                continue  # FF FE 00 00 may also start UTF-16 LE text whose first char is NUL
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                where = exc.start + len(bom)
                return None, f"not decodable: {label} byte-order mark, but {exc.reason} at byte {where}"
            if "\x00" in text:
                return None, f"binary file ({label} byte-order mark, but contains NUL characters)"
            return _finish(text, data)
    magic = sniff_magic(data)
    if magic:
        return None, f"binary file ({magic})"
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = None
            if text is not None and "\x00" not in text and _looks_like_text(text):
                return _finish(text, data)
        return None, "binary file (contains NUL bytes)"
    share = _control_share(data)
    if share > _MAX_CONTROL_SHARE:
        return None, f"binary file ({share:.0%} control bytes)"
    try:
        return _finish(data.decode("utf-8"), data)
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    for codec, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return _finish(text, data)
    return None, f"not decodable: invalid UTF-8 ({utf8_error}) and not plausible as Windows-1252/Latin-1 text"


def normalise_text(text: str) -> str:
    """The canonical document text that all offsets point into.

    Unicode NFC; ``\\r\\n`` and ``\\r`` become ``\\n``; vertical tab, form feed, NEL and the Unicode
    line/paragraph separators become ``\\n`` (they end a line); every other control character
    except ``\\t`` is deleted; a leading byte-order mark is dropped.  Everything else (curly
    quotes, non-breaking spaces, …) is kept.  Linear time.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    text = _LINE_BREAK_RE.sub("\n", text)
    text = _CONTROL_RE.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
