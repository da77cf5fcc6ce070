"""Hypothesis' entry point: ``st.from_type`` draws docnorm's strategies for its types.

pyproject.toml registers ``_hypothesis_setup_hook`` under the ``hypothesis`` entry-point group;
hypothesis calls it when it is first imported (unless ``HYPOTHESIS_NO_PLUGINS`` is set). docnorm
never imports this module, so it needs hypothesis only in the processes that already use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from .model import Article

__all__ = ["_hypothesis_setup_hook"]


def _hypothesis_setup_hook() -> None:
    """Register ``articles()`` for ``Article``; ``docnorm.strategies`` registers ``dumps()`` for
    its own ``Dump``."""
    # Imported here, when hypothesis runs the hook: docnorm never needs hypothesis itself.
    from hypothesis import strategies as st  # noqa: PLC0415

    from .model import Article  # noqa: PLC0415

    st.register_type_strategy(Article, _articles)


def _articles(_cls: type[Article]) -> SearchStrategy[Article]:
    # docnorm.strategies is imported when a test first asks for an Article, not by the hook:
    # hypothesis runs the hook while a user's ``import docnorm.strategies`` is importing
    # hypothesis, and the module is not complete yet.
    from .strategies import articles  # noqa: PLC0415

    return articles()
