"""The JSON Schema: generated from the model, shipped as docs/schema.json, in step with validate.

The schema is weaker than ``docnorm.validate`` in a few listed ways (``GAPS``): a record may pass
the schema and still be rejected by docnorm, but only for those reasons. It is never stronger:
whatever docnorm accepts, the schema accepts.
"""

from __future__ import annotations

import json
import re
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import docnorm
from docnorm import model
from docnorm import schema as schema_module
from docnorm.schema import SCHEMA_ID, json_schema, json_schema_text, main
from docnorm.strategies import articles

from .conftest import ROOT, SEEDS

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
DEFS = SCHEMA["$defs"]
SHIPPED = ROOT / "docs" / "schema.json"
REGENERATE = "python -m docnorm.schema docs/schema.json"

GOLDEN = sorted((ROOT / "fixtures" / "seeds").glob("*.json")) + sorted(
    (ROOT / "fixtures" / "sites").glob("*.json")
)
DUMPS = [*SEEDS, *sorted((ROOT / "fixtures" / "sites").glob("*.txt"))]
CLASSES = (
    model.Article,
    model.Source,
    model.DateMention,
    model.Related,
    model.Comment,
    model.Removal,
    model.Notice,
)

# What docnorm rejects and the schema cannot (docs/record.md, "JSON Schema", lists the same):
# a date, time or offset that does not exist but has the right shape (2020-02-31, 2020-13,
# T24:00, +24:00); removed[].end_line before removed[].line (JSON Schema cannot compare two
# fields); a line number written as an integral float (1.0 is an integer to JSON Schema).
GAPS = {
    "date": re.compile(r"is not an ISO 8601 date"),
    "end_line": re.compile(r"is before line \d+"),
    "float": re.compile(r"must be an integer, not number"),
}


def schema_errors(record: Any) -> list[str]:
    return [error.json_path for error in VALIDATOR.iter_errors(record)]


def docnorm_errors(record: Any) -> list[docnorm.Problem]:
    """The problems ``docnorm.validate`` reports as errors (warnings are doubts, not errors)."""
    return [p for p in docnorm.validate(record) if getattr(p, "level", "error") == "error"]


def full_record() -> dict[str, Any]:
    """A valid record with every field filled and one item in every list."""
    return {
        "schema": "docnorm/article@1",
        "title": "Tỉnh ủy họp bàn công tác chuẩn bị đại hội",
        "source": {"code": "LSO", "name": "Báo Lạng Sơn"},
        "section": "Thời sự",
        "published": "2020-10-12T09:30+07:00",
        "updated": "2020-10-12T10:05:30+07:00",
        "page_date": "2020-10-13",
        "dates": [{"role": "page", "value": "2020-10-13", "raw": "Thứ ba, 13/10/2020", "line": 1}],
        "lead": "Sáng 12/10, Ban Thường vụ Tỉnh ủy họp bàn công tác chuẩn bị đại hội.",
        "body": ["Hội nghị thống nhất kế hoạch tuyên truyền."],
        "captions": ["Quang cảnh hội nghị"],
        "authors": ["MINH ANH"],
        "related": [{"title": "Tin khác", "teaser": "Đọc thêm"}],
        "comments": [{"author": "Lan", "date": "2020-10", "text": "Hay quá.\nCảm ơn."}],
        "removed": [{"kind": "share", "line": 3, "end_line": 4, "text": "Chia sẻ\nIn bài"}],
        "warnings": [{"code": "no_byline", "message": "no author was found", "line": None}],
    }


def _split(path: str) -> tuple[str, str | int]:
    """``("$.a[0]", "b")`` for ``$.a[0].b``; ``("$.a", 0)`` for ``$.a[0]``."""
    m = re.fullmatch(r"(.*)(?:\.(\w+)|\[(\d+)\])", path)
    assert m is not None, path
    return m[1], m[2] if m[2] is not None else int(m[3])


def _get(record: Any, path: str) -> Any:
    """The value at ``path`` (``$``, ``$.a[0].b``)."""
    for name, index in re.findall(r"\.(\w+)|\[(\d+)\]", path.removeprefix("$")):
        record = record[name] if name else record[int(index)]
    return record


def _with(path: str, value: Any) -> dict[str, Any]:
    """The full record with the value at ``path`` (``$.a[0].b``) replaced, or added."""
    record = full_record()
    parent_path, key = _split(path)
    parent = _get(record, parent_path)
    parent[key] = value
    return record


