"""The whole path: bytes → text → canonical text → lines → roles → record."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from .assemble import assemble
from .classify import Line, Role, classify, new_line
from .dates import HeaderDate, parse_header_date, read_seen_clean
from .decode import decode_bytes
from .errors import EmptyInputError, NoTitleError, ReadError
from .model import Article
from .normalize import is_clean, normalise
from .options import DEFAULT_OPTIONS, Options

__all__ = [
    "Explanation",
    "LineReport",
    "explain",
    "parse",
    "parse_bytes",
    "parse_file",
    "read_date",
    "read_file",
]

Notices = list[tuple[str, str, int | None]]


def _lines(text: str) -> list[Line]:
    return [new_line(pair) for pair in enumerate(text.split("\n"), start=1) if pair[1]]


def _run(
    text: str, options: Options, notices: Notices, changes: list[str] | None = None
) -> tuple[Article, list[Role], str]:
    canonical = normalise(
        text, options.tone_style, fold_typography=options.fold_typography, record=changes
    )
    lines = _lines(canonical)
    if not lines:
        raise EmptyInputError("empty input: no text")
    roles = classify(lines, options.timezone)
    article = assemble(roles, options, notices)
    if article.title is None and options.require_title:
        raise NoTitleError("no title: the dump has no headline line")
    return article, roles, canonical


def parse(text: str, options: Options | None = None) -> Article:
    """The canonical record of a dump given as text.

    >>> a = parse("Thứ bảy, 05/12/2020\\n\\nTin mới về đại hội\\n\\nLSO-Sáng nay (22/5), đoàn "
    ...           "công tác của Tỉnh uỷ đã kiểm tra công tác chuẩn bị đại hội.\\n\\nANH DŨNG")
    >>> a.title, a.source.code, a.page_date, a.published, a.authors
    ('Tin mới về đại hội', 'LSO', '2020-12-05', '2020-05-22', ('ANH DŨNG',))
    """
    return _run(text, options or DEFAULT_OPTIONS, [])[0]


def parse_bytes(data: bytes, options: Options | None = None) -> Article:
    """The canonical record of a dump given as bytes (UTF-8, UTF-16/32, cp1258)."""
    decoded = decode_bytes(data)
    return _run(decoded.text, options or DEFAULT_OPTIONS, decoded.notices)[0]


def read_date(text: str, options: Options | None = None) -> HeaderDate | None:
    """Read one date line the way news pages print it, or ``None`` when it is not one.

    Day-first, any case, NFC or NFD, with weekday, time, zone and labels; a relative date
    counts back from ``Options.reference_date`` (else its ``value`` stays None).

    >>> read_date("Thứ bảy, 08/08/2020, 18:26 [GMT+7]").iso
    '2020-08-08T18:26+07:00'
    >>> d = read_date("Cập nhật ngày: 25/07/2020 13:05:15")
    >>> d.iso, d.label_role, d.weekday_ok
    ('2020-07-25T13:05:15+07:00', 'updated', True)
    >>> read_date("2 giờ trước", Options(reference_date="2020-08-08T18:26")).iso
    '2020-08-08T16:26+07:00'
    """
    options = options or DEFAULT_OPTIONS
    # A line of a shape read before in canonical form is canonical too: no need to look.
    seen, found = read_seen_clean(text, options.timezone)
    if not seen:
        line = text if is_clean(text) else normalise(text, "keep").strip()
        found = parse_header_date(line, options.timezone)
    if found is None or found.relative is None:
        return found
    return found.resolve(options.reference_date, options.timezone)


def read_error(exc: OSError) -> ReadError:
    """The one-line ``ReadError`` for a file that could not be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return ReadError("no such file")
    if isinstance(exc, IsADirectoryError):
        return ReadError("is a directory")
    if isinstance(exc, PermissionError):
        return ReadError("permission denied")
    return ReadError(f"cannot read: {exc.strerror or exc}")


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file, or a ``ReadError`` saying in one line why not."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise read_error(exc) from None


def parse_file(path: str | os.PathLike[str], options: Options | None = None) -> Article:
    """The canonical record of a dump file."""
    return parse_bytes(read_file(path), options)


@attrs.frozen
class LineReport:
    """One input line in an explanation: its number, role, rule and canonical text."""

    line: int
    role: str
    rule: str
    text: str


@attrs.frozen
class Explanation:
    """Why each line went where it went, the text changes made, and the resulting record."""

    article: Article
    lines: tuple[LineReport, ...]
    changes: tuple[str, ...]
    encoding: str | None = None

    def __str__(self) -> str:
        width = max((len(r.role) for r in self.lines), default=5)
        rule_width = max((len(r.rule) for r in self.lines), default=5)
        head = []
        if self.encoding:
            head.append(f"# encoding: {self.encoding}")
        head.append(f"# text changes: {', '.join(self.changes) or 'none'}")
        rows = [
            f"{r.line:>5}  {r.role:<{width}}  {r.rule:<{rule_width}}  {r.text}".rstrip()
            for r in self.lines
        ]
        warn = [
            f"# warning {w.code}{f' (line {w.line})' if w.line else ''}: {w.message}"
            for w in self.article.warnings
        ]
        return "\n".join(head + rows + warn)


def explain(source: str | bytes, options: Options | None = None) -> Explanation:
    """Every line with its role and rule, the normalisation steps that changed the text, and the
    record.

    >>> print(explain("Tiêu đề bài báo\\n\\nNội dung thứ nhất của bài viết, dài hơn sáu mươi ký tự "
    ...               "để là một đoạn văn.").lines[0])
    LineReport(line=1, role='title', rule='title.headline_above_lead', text='Tiêu đề bài báo')
    """
    options = options or DEFAULT_OPTIONS
    encoding = None
    notices: Notices = []
    if isinstance(source, bytes):
        decoded = decode_bytes(source)
        source, encoding, notices = decoded.text, decoded.encoding, decoded.notices
    changes: list[str] = []
    article, roles, canonical = _run(source, options, notices, changes)
    by_number = {r.line.number: r for r in roles}
    reports = []
    rows = canonical.split("\n")
    if canonical.endswith("\n"):
        rows.pop()  # the final line break ends the last line; it does not start a new one
    for number, text in enumerate(rows, start=1):
        role = by_number.get(number)
        if role is None:
            reports.append(LineReport(number, "blank", "blank", ""))
        else:
            reports.append(LineReport(number, role.role, role.rule, text))
    return Explanation(article, tuple(reports), tuple(changes), encoding)
