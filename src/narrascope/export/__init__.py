"""Hand-off to the tools analysts already use: a STIX 2.1 bundle for OpenCTI and other threat-intelligence
platforms (:mod:`.stix`), and schema.org ClaimReview for fact-checks (:mod:`.claimreview`). Both are
written with the standard library alone; see ``docs/exports.md``."""

from .claimreview import claim_reviews, claim_reviews_of_article, write_claim_reviews
from .stix import stix_bundle, write_stix

__all__ = ["claim_reviews", "claim_reviews_of_article", "stix_bundle", "write_claim_reviews", "write_stix"]
