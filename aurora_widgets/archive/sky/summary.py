def render_summary_file(*a, **k):  # placeholder
    raise NotImplementedError
