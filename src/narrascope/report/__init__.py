"""Human-readable renderings of analyses (text now; HTML reports later)."""
