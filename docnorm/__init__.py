"""docnorm: canonical, schema-validated records from plain-text dumps of Vietnamese news articles.

>>> import docnorm
>>> article = docnorm.parse("Tin mới về đại hội\\n\\nĐTO - Sáng ngày 25/7, Ban Tổ chức Tỉnh ủy "
...                         "tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.\\n\\nP.L")
>>> article.source.name, article.authors
('Báo Đồng Tháp', ('P.L',))
"""

from __future__ import annotations

from .batch import parse_many
from .convert import from_dict, to_dict
from .dates import HeaderDate
from .errors import (
    BinaryInputError,
    DecodeError,
    DocnormError,
    EmptyInputError,
    NoTitleError,
    ReadError,
    RecordError,
)
from .model import (
    SCHEMA,
    Article,
    Comment,
    DateMention,
    Notice,
    Related,
    Removal,
    Source,
)
from .normalize import normalise
from .options import Options
from .pipeline import (
    Explanation,
    LineReport,
    explain,
    parse,
    parse_bytes,
    parse_file,
    read_date,
)
from .render import to_text
from .validate import Problem, validate

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Article",
    "BinaryInputError",
    "Comment",
    "DateMention",
    "DecodeError",
    "DocnormError",
    "EmptyInputError",
    "Explanation",
    "HeaderDate",
    "LineReport",
    "NoTitleError",
    "Notice",
    "Options",
    "Problem",
    "ReadError",
    "RecordError",
    "Related",
    "Removal",
    "Source",
    "__version__",
    "explain",
    "from_dict",
    "normalise",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "read_date",
    "to_dict",
    "to_text",
    "validate",
]


def __dir__() -> list[str]:
    return list(__all__)