def _without(path: str) -> dict[str, Any]:
    record = full_record()
    parent_path, key = _split(path)
    del _get(record, parent_path)[key]
    return record


# --- the schema itself ---------------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"] == SCHEMA_ID == "urn:docnorm:article@1"
    assert jsonschema.validators.validator_for(SCHEMA) is jsonschema.Draft202012Validator


def test_shipped_schema_is_the_generated_one() -> None:
    stale = f"docs/schema.json is not what docnorm.schema generates; regenerate it: {REGENERATE}"
    text = SHIPPED.read_text(encoding="utf-8")
    assert json.loads(text) == json_schema(), stale
    assert text == json_schema_text(), stale


def test_main_prints_or_writes_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out == json_schema_text()
    assert main([str(tmp_path / "schema.json")]) == 0
    assert (tmp_path / "schema.json").read_bytes() == json_schema_text().encode("utf-8")
    assert main(["a.json", "b.json"]) == 2
    assert "usage" in capsys.readouterr().err


def test_each_call_gives_a_new_schema() -> None:
    first = json_schema()
    first["$defs"]["OneLineText"]["minLength"] = 99
    first["properties"].clear()
    assert json_schema() == SCHEMA
    assert model._ONE_LINE.json_schema["minLength"] == 1


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    return DEFS[ref.removeprefix("#/$defs/")] if ref else node


def test_objects_follow_the_attrs_classes() -> None:
    for cls in CLASSES:
        obj = SCHEMA if cls is model.Article else DEFS[cls.__name__]
        fields = attrs.fields(cls)
        assert list(obj["properties"]) == [f.name for f in fields], cls
        no_default = [f.name for f in fields if f.default is attrs.NOTHING]
        assert obj["required"] == (["schema"] if cls is model.Article else no_default)
        assert obj["additionalProperties"] is False
        assert obj["type"] == "object"


def test_enums_and_const_come_from_the_model() -> None:
    assert SCHEMA["properties"]["schema"]["const"] == model.SCHEMA
    assert DEFS["DateMention"]["properties"]["role"]["enum"] == list(model.DATE_ROLES)
    assert DEFS["Removal"]["properties"]["kind"]["enum"] == list(model.REMOVED_KINDS)


def test_every_field_with_a_rule_has_its_fragment_in_the_schema() -> None:
    hoisted = {d["title"]: d for d in DEFS.values()}
    for cls in CLASSES:
        obj = SCHEMA if cls is model.Article else DEFS[cls.__name__]
        for field in attrs.fields(cls):
            rule = field.metadata.get("json_schema")
            if rule is None:
                continue
            prop = obj["properties"][field.name]
            options = [_resolve(p) for p in prop.get("anyOf", [prop])]
            value = next(p for p in options if p.get("type") != "null")
            if value.get("type") == "array":
                value, rule = _resolve(value["items"]), rule["items"]
            assert value == (hoisted[rule["title"]] if "title" in rule else rule), field


def test_a_rule_that_contradicts_the_annotation_is_refused() -> None:
    with pytest.raises(TypeError, match="the rule says type='integer'"):
        schema_module._value_schema(str, model._LINE_NO.json_schema, "X.title", {}, {})
    with pytest.raises(TypeError, match="cannot write"):
        schema_module._value_schema(float, {}, "X.score", {}, {})


def test_space_class_is_what_str_strip_removes() -> None:
    everything = "".join(map(chr, range(0x110000)))
    spaces = "".join(c for c in everything if c.isspace())
    assert "".join(re.findall(f"[{model._SPACE_CLASS}]", everything)) == spaces
    assert "".join(c for c in everything if not c.strip()) == spaces


def test_required_fields_are_what_from_dict_requires() -> None:
    """Dropping a field fails both checks exactly when the schema lists it as required."""
    for path in _object_paths(full_record()):
        obj_path, _, key = path.rpartition(".")
        record = full_record()
        parent = _get(record, obj_path)
        del parent[key]
        required = key in _schema_at(obj_path)["required"]
        assert VALIDATOR.is_valid(record) is not required, path
        problems = [(p.path, p.message) for p in docnorm_errors(record)]
        assert problems == ([(path, "required field is missing")] if required else []), path


# --- what docnorm writes passes the schema -------------------------------------------------------


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden_records_pass(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))["expected"]
    # Golden fixtures keep a warning's code and line only: messages are prose (test_golden.py).
    record["warnings"] = [{"message": "(not kept in the fixture)", **w} for w in record["warnings"]]
    assert schema_errors(record) == []
    assert docnorm_errors(record) == []


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_parsed_dumps_pass(path: Path) -> None:
    record = docnorm.to_dict(docnorm.parse(path.read_text(encoding="utf-8")))
    assert schema_errors(record) == []


