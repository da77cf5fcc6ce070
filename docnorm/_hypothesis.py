"""Hypothesis' entry point: ``st.from_type`` draws docnorm's strategies for its types.

pyproject.toml registers ``_hypothesis_setup_hook`` under the ``hypothesis`` entry-point group;
hypothesis calls it when it is first imported (unless ``HYPOTHESIS_NO_PLUGINS`` is set). docnorm
never imports this module, so it needs hypothesis only in the processes that already use it.
"""

from __future__ import annotations

__all__ = ["_hypothesis_setup_hook"]


def _hypothesis_setup_hook() -> None:
    """Register ``articles()`` for ``Article`` and ``dumps()`` for ``Dump``."""
    # Imported here, when hypothesis runs the hook: docnorm never needs hypothesis itself.
    from hypothesis import strategies as st  # noqa: PLC0415

    from .model import Article  # noqa: PLC0415
    from .strategies import Dump, articles, dumps  # noqa: PLC0415

    st.register_type_strategy(Article, articles())
    st.register_type_strategy(Dump, dumps())
