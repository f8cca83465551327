"""Side-by-side benchmarks of aurora-widgets vs pyucalgarysrs/pyaurorax: ``python -m benchmarks.run``."""