def test_there_is_something_to_check() -> None:
    assert len(GOLDEN) >= 35
    assert len(DUMPS) >= 35


def test_the_full_record_passes() -> None:
    assert schema_errors(full_record()) == []
    assert docnorm_errors(full_record()) == []


@given(articles())
def test_generated_articles_pass(article: docnorm.Article) -> None:
    assert schema_errors(docnorm.to_dict(article)) == []


# --- bad records fail both -----------------------------------------------------------------------


BAD: list[tuple[str, Any, str]] = [
    # (what, record, where docnorm reports it)
    ("title is a number", _with("$.title", 5), "$.title"),
    ("title is a list", _with("$.title", ["Tin"]), "$.title"),
    ("body is a string", _with("$.body", "đoạn"), "$.body"),
    ("a body item is a number", _with("$.body[0]", 3), "$.body[0]"),
    ("source is a string", _with("$.source", "LSO"), "$.source"),
    ("a line is a string", _with("$.dates[0].line", "1"), "$.dates[0].line"),
    ("a line is a boolean", _with("$.warnings[0].line", True), "$.warnings[0].line"),
    ("a line is a fraction", _with("$.removed[0].line", 1.5), "$.removed[0].line"),
    ("unknown field", _with("$.surprise", True), "$.surprise"),
    ("unknown nested field", _with("$.source.nam", "x"), "$.source.nam"),
    ("missing schema", _without("$.schema"), "$.schema"),
    ("missing nested field", _without("$.related[0].title"), "$.related[0].title"),
    ("missing nullable field", _without("$.dates[0].value"), "$.dates[0].value"),
    ("another schema version", _with("$.schema", "docnorm/article@2"), "$.schema"),
    ("day-first date", _with("$.published", "13/02/2020"), "$.published"),
    ("time without offset", _with("$.updated", "2020-02-13T20:49"), "$.updated"),
    ("space for T", _with("$.published", "2020-02-13 20:49+07:00"), "$.published"),
    ("date with a final newline", _with("$.page_date", "2020-02-13\n"), "$.page_date"),
    ("non-ASCII digits", _with("$.published", "٢٠٢٠-٠٢-١٣"), "$.published"),
    ("bad comment date", _with("$.comments[0].date", "hôm qua"), "$.comments[0].date"),
    ("empty body item", _with("$.body[0]", ""), "$.body[0]"),
    ("blank body item", _with("$.body[0]", " \u00a0 "), "$.body[0]"),
    ("empty title", _with("$.title", ""), "$.title"),
    ("newline in a title", _with("$.title", "một\nhai"), "$.title"),
    ("CR in a caption", _with("$.captions[0]", "một\rhai"), "$.captions[0]"),
    ("final newline in a title", _with("$.title", "Tin\n"), "$.title"),
    ("leading space", _with("$.title", " Tin"), "$.title"),
    ("trailing NBSP", _with("$.lead", "Tin\u00a0"), "$.lead"),
    ("leading tab in a teaser", _with("$.related[0].teaser", "\tTin"), "$.related[0].teaser"),
    ("trailing line separator", _with("$.authors[0]", "P.L\u2028"), "$.authors[0]"),
    ("empty comment", _with("$.comments[0].text", ""), "$.comments[0].text"),
    ("comment ends in newline", _with("$.comments[0].text", "Hay.\n"), "$.comments[0].text"),
    ("removed text blank", _with("$.removed[0].text", "\n \n"), "$.removed[0].text"),
    ("line 0", _with("$.removed[0].line", 0), "$.removed[0].line"),
    ("negative line", _with("$.dates[0].line", -1), "$.dates[0].line"),
    ("unknown removed kind", _with("$.removed[0].kind", "body"), "$.removed[0].kind"),
    ("bad role", _with("$.dates[0].role", "today"), "$.dates[0].role"),
    ("role is null", _with("$.dates[0].role", None), "$.dates[0].role"),
    ("code not snake_case", _with("$.warnings[0].code", "No Title"), "$.warnings[0].code"),
    ("code with newline", _with("$.warnings[0].code", "no_title\n"), "$.warnings[0].code"),
    ("code starts with digit", _with("$.warnings[0].code", "1_title"), "$.warnings[0].code"),
    ("related item is a string", _with("$.related[0]", "Tin khác"), "$.related[0]"),
    ("a record that is a list", [full_record()], "$"),
]


