"""Collecting minutes where they are published: one collector per publishing system, politely.

:mod:`referat.collect.systems` is the interface and registry, :mod:`referat.collect.firstagenda`
the FirstAgenda collector (with :mod:`~referat.collect.firstagenda_map` mapping its JSON to the
model), :mod:`referat.collect.http` and :mod:`referat.collect.robots` the polite client,
:mod:`referat.collect.runner` the run, :mod:`referat.collect.urls` the address-list collector.
"""
