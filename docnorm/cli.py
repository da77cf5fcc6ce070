"""The command line (SPEC §3).

``python -m docnorm FILE`` prints one JSON object; several files, a directory or ``-`` give
JSON Lines, one record per document with an extra ``"path"``. Bad inputs are reported on stderr
as ``PATH[:LINE]: message`` and the others still processed; the exit code is 0 when all were
good, 1 when some were bad, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from . import __version__
from .batch import CHUNK_SIZE, chunked, default_workers, ordered_map
from .corpus import (
    STDIN,
    AtomicOutput,
    Progress,
    documents,
    expand,
    process,
    read_input,
    stdout_bytes,
)
from .errors import DocnormError
from .options import Options
from .pipeline import explain
from .schema import json_schema_text
from .validate import (
    ENVELOPE_KEYS,
    REQUIRABLE,
    Problem,
    canonical_record,
    iter_json_records,
    validate,
)

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m docnorm",
        description="Plain-text dumps of Vietnamese news articles to canonical JSON records.",
        epilog="Exit codes: 0 all inputs good, 1 some inputs bad (reported on stderr), 2 usage. "
        "'python -m docnorm validate FILE...' checks JSON records instead.",
    )
    p.add_argument(
        "inputs", nargs="+", metavar="FILE", help="text files, directories, or - for stdin"
    )
    p.add_argument(
        "--explain", action="store_true", help="print each line with its role and rule instead"
    )
    p.add_argument(
        "--glob",
        default="*.txt",
        help="files to take from a directory, gzip-compressed ones too (default: %(default)s)",
    )
    p.add_argument(
        "--lines", action="store_true", help="JSON Lines with a path even for a single file"
    )
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="the inputs are JSON Lines corpora: one document per line, its text in a field",
    )
    p.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="with --jsonl: the field holding the text (default: %(default)s)",
    )
    p.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="with --jsonl: the field kept as the record's id (default: %(default)s); other "
        "fields are kept under meta",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write JSON Lines to FILE (complete or not at all: written aside, then renamed)",
    )
    p.add_argument(
        "--errors",
        metavar="FILE",
        help="also write each failed input to FILE as JSON Lines (path, line, error)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: all cores); the output is the same for any N",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress display and no summary line on stderr",
    )
    p.add_argument(
        "--tone",
        choices=("old", "new", "keep"),
        default="old",
        help="tone-mark style: old (hòa, ủy; default), new (hoà, uỷ) or keep",
    )
    p.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD[THH:MM]",
        help="when the page was seen, if it does not say: relative dates count back from it",
    )
    p.add_argument(
        "--require-title", action="store_true", help="treat a dump without a headline as bad input"
    )
    p.add_argument(
        "--fold-typography",
        action="store_true",
        help="turn curly quotes, « », dashes and … into ASCII (off by default)",
    )
    p.add_argument("--version", action="version", version=f"docnorm {__version__}")
    return p


def _report(err: IO[str], item: str, exc: DocnormError) -> None:
    where = f"{item}:{exc.line}" if exc.line is not None else item
    err.write(f"{where}: {exc}\n")


def _json(obj: Any, *, pretty: bool) -> str:
    if pretty:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _validate_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m docnorm validate",
        description="Check docnorm/article@1 records (a JSON file or JSON Lines; - for stdin). "
        "Each problem is printed as FILE:LINE: $.path: message; a summary goes to stderr.",
        epilog="Exit codes: 0 no record has errors (warnings allowed unless --strict), "
        "1 some records have errors or an input is unreadable, 2 usage.",
    )
    p.add_argument("inputs", nargs="+", metavar="FILE")
    p.add_argument(
        "--require",
        metavar="FIELD,...",
        default="",
        help="fields that must be present and not empty, e.g. title,published,authors",
    )
    p.add_argument(
        "--fix",
        action="store_true",
        help="write every record to stdout as JSON Lines, in canonical form when that makes it "
        "valid, else as it was; problems go to stderr",
    )
    p.add_argument("--strict", action="store_true", help="count warnings as errors")
    p.add_argument("--no-warnings", action="store_true", help="check the format only")
    p.add_argument(
        "--tone",
        choices=("old", "new", "keep"),
        default="old",
        help="the tone-mark style text is checked against (default: %(default)s)",
    )
    return p


class _Tally:
    def __init__(self) -> None:
        self.records = self.valid = self.with_errors = self.with_warnings = self.fixed = 0

    def summary(self, fix: bool) -> str:
        fixed = f", {self.fixed} fixed" if fix else ""
        return (
            f"{self.records} records: {self.valid} valid, {self.with_errors} with errors, "
            f"{self.with_warnings} with warnings{fixed}\n"
        )


def _validate_main(argv: Sequence[str]) -> int:
    parser = _validate_parser()
    args = parser.parse_args(argv)
    require = [name.strip() for name in args.require.split(",") if name.strip()]
    bad_names = [name for name in require if name not in REQUIRABLE]
    if bad_names:
        parser.error(
            f"--require: unknown field {', '.join(bad_names)} (one of: {', '.join(REQUIRABLE)})"
        )
    out, err = sys.stdout, sys.stderr
    report = err if args.fix else out  # with --fix, stdout carries the records
    tally = _Tally()
    bad_inputs = 0

    def check(record: Any) -> list[Problem]:
        problems = validate(
            record, require=require, warnings=not args.no_warnings, tone_style=args.tone
        )
        if args.strict:
            problems = [attrs.evolve(p, level="error") for p in problems]
        return problems

    try:
        for item in args.inputs:
            name = "<stdin>" if item == STDIN else item
            try:
                stream = (
                    sys.stdin if item == STDIN else open(item, encoding="utf-8-sig")  # noqa: SIM115 (closed below)
                )
            except OSError as exc:
                err.write(f"{name}: {exc.strerror or exc}\n")
                bad_inputs += 1
                continue
            try:
                for line, value, error, text in iter_json_records(stream):
                    tally.records += 1
                    if error is not None:
                        report.write(f"{name}:{line}: {error}\n")
                        tally.with_errors += 1
                        if args.fix:  # nothing is dropped: passed on as it was
                            out.write(text if text.endswith("\n") else text + "\n")
                        continue
                    envelope: dict[str, Any] = {}
                    record = value
                    if isinstance(value, dict):
                        envelope = {k: v for k, v in value.items() if k in ENVELOPE_KEYS}
                        record = {k: v for k, v in value.items() if k not in ENVELOPE_KEYS}
                    problems = check(record)
                    if args.fix and problems:
                        repaired = canonical_record(record, args.tone)
                        if repaired != record:
                            after = check(repaired)
                            if not any(p.level == "error" for p in after):
                                record, problems = repaired, after
                                tally.fixed += 1
                    for problem in problems:
                        report.write(f"{name}:{line}: {problem}\n")
                    levels = {p.level for p in problems}
                    tally.with_errors += "error" in levels
                    tally.with_warnings += "warning" in levels
                    tally.valid += "error" not in levels
                    if args.fix:
                        if isinstance(record, dict):
                            record = {**record, **envelope}
                        out.write(_json(record, pretty=False) + "\n")
            except UnicodeDecodeError as exc:
                err.write(f"{name}: not UTF-8 text ({exc.reason})\n")
                bad_inputs += 1
            finally:
                if stream is not sys.stdin:
                    stream.close()
        out.flush()
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    err.write(tally.summary(args.fix))
    return 1 if bad_inputs or tally.with_errors else 0


def _explain(args: argparse.Namespace, options: Options) -> int:
    items = list(expand(args.inputs, args.glob))
    bad = 0
    for item in items:
        name = "<stdin>" if item == STDIN else item
        try:
            data = read_input(item)
            if len(items) > 1:
                sys.stdout.write(f"== {name}\n")
            sys.stdout.write(f"{explain(data, options)}\n")
        except DocnormError as exc:
            bad += 1
            _report(sys.stderr, name, exc)
    if not items:
        sys.stderr.write(f"no input files matched {args.glob!r}\n")
        return 1
    return 1 if bad else 0


def _stop_on_sigterm() -> Any:
    """SIGTERM ends the run like Ctrl-C, so a partial output file is removed, not left."""

    def stop(_signum: int, _frame: object) -> None:
        raise SystemExit(143)

    try:
        return signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        return None


def _start(jobs: int) -> str | None:
    """How the workers start. On Linux they fork from this process, which has imported docnorm
    already and has no threads when they start (workers then start at once, with nothing to
    import). Elsewhere, a fork server that imports docnorm once for all the workers; the command
    line owns its process, so it may set that for the whole of it."""
    if jobs <= 1:
        return None
    platform: str = sys.platform  # (a variable: the choice is made where the command runs)
    if platform == "linux":
        return "fork"
    import multiprocessing  # noqa: PLC0415 (only runs with workers load it)

    if "forkserver" in multiprocessing.get_all_start_methods():
        multiprocessing.set_forkserver_preload(["docnorm.corpus"])
    return None


def _run(args: argparse.Namespace, options: Options) -> int:
    single = (
        len(args.inputs) == 1
        and args.inputs[0] != STDIN
        and not Path(args.inputs[0]).is_dir()
        and not (args.lines or args.jsonl or args.output)
    )
    jobs = default_workers() if args.jobs is None else args.jobs
    docs = documents(
        args.inputs, args.glob, jsonl=args.jsonl, text_field=args.text_field,
        id_field=args.id_field,
    )  # fmt: skip
    work = functools.partial(process, options=options, pretty=single)
    progress = Progress(sys.stderr, live=not args.quiet and sys.stderr.isatty())
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(AtomicOutput(args.output)) if args.output else stdout_bytes()
        failures = stack.enter_context(AtomicOutput(args.errors)) if args.errors else None
        for results in ordered_map(
            work, chunked(docs, CHUNK_SIZE), jobs, start_method=_start(jobs)
        ):
            progress.add(results)
            out.write(results.output)
            for done in results.failed:
                where = f"{done.name}:{done.error_line}" if done.error_line else done.name
                sys.stderr.write(f"{'' if not progress.live else chr(13)}{where}: {done.error}\n")
                if failures is not None:
                    entry = {"path": done.name, "line": done.error_line, "error": done.error}
                    failures.write((json.dumps(entry, ensure_ascii=False) + "\n").encode())
        out.flush()
    if not (args.quiet or single):  # one file to the screen needs no summary
        sys.stderr.write(progress.summary())
    if progress.docs == 0:
        sys.stderr.write(f"no input files matched {args.glob!r}\n")
        return 1
    return 1 if progress.errors else 0


def _worker_killed(exc: Exception) -> bool:
    """``exc`` is the ``BrokenProcessPool`` of a run whose worker was killed. (Only a run with
    workers loads ``concurrent.futures``, and only such a run can raise it.)"""
    process = sys.modules.get("concurrent.futures.process")
    return process is not None and isinstance(exc, process.BrokenProcessPool)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["validate"]:
        return _validate_main(argv[1:])
    if argv[:1] == ["schema"]:
        if argv[1:]:
            sys.stderr.write("usage: python -m docnorm schema\n")
            return 2
        sys.stdout.write(json_schema_text())  # the JSON Schema of the record, as docs/schema.json
        return 0
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error("-j/--jobs: must be 1 or more")
    try:
        options = Options(
            tone_style=args.tone,
            reference_date=args.reference_date,
            require_title=args.require_title,
            fold_typography=args.fold_typography,
        )
    except ValueError as exc:
        parser.error(f"--reference-date: {exc}")
    previous = _stop_on_sigterm()
    try:
        return _explain(args, options) if args.explain else _run(args, options)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, like other Unix tools.
        sys.stderr.close()
        return 0
    except Exception as exc:
        if not _worker_killed(exc):
            raise
        # (the output file, if any, was removed on the way out)
        sys.stderr.write("docnorm: a worker process was killed (out of memory?); run stopped\n")
        return 2
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