@pytest.mark.parametrize(("record", "where"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_records_fail_both(record: Any, where: str) -> None:
    assert schema_errors(record), "the schema lets it pass"
    assert where in [p.path for p in docnorm_errors(record)]


# --- where the schema is weaker: only these -------------------------------------------------------

WEAKER: list[tuple[str, Any, str, str]] = [
    # (what, record, where docnorm reports it, which gap)
    ("day that does not exist", _with("$.published", "2020-02-31"), "$.published", "date"),
    ("month 13", _with("$.comments[0].date", "2020-13"), "$.comments[0].date", "date"),
    ("hour 24", _with("$.page_date", "2020-02-13T24:00+07:00"), "$.page_date", "date"),
    ("offset +24:00", _with("$.updated", "2020-02-13T20:49+24:00"), "$.updated", "date"),
    ("end before start", _with("$.removed[0].end_line", 2), "$.removed[0].end_line", "end_line"),
    ("integral float line", _with("$.dates[0].line", 1.0), "$.dates[0].line", "float"),
]


@pytest.mark.parametrize(
    ("record", "where", "gap"), [w[1:] for w in WEAKER], ids=[w[0] for w in WEAKER]
)
def test_schema_is_weaker_only_in_the_listed_ways(record: Any, where: str, gap: str) -> None:
    assert schema_errors(record) == []
    [problem] = docnorm_errors(record)
    assert problem.path == where
    assert GAPS[gap].search(problem.message)


def test_the_gaps_are_stated_in_the_schema_and_the_docs() -> None:
    docs = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")
    for word in ("2020-02-31", "end_line", "1.0"):
        assert word in SCHEMA["$comment"]
        assert word in docs


# --- properties: a field of the wrong type; any change at all -------------------------------------

_SAMPLES = {
    "string": "x",
    "integer": 7,
    "number": 1.5,
    "boolean": True,
    "null": None,
    "array": [],
    "object": {},
}


def _json_types(hint: Any) -> set[str]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return set().union(*(_json_types(a) for a in typing.get_args(hint)))
    if hint is type(None):
        return {"null"}
    if typing.get_origin(hint) is tuple:
        return {"array"}
    if attrs.has(hint):
        return {"object"}
    return {{str: "string", int: "integer"}[hint]}


def _item_type(hint: Any) -> Any:
    others = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    inner = others[0]
    return typing.get_args(inner)[0] if typing.get_origin(inner) is tuple else inner


def _slots(value: Any, cls: type, path: str) -> list[tuple[str, Any]]:
    """``(path, type hint)`` of every field and list item inside an object of class ``cls``."""
    out: list[tuple[str, Any]] = []
    for name, hint in typing.get_type_hints(cls).items():
        here, inner = f"{path}.{name}", value.get(name)
        out.append((here, hint))
        item = _item_type(hint)
        if isinstance(inner, list):
            for i, elem in enumerate(inner):
                out.append((f"{here}[{i}]", item))
                if attrs.has(item) and isinstance(elem, dict):
                    out += _slots(elem, item, f"{here}[{i}]")
        elif isinstance(inner, dict) and attrs.has(item):
            out += _slots(inner, item, here)
    return out


def _object_paths(record: dict[str, Any]) -> list[str]:
    """Paths of every field of every object in the record (not of list items)."""
    return [p for p, _ in _slots(record, model.Article, "$") if not p.endswith("]")]


def _schema_at(path: str) -> dict[str, Any]:
    """The object schema that describes the object at ``path``."""
    node: dict[str, Any] = SCHEMA
    for part in re.findall(r"\.(\w+)|\[\d+\]", path.removeprefix("$")):
        if part:
            prop = node["properties"][part]
            node = _resolve(prop.get("anyOf", [prop])[0])
        else:
            node = _resolve(node["items"])
    return node


@given(articles(), st.data())
def test_a_field_of_the_wrong_type_fails_both(
    article: docnorm.Article, data: st.DataObject
) -> None:
    record = docnorm.to_dict(article)
    path, hint = data.draw(st.sampled_from(_slots(record, model.Article, "$")), label="slot")
    wrong = sorted(_SAMPLES.keys() - _json_types(hint))
    parent_path, key = _split(path)
    _get(record, parent_path)[key] = _SAMPLES[data.draw(st.sampled_from(wrong), label="type")]
    assert schema_errors(record), "the schema lets it pass"
    assert path in [p.path for p in docnorm_errors(record)]


# Date-shaped strings: right shape (existing or not), a final newline, a missing offset, other
# digits.
_DATE_LIKE = (
    r"\A[12][0-9٣]{3}-[0-9]{1,2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})?)?)?\n?\Z"
)
_TRICKY = st.text(st.sampled_from("a Đ_0-:TZ+\n\r\t\u00a0\u2028\x85\x1c\ufeff"), max_size=6)
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 3),
    st.sampled_from([1.0, 2.0, 1.5, -0.0]),
    _TRICKY,
    st.from_regex(_DATE_LIKE),
    st.sampled_from([*model.DATE_ROLES, *model.REMOVED_KINDS, "no_title", "No Title", "body"]),
    st.sampled_from([model.SCHEMA, "docnorm/article@2"]),
    st.lists(_TRICKY, max_size=2),
    st.sampled_from([{}, {"title": "x"}, {"code": "LSO"}]),
)


