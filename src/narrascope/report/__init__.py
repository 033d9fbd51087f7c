"""Human-readable renderings: plain text per article (``text``) and the self-contained HTML
corpus report (``html``, ``svg``)."""
