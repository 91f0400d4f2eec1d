"""The labelled merge set (tests/fixtures/merge_clusters.yaml) through the real incidents.record()."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench" / "merge_errors.py"


def test_merge_error_rates_on_the_labelled_set(cw_env: Path) -> None:
    spec = importlib.util.spec_from_file_location("merge_errors", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["merge_errors"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    rates = module.measure()
    assert rates.events == 12 and rates.reports == 27
    assert rates.over_merge <= 0.10 and rates.under_merge <= 0.10, rates
