"""The ``DocnormError`` family: every error docnorm raises for bad input."""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "DecodeError",
    "DocnormError",
    "EmptyInputError",
    "NoTitleError",
    "ReadError",
    "RecordError",
]


class DocnormError(Exception):
    """Base class of every error docnorm raises on bad input.

    ``line`` is the 1-based input line the problem is on, when one is known.
    ``str(error)`` is a one-line message without the file name; the command line
    prefixes it with ``PATH:`` or ``PATH:LINE:``.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries in batch runs: keep the line number.
        return (_rebuild, (type(self), self.message, self.line))


def _rebuild(cls: type[DocnormError], message: str, line: int | None) -> DocnormError:
    error = cls.__new__(cls)
    DocnormError.__init__(error, message, line=line)
    return error


class ReadError(DocnormError):
    """The input could not be read (no such file, a directory, no permission)."""


class EmptyInputError(DocnormError):
    """The input has no text at all (empty, or only blank lines)."""


class BinaryInputError(DocnormError):
    """The input is not text (NUL bytes, an image or archive header, control bytes)."""


class DecodeError(DocnormError):
    """The bytes are not valid in any encoding docnorm reads."""


class NoTitleError(DocnormError):
    """No headline line was found and ``Options(require_title=True)`` asked for one."""


class RecordError(DocnormError, ValueError):
    """A record (a dict or an ``Article``) breaks the ``docnorm/article@1`` rules.

    ``problems`` lists every problem as ``(json_path, message)``, e.g.
    ``("$.related[2].title", "must not be empty")``.
    """

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        first = "; ".join(f"{path}: {msg}" for path, msg in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"invalid record: {first}{more}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problems,))