@given(articles(), st.data())
def test_schema_and_validate_agree_but_for_the_gaps(
    article: docnorm.Article, data: st.DataObject
) -> None:
    record = docnorm.to_dict(article)
    path, _ = data.draw(st.sampled_from(_slots(record, model.Article, "$")), label="slot")
    parent_path, key = _split(path)
    parent = _get(record, parent_path)
    if isinstance(key, str) and data.draw(st.booleans(), label="delete"):
        del parent[key]
    elif isinstance(key, str) and data.draw(st.booleans(), label="add"):
        parent[key + "_x"] = 1
    else:
        parent[key] = data.draw(_VALUES, label="value")
    schema_ok, problems = not schema_errors(record), docnorm_errors(record)
    if not schema_ok:
        assert problems, "the schema rejects what docnorm accepts"
    elif problems:
        assert all(any(g.search(p.message) for g in GAPS.values()) for p in problems), problems


# --- the rules' patterns say what the validators check --------------------------------------------

_TEXTS = st.text(st.sampled_from("aĐ \n\r\t\u00a0\u2028\u3000\x85\x1c\x0b\ufeff\u200b"), max_size=5)


def _matches(pattern: str, value: str) -> bool:
    return re.search(pattern, value) is not None


@given(_TEXTS)
@example("a\n")
@example("\ufeff")
def test_text_patterns_are_the_validators(text: str) -> None:
    one_line = jsonschema.Draft202012Validator(DEFS["OneLineText"]).is_valid(text)
    assert one_line is not bool(docnorm_errors(_with("$.title", text)))
    multi_line = jsonschema.Draft202012Validator(DEFS["Text"]).is_valid(text)
    assert multi_line is not bool(docnorm_errors(_with("$.comments[0].text", text)))


@given(st.from_regex(_DATE_LIKE))
@example("2020-02-31")
def test_iso_pattern_is_the_shape_of_a_date(value: str) -> None:
    assert _matches(DEFS["IsoDate"]["pattern"], value) is (model._ISO.fullmatch(value) is not None)
    if model.is_iso_date(value):
        assert _matches(DEFS["IsoDate"]["pattern"], value)


@given(st.text(st.sampled_from("az09_A \n-é"), max_size=5))
def test_code_pattern_is_the_validator(value: str) -> None:
    assert _matches(DEFS["WarningCode"]["pattern"], value) is (
        model._CODE.fullmatch(value) is not None
    )


_PATTERN_SAMPLES = [
    "", "a", " a", "a ", "a\n", "a\nb", "a\rb", "\u00a0", "a\u2028b", "a\u2028", "\ufeffa",
    "2020-02-13", "2020-02-13T20:49+07:00", "2020-02-13T20:49:05Z", "2020-08", "2020-08\n",
    "٢٠٢٠-٠٢-١٣", "no_title", "No_title", "no_title\n", "Đ", "😀", " 😀", "😀\n",
]  # fmt: skip


def test_patterns_mean_the_same_in_ecma_262() -> None:
    """JSON Schema patterns are ECMA-262 regexes; other languages read them that way."""
    regress = pytest.importorskip("regress")
    for name in ("OneLineText", "Text", "IsoDate", "WarningCode"):
        pattern = DEFS[name]["pattern"]
        for flags in (None, "u"):
            ecma = regress.Regex(pattern, flags) if flags else regress.Regex(pattern)
            for value in _PATTERN_SAMPLES:
                got = ecma.find(value) is not None
                assert got is _matches(pattern, value), (name, flags, value)
