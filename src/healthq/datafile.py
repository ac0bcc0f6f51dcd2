"""Reading dataset files: where they are, reading one safely, and the byte range of every entry.

The JSON files are the source of truth. Only regular files are read (a FIFO, a device or a pipe
from `<(...)` would block, grow without limit or change under healthq), and never more than
MAX_FILE_BYTES of one. A file that cannot be used is reported as a DataError naming it; nothing in
a file can crash the caller.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from .errors import DataError

MAX_FILE_BYTES = 1 << 30  # 1 GiB: 100,000 synthetic conditions are 359 MB; parsing needs several times this in memory
MAX_INT_DIGITS = 4300  # Python's own limit for int(str); a longer number in a file is a problem, not a crash


def bundled_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent.parent / "data"):
        if (candidate / "conditions").is_dir():
            return candidate
    raise DataError("the bundled dataset is missing: reinstall healthq")


def _bundled_names() -> tuple[Path, list[str]]:
    """The bundled conditions folder and its file names, in name order (read with scandir: a glob
    costs every command 4 ms)."""
    directory = bundled_dir() / "conditions"
    try:
        with os.scandir(directory) as entries:
            return directory, sorted(e.name for e in entries if e.name.endswith(".json"))
    except OSError:
        return directory, []


def bundled_files() -> list[Path]:
    """The bundled condition files, in name order."""
    directory, names = _bundled_names()
    return [directory / name for name in names]


def bundled_paths() -> list[str]:
    """The bundled condition files as strings (the same as str() of bundled_files()): what every
    command keys the index by, without making a Path of each of the 579 (about 1.3 ms a command)."""
    directory, names = _bundled_names()
    base = os.path.join(directory, "")
    return [base + name for name in names]


def user_files(cli_paths: list[str] | None) -> list[Path]:
    paths: list[str] = []
    env = os.environ.get("HEALTHQ_DATA", "")
    paths += [p for p in env.split(os.pathsep) if p.strip()]
    paths += list(cli_paths or [])
    return [Path(p).expanduser() for p in paths]


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe or FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_data(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of one dataset file; DataError unless it is a regular file of at most `limit` bytes.

    The file is opened without blocking (a FIFO with no writer would hang) and checked with fstat
    on the descriptor that is read, so what is checked is what is read.
    """
    label = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise DataError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{label}: is a directory, not a JSON file") from None
    except OSError as exc:
        raise DataError(f"{label}: cannot be read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise DataError(f"{label}: is a directory, not a JSON file")
        if not stat.S_ISREG(st.st_mode):
            raise DataError(f"{label}: is {_kind(st.st_mode)}, not a regular file; healthq reads data only from files (save it to a file first)")
        if st.st_size > limit:
            raise DataError(f"{label}: is larger than healthq's limit of {limit >> 20} MiB for one data file")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 24, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise DataError(f"{label}: is larger than healthq's limit of {limit >> 20} MiB for one data file")
        return b"".join(chunks)
    except OSError as exc:
        raise DataError(f"{label}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


# --- the byte range of every entry ------------------------------------------------------------------

_WS = " \t\n\r"


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def _at(label: str, line: int, text: str) -> DataError:
    """A problem at one line of a file: `file:line: text`, with the line kept for `validate`."""
    return DataError(f"{label}:{line}: {text}", line=line)


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _parse_int(digits: str):
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise _HugeNumber(digits)
    return int(digits)


class _HugeNumber(ValueError):
    pass


_DECODER = json.JSONDecoder(parse_int=_parse_int)


def _decode(text: str, i: int, label: str):
    """One JSON value at text[i:]: (value, end); DataError (with the line) when it is not valid."""
    try:
        return _DECODER.raw_decode(text, i)
    except json.JSONDecodeError as exc:
        raise _at(label, exc.lineno, f"is not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise _at(label, _line_of(text, i), "is nested too deeply") from None
    except _HugeNumber as exc:
        where = text.find(exc.args[0], i)
        line = _line_of(text, where) if where >= 0 else _line_of(text, i)
        raise _at(label, line, f"has a number longer than {MAX_INT_DIGITS} digits") from None
    except ValueError as exc:  # any other number the decoder cannot hold
        raise _at(label, _line_of(text, i), f"is not valid JSON ({str(exc)[:80]})") from None


def parse_file(path: Path, raw: bytes | None = None):
    """Parse a dataset file. Returns (entries, spans, lines): spans are byte ranges into the file.

    Raises DataError naming the file (and line) when it is not a JSON array of objects.
    """
    entries, spans, lines = [], [], []
    for obj, start, stop, line in iter_entries(path, read_data(path) if raw is None else raw):
        entries.append(obj)
        spans.append((start, stop))
        lines.append(line)
    return entries, spans, lines


def iter_entries(path: Path, raw: bytes):
    """Each entry of a dataset file as (value, start byte, stop byte, line), one at a time.

    Raises DataError naming the file (and line) when it is not one JSON object or an array.
    """
    label = str(path)
    offset = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = raw[offset:].decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _at(label, line, "is not valid UTF-8") from None
    i = _skip(text, 0)
    if i == len(text):
        raise DataError(f"{label}: is empty; a dataset file is a JSON array of conditions")
    ascii_only = text.isascii()
    if text[i] == "{":  # a one-condition file, data/conditions/<id>.json
        obj, end = _decode(text, i, label)
        rest = _skip(text, end)
        if rest != len(text):
            raise _at(label, _line_of(text, rest), "has text after the closing '}'")
        start = i + offset if ascii_only else len(text[:i].encode("utf-8")) + offset
        stop = end + offset if ascii_only else len(text[:end].encode("utf-8")) + offset
        yield obj, start, stop, _line_of(text, i)
        return
    if text[i] != "[":
        raise _at(label, _line_of(text, i), "must be a condition (a JSON object) or a JSON array of conditions"
                  f" (it starts with {text[i]!r})")
    i = _skip(text, i + 1)
    char_pos, byte_pos = 0, offset

    def to_byte(pos: int) -> int:
        nonlocal char_pos, byte_pos
        if ascii_only:
            return pos + offset
        byte_pos += len(text[char_pos:pos].encode("utf-8"))
        char_pos = pos
        return byte_pos

    line_no, line_pos = 1, 0
    if i < len(text) and text[i] == "]":
        i = _skip(text, i + 1)
    else:
        while True:
            obj, end = _decode(text, i, label)
            start = to_byte(i)
            stop = to_byte(end)
            line_no += text.count("\n", line_pos, i)  # counted incrementally: linear in the file size
            line_pos = i
            yield obj, start, stop, line_no
            i = _skip(text, end)
            if i < len(text) and text[i] == ",":
                i = _skip(text, i + 1)
                continue
            if i < len(text) and text[i] == "]":
                i = _skip(text, i + 1)
                break
            where = _line_of(text, min(i, len(text)))
            raise _at(label, where, "is not valid JSON (expected ',' or ']' between conditions)")
    if i != len(text):
        raise _at(label, _line_of(text, i), "has text after the closing ']'")


def check_file(path: Path):
    """Parse one dataset file and list every problem in it (see check_entries).

    Returns (entries, spans, lines, problems); raises DataError when the file cannot be parsed at all.
    """
    return check_bytes(path, read_data(path))


def check_bytes(path: Path, raw: bytes):
    """check_file on bytes already read."""
    entries, spans, lines, problems = [], [], [], []
    for entry, start, stop, line, found in check_entries(path, raw):
        entries.append(entry)
        spans.append((start, stop))
        lines.append(line)
        problems += found
    return entries, spans, lines, problems


def check_entries(path: Path, raw: bytes):
    """Each entry of a dataset file with the problems found in it, one entry at a time:
    (entry, start byte, stop byte, line, problems). The problems are the entry's own structure
    (validate.check_entry), an id used twice in the file, and, for a one-condition file, an id that
    is not the file name. The index build and `validate` both use this, so they cannot drift
    apart; the build holds one entry at a time, `validate` all of them.

    Raises DataError when the file cannot be parsed at all.
    """
    from .validate import Problem, check_entry

    label = str(path)
    seen: dict[str, int] = {}
    for n, (entry, start, stop, line) in enumerate(iter_entries(path, raw)):
        problems = check_entry(entry, label, n + 1, line)
        eid = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(eid, str):
            if eid in seen:
                problems.append(Problem(label, eid, "id", f"is used twice in this file (first at entry #{seen[eid]})", line))
            else:
                seen[eid] = n + 1
            # only a file that is one object (never an array) starts with its first entry
            if n == 0 and eid != path.stem and _is_object_file(raw, (start, stop)):
                problems.append(Problem(label, eid, "id", f"must be the file name: {path.name} holds one condition, so its id is {path.stem!r}", line))
        yield entry, start, stop, line, problems


def _is_object_file(raw: bytes, span: tuple[int, int]) -> bool:
    """True when the file is one JSON object rather than an array (its only entry starts the file)."""
    return raw[span[0]:span[0] + 1] == b"{" and not raw[: span[0]].lstrip(b"\xef\xbb\xbf \t\r\n")


def validate_file(path: Path):
    """Every problem in one file. DataError if it cannot be parsed."""
    entries, _spans, _lines, problems = check_file(path)
    return entries, problems
