"""Chart specifications for plotly, rendered by the browser from a JSON data block."""

from __future__ import annotations

import json
from typing import Any

import plotly.graph_objects as go


def bar(labels: list[str], values: list[int], title: str) -> str:
    """A bar chart as plotly JSON."""
    figure = go.Figure(go.Bar(x=labels, y=values, marker_color="#2b6cb0"))
    figure.update_layout(title=title, margin={"l": 40, "r": 10, "t": 40, "b": 80}, height=320)
    figure.update_xaxes(type="category")  # months such as "2024-12" are labels, not dates to place on a time axis
    return str(figure.to_json())


def stacked(series: dict[str, dict[str, int]], title: str) -> str:
    """Stacked bars: one bar per key of ``series``, one colour per inner key."""
    inner = sorted({k for values in series.values() for k in values})
    figure = go.Figure([go.Bar(name=k, x=list(series), y=[series[s].get(k, 0) for s in series]) for k in inner])
    figure.update_layout(barmode="stack", title=title, margin={"l": 40, "r": 10, "t": 80, "b": 120}, height=460,
                         legend={"orientation": "h", "y": 1.12, "x": 0})
    return str(figure.to_json())


def as_data(spec: str) -> Any:
    """The spec as a Python value, for embedding with Jinja's ``tojson`` (which escapes ``<``, ``>``, ``&``)."""
    return json.loads(spec)
