"""Deterministic generators of the sample archive's files: skymaps, calibrations and raw frames.

Each module lists what it makes as small frozen ``*Spec`` records (``SKYMAPS``, ``CALIBRATIONS``,
``RAW_MINUTES``) and has a ``write_*`` function that writes one of them below a data-tree folder.
Everything is derived from the spec and fixed seeds, so two builds give the same bytes.

Example:
    >>> from aurora_widgets.archive.generate import skymaps
    >>> skymaps.SKYMAPS[0].relpath
    'atha/atha_20081029/themis_skymap_atha_20070301-20090522_vXX.sav'

"""
